/**
 * `client.gen.ts` of @ota-contract/zod (`@ota-contract/zod/client`): one `decode<Op>Response` per
 * operation, for a client calling the service with `fetch`. Each describes, from the IR's HTTP
 * bindings, how the output and every modeled error are read from a response (headers, status code,
 * payload); the JSON body goes through the structure's lenient codec. The reading itself is the
 * hand-written runtime in packages/zod/src/runtime/client.
 */

import type { IrMember, IrModel, IrOperation, IrShape, StructureShape } from '../../ir/types.js';
import { jsString, typePropertyKey } from '../../naming/escape.js';
import { HTTP_SCALAR } from '../shared/http-scalars.js';
import { lowerFirst, names } from '../../naming/index.js';
import { eventStreamBoundMember, eventStreamClientParts } from './event-stream-client.js';
import { emitRequestSerializers } from './client-request.js';


const structureOf = (model: IrModel, id: string | undefined) => (id === undefined ? undefined : (model.shapes.get(id) as StructureShape | undefined));

function headerType(model: IrModel, m: IrMember): string {
  const target = model.shapes.get(m.target)!;
  const format = (s: IrShape) => (s.kind === 'timestamp' ? `, format: ${jsString(m.timestampFormat ?? 'http-date')}` : '');
  if (target.kind === 'list') {
    const element = model.shapes.get(target.member.target)!;
    return `{ list: ${jsString(HTTP_SCALAR[element.kind] ?? 'string')}${format(element)} }`;
  }
  const mediaType = target.kind === 'string' && target.mediaType !== undefined ? ', mediaType: true' : '';
  return `{ scalar: ${jsString(HTTP_SCALAR[target.kind] ?? 'string')}${format(target)}${mediaType} }`;
}

function payloadKind(model: IrModel, m: IrMember): string {
  const kind = model.shapes.get(m.target)!.kind;
  return kind === 'blob' ? 'blob' : kind === 'string' || kind === 'enum' ? 'string' : 'json';
}

/** The runtime's `BoundMember` literal of one member, or nothing for a body member (or a request-only binding). */
function boundMember(model: IrModel, m: IrMember): string | undefined {
  if (m.eventStream) return eventStreamBoundMember(model, m); // framed events, not JSON (event-stream-client.ts)
  const member = `member: ${jsString(m.name)}`;
  switch (m.http?.kind) {
    case 'header':
      return `{ ${member}, in: 'header', name: ${jsString(m.http.name.toLowerCase())}, type: ${headerType(model, m)} }`;
    case 'prefixHeaders':
      return `{ ${member}, in: 'prefixHeaders', prefix: ${jsString(m.http.prefix)} }`;
    case 'responseCode':
      return `{ ${member}, in: 'responseCode' }`;
    case 'payload':
      return `{ ${member}, in: 'payload', jsonName: ${jsString(m.jsonName)}, payload: ${jsString(payloadKind(model, m))} }`;
    default:
      return undefined;
  }
}

function structureDecoding(model: IrModel, s: StructureShape): string {
  const bound = s.members.map((m) => boundMember(model, m)).filter((b): b is string => b !== undefined);
  return `{ codec: L.${names.zodCodec(s)}, bound: [${bound.join(', ')}] }`;
}

function operationErrors(model: IrModel, op: IrOperation): StructureShape[] {
  return [...new Set([...op.errors, ...model.service.errors])].sort().map((id) => model.shapes.get(id) as StructureShape);
}

function operationDecoder(model: IrModel, op: IrOperation): string {
  const output = structureOf(model, op.output);
  const errors = operationErrors(model, op);
  const spec = `${lowerFirst(op.name)}Decoding`;
  const result = names.clientResult(op.name);
  const decoder = names.clientDecoder(op.name);
  const outputType = output && !output.prelude ? `T.${names.receivedType(output)}` : 'Record<string, never>';
  const errorTypes = errors.map((e) => `  ${typePropertyKey(e.name)}: T.${names.receivedType(e)};`);
  const errorEntries = errors.map((e) => `    [${jsString(e.name)}, ${structureDecoding(model, e)}],`);
  return [
    `const ${spec}: rc.OperationDecoding = {`,
    `  operation: ${jsString(op.name)},`,
    `  output: ${output && !output.prelude ? structureDecoding(model, output) : 'undefined'},`,
    `  errors: new Map<string, rc.StructureDecoding>([`,
    ...errorEntries,
    `  ]),`,
    `};`,
    '',
    `/** What \`${decoder}\` resolves to: the output, one of the operation's modeled errors (by \`name\`), or an unmodeled error. */`,
    `export type ${result} = rc.DecodedResponse<${outputType}, {`,
    ...errorTypes,
    `}>;`,
    '',
    `/**`,
    ` * Decodes a \`${op.name}\` response (a fetch \`Response\`, or \`{ status, headers, body }\`): a 2xx status gives`,
    ` * the output, anything else the modeled error named by \`X-Amzn-Errortype\` (or the body's \`code\` /`,
    ` * \`__type\`). Body, headers and status code are read as the model binds them, with lenient checks;`,
    ` * a response that breaks the JSON types rejects with a \`ResponseDecodeError\`.`,
    ` */`,
    `export const ${decoder} = (response: rc.ResponseInput): Promise<${result}> => rc.decodeResponse(${spec}, response) as Promise<${result}>;`,
  ].join('\n');
}

export function emitClientModule(model: IrModel): string {
  const header = [
    `// Response decoders and request serializers for clients (docs/DECISIONS.md, "@ota-contract/zod/client"): lenient codecs plus the HTTP bindings.`,
    `import type * as T from '@ota-contract/types';`,
    `import * as L from './lenient.gen.js';`,
    `import * as rc from './runtime/client/index.js';`,
  ];
  const body = model.operations.map((op) => operationDecoder(model, op));
  const streams = eventStreamClientParts(model); // `@streaming` unions' event plans (none: nothing added)
  header.push(...streams.imports);
  body.unshift(...streams.statements); // before the decoders that refer to them
  body.push(emitRequestSerializers(model));
  return `${[...header, '', body.join('\n\n')].join('\n')}\n`;
}

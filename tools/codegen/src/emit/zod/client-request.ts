/**
 * The request half of `client.gen.ts` (`@ota-contract/zod/client`): one `serialize<Op>Request` per
 * operation. Each is a table, read from the IR's `@http` trait and member bindings: the method,
 * the URI's segments and constant query, every bound input member (label, query, query map,
 * header, prefix headers, payload), the JSON body's members, the `@idempotencyToken` members and
 * the nested `@default` values a client writes. The writing itself is the hand-written runtime
 * (packages/zod/src/runtime/client/encode.ts). Model text reaches the file only through `lit`.
 */

import type { IrMember, IrModel, IrOperation, IrShape, StructureShape, TimestampFormat } from '../../ir/types.js';
import { lowerFirst, names } from '../../naming/index.js';
import { eventStreamPlanName } from '../shared/event-stream-plans.js';
import { HTTP_SCALAR } from '../shared/http-scalars.js';
import { requestDefaultsTable } from './client-request-defaults.js';
import { lit } from './context.js';

const shapeOf = (model: IrModel, id: string): IrShape => model.shapes.get(id)!;

/** `{ scalar }` / `{ list }` of the runtime's http-values types, with the member's resolved timestamp format. */
function valueType(model: IrModel, m: IrMember, fallback: TimestampFormat): string {
  const target = shapeOf(model, m.target);
  const format = (s: IrShape) => (s.kind === 'timestamp' ? `, format: ${lit(m.timestampFormat ?? fallback)}` : '');
  if (target.kind === 'list') {
    const element = shapeOf(model, target.member.target);
    return `{ list: ${lit(HTTP_SCALAR[element.kind] ?? 'string')}${format(element)} }`;
  }
  const mediaType = target.kind === 'string' && target.mediaType !== undefined ? ', mediaType: true' : '';
  return `{ scalar: ${lit(HTTP_SCALAR[target.kind] ?? 'string')}${format(target)}${mediaType} }`;
}

function boundMember(model: IrModel, m: IrMember): string | undefined {
  const member = `member: ${lit(m.name)}`;
  switch (m.http?.kind) {
    case 'label':
      return `{ ${member}, in: 'label', greedy: ${m.http.greedy}, type: ${valueType(model, m, 'date-time')} }`;
    case 'query':
      return `{ ${member}, in: 'query', name: ${lit(m.http.name)}, type: ${valueType(model, m, 'date-time')} }`;
    case 'queryParams': {
      const map = shapeOf(model, m.target);
      const list = map.kind === 'map' && shapeOf(model, map.value.target).kind === 'list';
      return `{ ${member}, in: 'queryParams', list: ${list} }`;
    }
    case 'header':
      return `{ ${member}, in: 'header', name: ${lit(m.http.name)}, type: ${valueType(model, m, 'http-date')} }`;
    case 'prefixHeaders':
      return `{ ${member}, in: 'prefixHeaders', prefix: ${lit(m.http.prefix)} }`;
    default:
      return undefined;
  }
}

function payload(model: IrModel, m: IrMember): string {
  const target = shapeOf(model, m.target);
  // Framed events, not JSON: the plan the event-stream emitter declares (event-stream-client.ts).
  if (m.eventStream && target.kind === 'union') return `{ member: ${lit(m.name)}, payload: 'eventStream', plan: ${eventStreamPlanName(target)} }`;
  const kind = target.kind === 'blob' ? 'blob' : target.kind === 'string' || target.kind === 'enum' ? 'string' : target.kind === 'structure' ? 'structure' : 'json';
  const mediaType = (target.kind === 'blob' || target.kind === 'string') && target.mediaType !== undefined ? `, mediaType: ${lit(target.mediaType)}` : '';
  return `{ jsonName: ${lit(m.jsonName)}, payload: ${lit(kind)}${mediaType} }`;
}

function inputEncoding(model: IrModel, input: StructureShape, defaultsRoot: boolean): string {
  const bound = input.members.map((m) => boundMember(model, m)).filter((b): b is string => b !== undefined);
  const payloadMember = input.members.find((m) => m.http?.kind === 'payload');
  const body = input.members.filter((m) => m.http === undefined).map((m) => lit(m.jsonName));
  const tokens = input.members.filter((m) => m.idempotencyToken).map((m) => lit(m.name));
  return [
    `{`,
    `    codec: L.${names.zodCodec(input)},`,
    `    bound: [${bound.join(', ')}],`,
    `    body: [${body.join(', ')}],`,
    ...(payloadMember ? [`    payload: ${payload(model, payloadMember)},`] : []),
    `    tokens: [${tokens.join(', ')}],`,
    ...(defaultsRoot ? [`    defaults: { root: ${lit(input.id)}, nodes: requestDefaults },`] : []),
    `  }`,
  ].join('\n');
}

function operationSerializer(model: IrModel, op: IrOperation, withDefaults: ReadonlySet<string>): string {
  const input = op.input === undefined ? undefined : (shapeOf(model, op.input) as StructureShape);
  const spec = `${lowerFirst(op.name)}Encoding`;
  const serializer = names.clientSerializer(op.name);
  const path = op.http.path.map((s) => (s.kind === 'literal' ? `{ literal: ${lit(s.value)} }` : `{ label: ${lit(s.member)} }`));
  const query = Object.keys(op.http.queryLiterals).map((k) => `[${lit(k)}, ${lit(op.http.queryLiterals[k])}]`);
  // The SDK's form of the input (`@required` members may be `undefined`), which the strict form is
  // assignable to: an AWS SDK command input serializes as it is; a missing label throws at run time.
  const inputType = input && !input.prelude ? `T.${names.receivedType(input)}` : 'Record<string, never>';
  return [
    `const ${spec}: rc.OperationEncoding = {`,
    `  operation: ${lit(op.name)},`,
    `  method: ${lit(op.http.method)},`,
    `  path: [${path.join(', ')}],`,
    `  queryLiterals: [${query.join(', ')}],`,
    ...(input && !input.prelude ? [`  input: ${inputEncoding(model, input, withDefaults.has(input.id))},`] : []),
    ...(op.hostPrefix ? [`  hostPrefix: [${op.hostPrefix.map((p) => (p.kind === 'literal' ? `{ literal: ${lit(p.value)} }` : `{ label: ${lit(p.member)} }`)).join(', ')}],`] : []),
    ...(op.httpChecksumRequired ? [`  checksumRequired: true,`] : []),
    ...(op.requestCompression ? [`  requestCompression: { encodings: [${op.requestCompression.encodings.map((e) => lit(e)).join(', ')}] },`] : []),
    `};`,
    '',
    `/**`,
    ` * The HTTP request of a \`${op.name}\` call: \`{ method, path, headers, body }\`, a \`RequestInit\` with the`,
    ` * path (percent-encoded labels and query string) relative to the endpoint, so`,
    ` * \`fetch(requestUrl(endpoint, request), request)\` sends it. The input is checked with the lenient`,
    ` * codec (JSON types, not constraints); a missing or empty path label, or a value of the wrong`,
    ` * type, throws a \`RequestSerializeError\` naming the member.`,
    ` */`,
    `export const ${serializer} = (input: ${inputType}${input && !input.prelude ? '' : ' = {}'}, options?: rc.SerializeOptions): rc.SerializedRequest => rc.serializeRequest(${spec}, input, options);`,
  ].join('\n');
}

/** The serializers of every operation (after the decoders in `client.gen.ts`), with their defaults table. */
export function emitRequestSerializers(model: IrModel): string {
  const defaults = requestDefaultsTable(model);
  const serializers = model.operations.map((op) => operationSerializer(model, op, defaults.roots));
  return [...(defaults.declaration ? [defaults.declaration] : []), ...serializers].join('\n\n');
}

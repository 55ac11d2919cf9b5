/**
 * What runtime-check.ts needs to know about a model, computed from the IR (with `naming/` for every
 * export name) and handed to it as JSON, so the check script itself stays model-independent.
 */
import type { IrModel, IrShape, UriSegment } from '../../src/ir/types.js';
import { names } from '../../src/naming/index.js';
import { impossibleShapes, type Impossible } from './runtime-impossible.js';

export interface PlanMember {
  name: string;
  location: 'label' | 'query' | 'queryParams' | 'header' | 'prefixHeaders' | 'payload' | 'body';
  /** Header or query name, prefix, or JSON body name. */
  wireName: string;
  greedy?: boolean;
  timestampFormat?: string;
  payload?: 'blob' | 'string' | 'json';
  /** zod codec export that encodes a structure or union payload. */
  codec?: string;
  /** A `@mediaType` string bound to a header: it travels as the base64 of its UTF-8 bytes (restJson1). */
  base64?: boolean;
}

export interface PlanOperation {
  name: string;
  method: string;
  path: UriSegment[];
  queryLiterals: Record<string, string>;
  successCode: number;
  /** fixtures key of the input structure. */
  input?: string;
  members: PlanMember[];
  errors: { name: string; status: number; validator: string }[];
  /** Output member bound with @httpResponseCode, if any: its value may replace the success code. */
  responseCodeMember?: string;
  /** `@ota-contract/zod/client` export that serializes the operation's request. */
  serializer: string;
}

export interface RuntimePlan {
  /** `impossible`: no valid value exists (runtime-impossible.ts); the check expects build() to throw. */
  factories: { fixture: string; zodJson: string; zodApp: string; validator: string; impossible?: Impossible & { targetValidator?: string } }[];
  operations: PlanOperation[];
}

const isFactory = (s: IrShape) => !s.prelude && (s.kind === 'structure' || s.kind === 'union');

export function runtimePlan(model: IrModel): RuntimePlan {
  const shape = (id: string) => model.shapes.get(id)!;
  const impossible = impossibleShapes(model);
  const impossibleEntry = (i: Impossible) => ({ ...i, ...(i.targetId ? { targetValidator: names.validator(shape(i.targetId)) } : {}) });
  const factories = model.shapeOrder
    .map(shape)
    .filter(isFactory)
    .map((s) => ({ fixture: names.fixture(s), zodJson: names.zodJsonSchema(s), zodApp: names.zodSchema(s), validator: names.validator(s), ...(impossible.has(s.id) ? { impossible: impossibleEntry(impossible.get(s.id)!) } : {}) }));
  const operations = model.operations.map((op): PlanOperation => {
    const input = op.input ? shape(op.input) : undefined;
    const members = input?.kind === 'structure'
      ? input.members.map((m): PlanMember => {
          const target = shape(m.target);
          const base = { name: m.name, ...(m.timestampFormat ? { timestampFormat: m.timestampFormat } : {}) };
          switch (m.http?.kind) {
            case 'label':
              return { ...base, location: 'label', wireName: m.name, greedy: m.http.greedy };
            case 'query':
              return { ...base, location: 'query', wireName: m.http.name };
            case 'queryParams':
              return { ...base, location: 'queryParams', wireName: '' };
            case 'header':
              return { ...base, location: 'header', wireName: m.http.name, ...(target.kind === 'string' && target.mediaType !== undefined ? { base64: true } : {}) };
            case 'prefixHeaders':
              return { ...base, location: 'prefixHeaders', wireName: m.http.prefix };
            case 'payload': {
              const payload = target.kind === 'blob' ? 'blob' : target.kind === 'string' || target.kind === 'enum' ? 'string' : 'json';
              return { ...base, location: 'payload', wireName: m.name, payload, ...(isFactory(target) ? { codec: names.zodCodec(target) } : {}) };
            }
            default:
              return { ...base, location: 'body', wireName: m.jsonName };
          }
        })
      : [];
    const output = op.output ? shape(op.output) : undefined;
    const responseCode = output?.kind === 'structure' ? output.members.find((m) => m.http?.kind === 'responseCode') : undefined;
    const errors = [...new Set([...op.errors, ...model.service.errors])].sort().map((id) => {
      const e = shape(id);
      return { name: e.name, status: e.kind === 'structure' ? (e.error?.httpStatus ?? 400) : 400, validator: names.validator(e) };
    });
    return {
      name: op.name,
      method: op.http.method,
      path: op.http.path,
      queryLiterals: op.http.queryLiterals,
      successCode: op.http.code,
      ...(input ? { input: names.fixture(input) } : {}),
      members,
      errors,
      ...(responseCode ? { responseCodeMember: responseCode.name } : {}),
      serializer: names.clientSerializer(op.name),
    };
  });
  return { factories, operations };
}

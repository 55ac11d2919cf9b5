/**
 * `httpResponseTests` that apply to clients (appliesTo client, or unset): the case's response
 * (status, headers, body) goes through the generated decoder a client would use,
 * `decode<Op>Response` of `@ota-contract/zod/client`; the output (or, for a case declared on an
 * error, the modeled error of that name) must equal `params` under Smithy's equality.
 */

import type { IrModel } from '../../../codegen/src/ir/types.js';
import { names } from '../../../codegen/src/naming/index.js';
import { smithyDiff } from '../equality.js';
import { errorText, operationOf } from '../handlers.js';
import { toApplication } from '../params.js';
import type { CaseKind, CaseOutcome, GeneratedService, NodeValue, ProtocolCase } from '../types.js';

type Decoded =
  | { ok: true; status: number; output: unknown }
  | { ok: false; status: number; modeled: true; name: string; error: unknown }
  | { ok: false; status: number; modeled: false; name: string | undefined; body: unknown };
type Decoder = (response: { status: number; headers?: Record<string, string>; body?: string }) => Promise<Decoded>;

const show = (d: Decoded): string => (d.ok ? `the output` : d.modeled ? `the modeled error ${d.name}` : `an unmodeled error (type ${d.name ?? 'none'}, HTTP ${d.status})`);

/**
 * `params` with `null` structure members removed: in a protocol test a `null` member means "not
 * set" (`{ nested: null }` for an empty payload), while `null` entries of sparse lists and maps
 * and `null` documents are values and stay.
 */
export function withoutNullMembers(model: IrModel, shapeId: string, value: NodeValue): NodeValue {
  const shape = model.shapes.get(shapeId);
  if (!shape || value === null || typeof value !== 'object') return value;
  if (shape.kind === 'list' && Array.isArray(value)) return value.map((v) => withoutNullMembers(model, shape.member.target, v));
  if (Array.isArray(value)) return value;
  const record = value as { readonly [key: string]: NodeValue };
  const out: { [key: string]: NodeValue } = {};
  for (const key of Object.keys(record)) {
    const v = record[key]!;
    if (shape.kind === 'structure' || shape.kind === 'union') {
      const member = shape.members.find((m) => m.name === key);
      if (v === null && shape.kind === 'structure' && model.shapes.get(member?.target ?? '')?.kind !== 'document') continue;
      Object.defineProperty(out, key, { value: member ? withoutNullMembers(model, member.target, v) : v, enumerable: true, writable: true, configurable: true });
    } else if (shape.kind === 'map') {
      Object.defineProperty(out, key, { value: withoutNullMembers(model, shape.value.target, v), enumerable: true, writable: true, configurable: true });
    } else return value;
  }
  return out;
}

export async function runClientResponse(c: ProtocolCase, service: GeneratedService): Promise<CaseOutcome> {
  const op = operationOf(service, c.operation);
  if (!op) return { status: 'failed', reason: `operation ${c.operation} is not in the generated model` };
  const client = await service.load('zod', 'client');
  const decode = client[names.clientDecoder(op.name)] as Decoder | undefined;
  if (typeof decode !== 'function') return { status: 'failed', reason: `@ota-contract/zod/client has no ${names.clientDecoder(op.name)}` };
  const response = { status: c.message.code ?? 200, headers: { ...c.message.headers }, body: c.message.body ?? '' };
  let decoded: Decoded;
  try {
    decoded = await decode(response);
  } catch (e) {
    return { status: 'failed', reason: `the decoder rejected the response: ${errorText(e)}` };
  }
  const model = service.model;
  if (c.error !== undefined) {
    const errorShape = model.shapes.get(c.error);
    if (!errorShape) return { status: 'failed', reason: `error ${c.error} is not in the generated model` };
    if (decoded.ok || !decoded.modeled || decoded.name !== errorShape.name) return { status: 'failed', reason: `expected the modeled error ${errorShape.name}, got ${show(decoded)}` };
    const expected = toApplication(model, c.error, withoutNullMembers(model, c.error, c.params as NodeValue));
    const diff = smithyDiff(expected, decoded.error, model, errorShape);
    return diff ? { status: 'failed', reason: `decoded ${errorShape.name} differs at ${diff}` } : { status: 'passed' };
  }
  if (!decoded.ok) return { status: 'failed', reason: `expected the output, got ${show(decoded)}` };
  const expected = op.output ? toApplication(model, op.output, withoutNullMembers(model, op.output, c.params as NodeValue)) : {};
  const diff = smithyDiff(expected, decoded.output, model, op.output ? model.shapes.get(op.output) : undefined);
  return diff ? { status: 'failed', reason: `decoded output differs at ${diff}` } : { status: 'passed' };
}

export const clientResponse: CaseKind = {
  name: 'client-response',
  claims: (c) => c.trait === 'httpResponseTests' && c.appliesTo !== 'server',
  run: runClientResponse,
};

/**
 * A case that applies to both sides (no `appliesTo`) runs both kinds and passes only when both do:
 * the server's handler must write the response, and a client's decoder must read it back.
 */
export function bothSides(server: CaseKind, client: CaseKind): CaseKind {
  return {
    name: `${server.name} + ${client.name}`,
    claims: (c) => c.appliesTo === 'both' && server.claims(c) && client.claims(c),
    async run(c, service) {
      const outcomes = [await server.run(c, service), await client.run(c, service)] as const;
      const label = (i: number) => (i === 0 ? server.name : client.name);
      const failed = outcomes.flatMap((o, i) => (o.status === 'failed' ? [`${label(i)}: ${o.reason}`] : []));
      if (failed.length) return { status: 'failed', reason: failed.join(' | ') };
      const skipped = outcomes.flatMap((o, i) => (o.status === 'skipped' ? [`${label(i)}: ${o.reason}`] : []));
      return skipped.length ? { status: 'skipped', reason: skipped.join(' | ') } : { status: 'passed' };
    },
  };
}

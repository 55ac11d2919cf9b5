/**
 * `eventStreamTests`: the case's events through the generated packages, on the side(s) it applies to
 * (both when `appliesTo` is unset: each side must pass).
 *
 * Server (the generated MSW handler, `createHandlers({ resolvers })`): request events are sent as
 * the body of the operation's request (their `bytes`, framed by the suite) with the initial
 * request's headers; the resolver iterates the input's stream, whose events must equal `params`
 * and the initial input `initialRequestParams`. Response events are the resolver's output stream
 * (`params` as union values); each message of the response body must carry the listed headers and
 * body, and the status and headers the initial response's.
 * Client (@ota-contract/zod/client): request events are encoded with the union's plan
 * (`eventToMessage`) and checked the same way; response `bytes` (with the initial response) go
 * through `decode<Op>Response`, whose output stream must yield `params`.
 * An expected failure must happen: the request refused, or reading the stream throwing (the
 * modeled error `errorId` when the case names one).
 */

import type { IrModel, IrOperation, UnionShape } from '../../../codegen/src/ir/types.js';
import { names } from '../../../codegen/src/naming/index.js';
import { eventStreamMember, eventStreamPlanName } from '../../../codegen/src/emit/shared/event-stream-plans.js';
import { smithyDiff } from '../equality.js';
import { answer, bytesOf, errorText, operationOf } from '../handlers.js';
import { headerProblems } from '../http.js';
import { toApplication } from '../params.js';
import type { CaseKind, CaseMessage, CaseOutcome, GeneratedService, NodeValue, ProtocolCase } from '../types.js';
import { caseMessage } from '../collect.js';
import { eventStreamCase, messageProblems, type CaseEvent, type DecodedMessage, type EventStreamCase } from './event-stream-messages.js';
import { withoutNullMembers } from './client-response.js';

/** What the kind uses of @ota-contract/zod/client. */
interface ClientModule {
  decodeMessages(source: Iterable<Uint8Array>): AsyncIterable<DecodedMessage>;
  eventToMessage(plan: unknown, value: unknown): DecodedMessage;
  [name: string]: unknown;
}

const passed: CaseOutcome = { status: 'passed' };
const failed = (reason: string): CaseOutcome => ({ status: 'failed', reason });

/** The union member a modeled event error (`errorId`, an error structure's id) travels as. */
function errorMember(union: UnionShape, errorId: string | undefined): string | undefined {
  return errorId === undefined ? undefined : union.members.find((m) => m.target === errorId)?.name;
}

/** The union value of an event's params, in application form. */
function eventValue(model: IrModel, union: UnionShape, params: NodeValue | undefined): unknown {
  return toApplication(model, union.id, withoutNullMembers(model, union.id, params ?? {}));
}

/** Checks a thrown stream error against the expected failure (`errorId`: an `EventStreamException` of that member, with those fields). */
function failureProblem(model: IrModel, union: UnionShape, es: EventStreamCase, thrown: unknown, events: readonly CaseEvent[]): string | undefined {
  const member = errorMember(union, es.failure?.errorId);
  if (member === undefined) return undefined;
  const e = thrown as { name?: string; errorName?: string; error?: unknown };
  if (e?.name !== 'EventStreamException' || e.errorName !== member) return `expected the modeled event error ${member}, got ${errorText(thrown)}`;
  const params = events.find((ev) => ev.params !== undefined)?.params;
  const expected = params && typeof params === 'object' && !Array.isArray(params) ? (eventValue(model, union, params) as Record<string, unknown>)[member] : undefined;
  const diff = expected === undefined ? undefined : smithyDiff(expected, e.error, model, model.shapes.get(union.members.find((m) => m.name === member)!.target));
  return diff ? `the ${member} error differs at ${diff}` : undefined;
}

/** The operation's request: the initial request's method, URI and headers (else the operation's, with required headers set), and a body. */
function streamRequest(model: IrModel, op: IrOperation, initial: CaseMessage | undefined, body: Uint8Array | undefined, requiredHeaders: boolean): Request {
  const headers = new Headers(initial?.headers ?? {});
  const input = op.input ? model.shapes.get(op.input) : undefined;
  if (!initial && requiredHeaders && input?.kind === 'structure') {
    for (const m of input.members) if (m.required && m.http?.kind === 'header') headers.set(m.http.name, 'a');
  }
  if (body && body.length) headers.set('Content-Type', 'application/vnd.amazon.eventstream');
  const uri = initial?.uri ?? op.http.uri;
  return new Request(`https://example.com${uri}`, { method: initial?.method ?? op.http.method, headers, ...(body && body.length ? { body: body as Uint8Array<ArrayBuffer> } : {}) });
}

/** A value for each required scalar member of the output (a case about request events gives none, the contract wants them). */
function requiredOutput(model: IrModel, op: IrOperation): Record<string, unknown> {
  const output = op.output ? model.shapes.get(op.output) : undefined;
  const out: Record<string, unknown> = {};
  if (output?.kind !== 'structure') return out;
  for (const m of output.members) {
    if (!m.required || m.hasDefault || m.eventStream) continue;
    const target = model.shapes.get(m.target);
    if (target?.kind === 'string') out[m.name] = 'a';
    else if (target?.kind === 'enum') out[m.name] = target.values[0]?.value;
    else if (target?.kind === 'boolean') out[m.name] = false;
    else if (target && ['byte', 'short', 'integer', 'long', 'float', 'double'].includes(target.kind)) out[m.name] = 0;
  }
  return out;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The stream's events, read to the end or to the first error. */
async function drain(stream: unknown): Promise<{ events: unknown[]; error?: unknown }> {
  const events: unknown[] = [];
  try {
    for await (const e of (stream ?? []) as AsyncIterable<unknown>) events.push(e);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

function compareEvents(model: IrModel, union: UnionShape, expected: readonly CaseEvent[], got: readonly unknown[]): string | undefined {
  const want = expected.filter((e) => e.params !== undefined).map((e) => eventValue(model, union, e.params));
  if (want.length !== got.length) return `expected ${want.length} events, got ${got.length}`;
  for (let i = 0; i < want.length; i++) {
    const diff = smithyDiff(want[i], got[i], model, union);
    if (diff) return `event ${i} differs at ${diff}`;
  }
  return undefined;
}

async function serverSide(c: ProtocolCase, service: GeneratedService, op: IrOperation, es: EventStreamCase): Promise<CaseOutcome> {
  const model = service.model;
  const inStream = eventStreamMember(model, op.input);
  const outStream = eventStreamMember(model, op.output);
  const requests = es.events.filter((e) => e.type === 'request');
  const responses = es.events.filter((e) => e.type === 'response');
  const client = (await service.load('zod', 'client')) as unknown as ClientModule;
  let captured: { input: Record<string, unknown>; read: { events: unknown[]; error?: unknown } } | undefined;
  const resolver = async (input: unknown) => {
    const record = input as Record<string, unknown>;
    captured = { input: record, read: await drain(inStream ? record[inStream.member.name] : undefined) };
    if (!outStream) return {};
    const initial = es.initialResponseParams && op.output ? (toApplication(model, op.output, es.initialResponseParams) as Record<string, unknown>) : requiredOutput(model, op);
    const values = responses.map((e) => eventValue(model, outStream.union, e.params));
    return { ...initial, [outStream.member.name]: (async function* () { yield* values; })() };
  };
  const body = requests.length ? concat(requests.map((e) => e.bytes ?? new Uint8Array())) : undefined;
  const initialRequest = es.initialRequest ? caseMessage(es.initialRequest) : undefined;
  const request = streamRequest(model, op, initialRequest, body, !es.failure);
  let response: Response | undefined;
  try {
    response = await answer(service, request, { [op.name]: resolver });
  } catch (e) {
    return failed(`the handler threw ${errorText(e)}`);
  }
  if (!response) return failed('no handler matched the request');
  const bytes = await bytesOf(response);
  if (es.failure) {
    if (!captured) return response.status >= 400 ? passed : failed(`expected a failure, the handler answered ${response.status} without calling the resolver`);
    if (captured.read.error === undefined) return failed(`expected a failure, but the handler accepted the request and its stream read ${captured.read.events.length} events`);
    const problem = inStream ? failureProblem(model, inStream.union, es, captured.read.error, requests) : undefined;
    return problem ? failed(problem) : passed;
  }
  if (!captured) return failed(`the handler answered ${response.status} ${response.headers.get('x-amzn-errortype') ?? ''}: ${new TextDecoder().decode(bytes).slice(0, 300)}`);
  const problems: string[] = [];
  if (captured.read.error !== undefined) problems.push(`reading the request stream threw ${errorText(captured.read.error)}`);
  else if (inStream) {
    const diff = compareEvents(model, inStream.union, requests, captured.read.events);
    if (diff) problems.push(`request stream: ${diff}`);
  }
  if (es.initialRequestParams && op.input) {
    const { [inStream?.member.name ?? '']: _stream, ...rest } = captured.input;
    const diff = smithyDiff(toApplication(model, op.input, es.initialRequestParams), rest, model, model.shapes.get(op.input));
    if (diff) problems.push(`initial request differs at ${diff}`);
  }
  if (es.initialResponse) problems.push(...headerProblems(caseMessage(es.initialResponse), response));
  if (responses.length) {
    if (response.status !== 200) problems.push(`expected 200, got ${response.status}: ${new TextDecoder().decode(bytes).slice(0, 300)}`);
    const type = response.headers.get('content-type');
    if (type !== 'application/vnd.amazon.eventstream') problems.push(`Content-Type: expected application/vnd.amazon.eventstream, got ${type}`);
    const messages: DecodedMessage[] = [];
    try {
      for await (const m of client.decodeMessages([bytes])) messages.push(m);
    } catch (e) {
      return failed(`the response body is no event stream: ${errorText(e)}`);
    }
    if (messages.length !== responses.length) problems.push(`expected ${responses.length} messages, got ${messages.length}`);
    responses.forEach((e, i) => messages[i] && problems.push(...messageProblems(e, messages[i]!, `message ${i}`)));
  }
  return problems.length ? failed(problems.join('; ')) : passed;
}

type Decoded = { ok: true; output: Record<string, unknown> } | { ok: false; modeled: boolean; name?: string };

async function clientSide(c: ProtocolCase, service: GeneratedService, op: IrOperation, es: EventStreamCase): Promise<CaseOutcome> {
  const model = service.model;
  const client = (await service.load('zod', 'client')) as unknown as ClientModule;
  const requests = es.events.filter((e) => e.type === 'request');
  const responses = es.events.filter((e) => e.type === 'response');
  const problems: string[] = [];
  if (es.initialRequestParams || es.initialRequest) {
    // The initial request is the HTTP request itself: the request serializer's work.
    const namer = (names as unknown as { clientSerializer?: (n: string) => string }).clientSerializer;
    const serialize = namer ? (client[namer(op.name)] as ((input: unknown) => { method: string; path: string; headers: Record<string, string> }) | undefined) : undefined;
    if (typeof serialize !== 'function') return { status: 'skipped', reason: 'not applicable: no client request serializer for the initial request' };
    const sent = serialize(op.input ? toApplication(model, op.input, es.initialRequestParams ?? {}) : {});
    const initial = es.initialRequest ? caseMessage(es.initialRequest) : {};
    if (initial.method && sent.method !== initial.method) problems.push(`initial request method: expected ${initial.method}, got ${sent.method}`);
    if (initial.uri && sent.path.split('?')[0] !== initial.uri) problems.push(`initial request path: expected ${initial.uri}, got ${sent.path}`);
    problems.push(...headerProblems(initial, { status: 0, headers: new Headers(sent.headers) } as unknown as Response).map((p) => `initial request ${p}`));
  }
  const inStream = eventStreamMember(model, op.input);
  if (requests.length && inStream) {
    const plan = client[eventStreamPlanName(inStream.union)];
    for (const [i, e] of requests.entries()) {
      let message: DecodedMessage;
      try {
        message = client.eventToMessage(plan, eventValue(model, inStream.union, e.params));
      } catch (err) {
        if (es.failure) return passed;
        return failed(`encoding request event ${i} threw ${errorText(err)}`);
      }
      problems.push(...messageProblems(e, message, `request event ${i}`));
    }
    if (es.failure && !problems.length) return failed('expected a failure, but every request event was encoded');
  }
  const outStream = eventStreamMember(model, op.output);
  if (es.initialResponse || responses.length) {
    const decode = client[names.clientDecoder(op.name)] as (r: { status: number; headers: Record<string, string>; body: Uint8Array }) => Promise<Decoded>;
    const initial = es.initialResponse ? caseMessage(es.initialResponse) : undefined;
    const body = initial?.body !== undefined ? new TextEncoder().encode(initial.body) : concat(responses.map((e) => e.bytes ?? new Uint8Array()));
    let decoded: Decoded;
    try {
      decoded = await decode({ status: initial?.code ?? 200, headers: { ...(initial?.headers ?? {}), ...(responses.length ? { 'content-type': 'application/vnd.amazon.eventstream' } : {}) }, body });
    } catch (e) {
      return es.failure && !responses.length ? passed : failed(`the decoder rejected the response: ${errorText(e)}`);
    }
    if (!decoded.ok) {
      if (!es.failure) return failed(`expected the output, got an error (${decoded.name ?? 'unmodeled'})`);
      const wanted = es.failure.errorId ? model.shapes.get(es.failure.errorId)?.name : undefined;
      if (wanted !== undefined && (!decoded.modeled || decoded.name !== wanted)) return failed(`expected the modeled error ${wanted}, got ${decoded.name ?? 'an unmodeled error'}`);
      return passed;
    }
    const read = await drain(outStream ? decoded.output[outStream.member.name] : undefined);
    if (es.failure) {
      if (read.error === undefined) return failed(`expected a failure, but the response was read (${read.events.length} events)`);
      const problem = outStream ? failureProblem(model, outStream.union, es, read.error, responses) : undefined;
      return problem ? failed(problem) : passed;
    }
    if (read.error !== undefined) problems.push(`reading the response stream threw ${errorText(read.error)}`);
    else if (outStream) {
      const diff = compareEvents(model, outStream.union, responses, read.events);
      if (diff) problems.push(`response stream: ${diff}`);
    }
    if (es.initialResponseParams && op.output) {
      const { [outStream?.member.name ?? '']: _stream, ...rest } = decoded.output;
      const diff = smithyDiff(toApplication(model, op.output, es.initialResponseParams), rest, model, model.shapes.get(op.output));
      if (diff) problems.push(`initial response differs at ${diff}`);
    }
  }
  return problems.length ? failed(problems.join('; ')) : passed;
}

export const eventStream: CaseKind = {
  name: 'event-stream',
  claims: (c) => c.trait === 'eventStreamTests',
  async run(c, service) {
    const op = operationOf(service, c.operation);
    if (!op) return failed(`operation ${c.operation} is not in the generated model`);
    const es = eventStreamCase(c);
    const sides = c.appliesTo === 'both' ? (['server', 'client'] as const) : ([c.appliesTo] as const);
    const outcomes: [string, CaseOutcome][] = [];
    for (const side of sides) outcomes.push([side, side === 'server' ? await serverSide(c, service, op, es) : await clientSide(c, service, op, es)]);
    const bad = outcomes.filter(([, o]) => o.status === 'failed').map(([s, o]) => `${s}: ${(o as { reason: string }).reason}`);
    if (bad.length) return failed(bad.join(' | '));
    const skipped = outcomes.filter(([, o]) => o.status === 'skipped').map(([s, o]) => `${s}: ${(o as { reason: string }).reason}`);
    return skipped.length ? { status: 'skipped', reason: skipped.join(' | ') } : passed;
  },
};

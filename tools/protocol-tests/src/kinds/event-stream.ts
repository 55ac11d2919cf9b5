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

import type { IrModel, IrOperation } from '../../../codegen/src/ir/types.js';
import { eventStreamMember } from '../../../codegen/src/emit/shared/event-stream-plans.js';
import { caseMessage } from '../collect.js';
import { smithyDiff } from '../equality.js';
import { answer, bytesOf, errorText, operationOf } from '../handlers.js';
import { headerProblems } from '../http.js';
import { toApplication } from '../params.js';
import type { CaseKind, CaseMessage, CaseOutcome, GeneratedService, ProtocolCase } from '../types.js';
import { clientSide } from './event-stream-client.js';
import { eventStreamCase, messageProblems, type DecodedMessage, type EventStreamCase } from './event-stream-messages.js';
import { compareEvents, concat, drain, eventValue, failed, failureProblem, passed, type ClientModule } from './event-stream-values.js';

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

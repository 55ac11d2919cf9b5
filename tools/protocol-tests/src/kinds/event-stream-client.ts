/**
 * The client side of `eventStreamTests` (@ota-contract/zod/client): the initial request through
 * `serialize<Op>Request`, request events encoded with the union's generated plan and checked like
 * a server would see them, and the initial response with the response `bytes` through
 * `decode<Op>Response`, whose output stream must yield `params` (or fail as the case expects).
 */

import type { IrOperation } from '../../../codegen/src/ir/types.js';
import { names } from '../../../codegen/src/naming/index.js';
import { eventStreamMember, eventStreamPlanName } from '../../../codegen/src/emit/shared/event-stream-plans.js';
import { caseMessage } from '../collect.js';
import { smithyDiff } from '../equality.js';
import { errorText } from '../handlers.js';
import { headerProblems } from '../http.js';
import { toApplication } from '../params.js';
import type { CaseOutcome, GeneratedService, ProtocolCase } from '../types.js';
import { messageProblems, type DecodedMessage, type EventStreamCase } from './event-stream-messages.js';
import { compareEvents, concat, drain, eventValue, failed, failureProblem, passed, type ClientModule } from './event-stream-values.js';

type Decoded = { ok: true; output: Record<string, unknown> } | { ok: false; modeled: boolean; name?: string };

export async function clientSide(c: ProtocolCase, service: GeneratedService, op: IrOperation, es: EventStreamCase): Promise<CaseOutcome> {
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


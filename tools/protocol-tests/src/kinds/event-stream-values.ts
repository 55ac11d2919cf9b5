/**
 * What both sides of the event-stream kind share: the part of @ota-contract/zod/client it calls,
 * the union value of an event's `params`, reading a stream to its end or first error, comparing
 * read events with the case's, and checking a thrown error against the expected failure.
 */

import type { IrModel, UnionShape } from '../../../codegen/src/ir/types.js';
import { smithyDiff } from '../equality.js';
import { errorText } from '../handlers.js';
import { toApplication } from '../params.js';
import type { CaseOutcome, NodeValue } from '../types.js';
import type { CaseEvent, DecodedMessage, EventStreamCase } from './event-stream-messages.js';
import { withoutNullMembers } from './client-response.js';

/** What the kind uses of @ota-contract/zod/client. */
export interface ClientModule {
  decodeMessages(source: Iterable<Uint8Array>): AsyncIterable<DecodedMessage>;
  eventToMessage(plan: unknown, value: unknown): DecodedMessage;
  [name: string]: unknown;
}

export const passed: CaseOutcome = { status: 'passed' };
export const failed = (reason: string): CaseOutcome => ({ status: 'failed', reason });

/** The union member a modeled event error (`errorId`, an error structure's id) travels as. */
export function errorMember(union: UnionShape, errorId: string | undefined): string | undefined {
  return errorId === undefined ? undefined : union.members.find((m) => m.target === errorId)?.name;
}

/** The union value of an event's params, in application form. */
export function eventValue(model: IrModel, union: UnionShape, params: NodeValue | undefined): unknown {
  return toApplication(model, union.id, withoutNullMembers(model, union.id, params ?? {}));
}

/** Checks a thrown stream error against the expected failure (`errorId`: an `EventStreamException` of that member, with those fields). */
export function failureProblem(model: IrModel, union: UnionShape, es: EventStreamCase, thrown: unknown, events: readonly CaseEvent[]): string | undefined {
  const member = errorMember(union, es.failure?.errorId);
  if (member === undefined) return undefined;
  const e = thrown as { name?: string; errorName?: string; error?: unknown };
  if (e?.name !== 'EventStreamException' || e.errorName !== member) return `expected the modeled event error ${member}, got ${errorText(thrown)}`;
  const params = events.find((ev) => ev.params !== undefined)?.params;
  const expected = params && typeof params === 'object' && !Array.isArray(params) ? (eventValue(model, union, params) as Record<string, unknown>)[member] : undefined;
  const diff = expected === undefined ? undefined : smithyDiff(expected, e.error, model, model.shapes.get(union.members.find((m) => m.name === member)!.target));
  return diff ? `the ${member} error differs at ${diff}` : undefined;
}

/** The parts one after another (the events' frames as one body). */
export const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The stream's events, read to the end or to the first error. */
export async function drain(stream: unknown): Promise<{ events: unknown[]; error?: unknown }> {
  const events: unknown[] = [];
  try {
    for await (const e of (stream ?? []) as AsyncIterable<unknown>) events.push(e);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

export function compareEvents(model: IrModel, union: UnionShape, expected: readonly CaseEvent[], got: readonly unknown[]): string | undefined {
  const want = expected.filter((e) => e.params !== undefined).map((e) => eventValue(model, union, e.params));
  if (want.length !== got.length) return `expected ${want.length} events, got ${got.length}`;
  for (let i = 0; i < want.length; i++) {
    const diff = smithyDiff(want[i], got[i], model, union);
    if (diff) return `event ${i} differs at ${diff}`;
  }
  return undefined;
}


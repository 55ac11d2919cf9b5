/**
 * The parts of an `eventStreamTests` case (smithy.test#EventStreamTestCase) as the event-stream
 * kind uses them: its events (type, params, typed headers, forbid / require lists, body, bytes),
 * initial request and response, and expectation; and the check of one encoded message against an
 * event's listed headers (typed: `{ boolean: true }`, `{ blob: "Zm9v" }` base64, ...) and body.
 */

import { bodyProblem } from '../http.js';
import type { NodeValue, ProtocolCase } from '../types.js';

type Node = Readonly<Record<string, NodeValue>>;
const asRecord = (v: NodeValue | undefined): Node | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined);
const strings = (v: NodeValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

export interface CaseEvent {
  readonly type: 'request' | 'response';
  /** The union value (`{ member: event }`) as the suite writes it; absent: an unmodeled message. */
  readonly params?: NodeValue;
  readonly headers: Node;
  readonly forbidHeaders: readonly string[];
  readonly requireHeaders: readonly string[];
  readonly body?: string;
  readonly bodyMediaType?: string;
  /** The whole message, when the case gives it (decoding tests use it, never as an assertion). */
  readonly bytes?: Uint8Array;
}

export interface EventStreamCase {
  readonly events: readonly CaseEvent[];
  readonly initialRequestParams?: Node;
  readonly initialRequest?: Node;
  readonly initialResponseParams?: Node;
  readonly initialResponse?: Node;
  /** `undefined`: success; `{ errorId }`: the failure must be that error (absent id: any failure). */
  readonly failure?: { readonly errorId?: string };
}

const base64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

export function eventStreamCase(c: ProtocolCase): EventStreamCase {
  const raw = c.raw;
  const events = (Array.isArray(raw.events) ? raw.events : []).map((e): CaseEvent => {
    const ev = asRecord(e) ?? {};
    return {
      type: ev.type === 'response' ? 'response' : 'request',
      ...(ev.params !== undefined ? { params: ev.params } : {}),
      headers: asRecord(ev.headers) ?? {},
      forbidHeaders: strings(ev.forbidHeaders),
      requireHeaders: strings(ev.requireHeaders),
      ...(typeof ev.body === 'string' ? { body: ev.body } : {}),
      ...(typeof ev.bodyMediaType === 'string' ? { bodyMediaType: ev.bodyMediaType } : {}),
      ...(typeof ev.bytes === 'string' ? { bytes: base64(ev.bytes) } : {}),
    };
  });
  const expectation = asRecord(raw.expectation);
  const failure = asRecord(expectation?.failure);
  const part = (k: string) => (asRecord(raw[k]) ? { [k]: asRecord(raw[k]) } : {});
  return {
    events,
    ...part('initialRequestParams'),
    ...part('initialRequest'),
    ...part('initialResponseParams'),
    ...part('initialResponse'),
    ...(failure ? { failure: typeof failure.errorId === 'string' ? { errorId: failure.errorId } : {} } : {}),
  };
}

/** A header of a decoded message, as @ota-contract/zod/client's `HeaderValue`. */
export interface MessageHeader {
  readonly type: string;
  readonly value: unknown;
}

export interface DecodedMessage {
  readonly headers: Readonly<Record<string, MessageHeader>>;
  readonly body: Uint8Array;
}

/** The suite's typed header value (`{ timestamp: "2024-10-31T14:15:14Z" }`) as a `HeaderValue`. */
export function expectedHeader(typed: NodeValue): MessageHeader | undefined {
  const t = asRecord(typed);
  const [kind, value] = t ? (Object.entries(t)[0] ?? []) : [];
  switch (kind) {
    case 'boolean':
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'string':
      return { type: kind, value };
    case 'blob':
      return { type: 'binary', value: base64(String(value)) };
    case 'timestamp':
      return { type: 'timestamp', value: new Date(typeof value === 'number' ? value * 1000 : String(value)) };
    default:
      return undefined;
  }
}

function sameHeader(a: MessageHeader, b: MessageHeader): boolean {
  if (a.type !== b.type) return false;
  if (a.value instanceof Uint8Array && b.value instanceof Uint8Array) {
    const other = b.value;
    return a.value.length === other.length && a.value.every((x, i) => x === other[i]);
  }
  if (a.value instanceof Date && b.value instanceof Date) return a.value.getTime() === b.value.getTime();
  return String(a.value) === String(b.value);
}

const show = (h: MessageHeader | undefined): string =>
  h === undefined ? 'none' : `${h.type} ${h.value instanceof Uint8Array ? JSON.stringify(new TextDecoder().decode(h.value)) : h.value instanceof Date ? h.value.toISOString() : JSON.stringify(h.value)}`;

/** Problems of one encoded message against the event's headers, forbidden / required headers and body. */
export function messageProblems(event: CaseEvent, message: DecodedMessage, at: string): string[] {
  const problems: string[] = [];
  for (const [name, typed] of Object.entries(event.headers)) {
    const want = expectedHeader(typed);
    const got = message.headers[name];
    if (!want) problems.push(`${at} header ${name}: the case gives an unknown header type`);
    else if (!got || !sameHeader(want, got)) problems.push(`${at} header ${name}: expected ${show(want)}, got ${show(got)}`);
  }
  for (const name of event.forbidHeaders) if (message.headers[name]) problems.push(`${at} header ${name}: forbidden, but sent`);
  for (const name of event.requireHeaders) if (!message.headers[name]) problems.push(`${at} header ${name}: required, but missing`);
  if (event.body !== undefined) {
    const p = bodyProblem(event.body, event.bodyMediaType, message.body);
    if (p) problems.push(`${at} ${p}`);
  }
  return problems;
}

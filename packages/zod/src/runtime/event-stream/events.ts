/**
 * restJson1 mapping between a value of a `@streaming` union and one event-stream message, driven
 * by the generated plan of the union (data only, written from the IR; see `EventStreamPlan`):
 *
 * - an event member `m` is a message with `:message-type: event`, `:event-type: m`; a member
 *   targeting an `@error` structure is a message with `:message-type: exception`, `:exception-type: m`;
 * - members with `@eventHeader` are typed headers (boolean, byte, short, integer, long, byte array,
 *   string, timestamp);
 * - the `@eventPayload` member is the whole body: a blob raw (`application/octet-stream`), a string
 *   as UTF-8 (`text/plain`), a structure or union as JSON through its codec (`application/json`);
 * - without one, the members that are not headers form the body as the JSON of the event
 *   structure's codec (jsonName, timestamp formats and base64 blobs as in any restJson1 body);
 * - `:message-type: error` (`:error-code`, `:error-message`) is an unmodeled error.
 * Reading, a modeled exception throws `EventStreamException` and an unmodeled one
 * `UnmodeledEventStreamError`; a message without (or with a non-string) `:message-type` or
 * `:event-type` is an `EventStreamError`. Unknown event types are skipped (forward compatible).
 */

import { EventStreamError, type EventStreamMessage, type HeaderValue } from './message.js';
import { decodeMessages, encodeMessages, type ByteSource } from './stream.js';

/** The codec surface a plan uses (a zod codec: wire ⇄ application). */
export interface EventCodec {
  decode(wire: unknown): unknown;
  encode(app: unknown): unknown;
}

export type EventHeaderKind = 'boolean' | 'byte' | 'short' | 'integer' | 'long' | 'blob' | 'string' | 'timestamp';

export interface EventMemberPlan {
  /** The union member's name: the `:event-type` (or `:exception-type`) of its messages. */
  readonly name: string;
  /** The member targets an `@error` structure: its messages are exceptions. */
  readonly error?: boolean;
  /** `@eventHeader` members: member name (= header name) and value kind. */
  readonly headers: readonly { readonly member: string; readonly kind: EventHeaderKind }[];
  /** The `@eventPayload` member, if any. */
  readonly payload?: { readonly member: string; readonly kind: 'blob' | 'string' | 'json'; readonly codec?: EventCodec; readonly mediaType?: string };
  /** Without an `@eventPayload`: the event structure's codec, when it has members that are not headers. */
  readonly body?: EventCodec;
  /** JSON names of the header members (removed from the implicit body). */
  readonly headerJsonNames?: readonly string[];
  /**
   * The event structure's strict application schema, when the side holds events to the contract
   * (the mock server): an event is checked after it is read and before it is written.
   */
  readonly check?: EventCheck;
}

/** The part of a zod schema a plan's `check` uses. */
export interface EventCheck {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** The plan of one `@streaming` union. */
export interface EventStreamPlan {
  readonly union: string;
  readonly members: readonly EventMemberPlan[];
}

/** A modeled error received in an event stream (an `exception` message naming an error member). */
export class EventStreamException extends Error {
  override name = 'EventStreamException';
  constructor(
    /** The union member's name (`:exception-type`). */
    readonly errorName: string,
    /** The error structure, decoded (application form). */
    readonly error: unknown,
  ) {
    const message = (error as { message?: unknown } | null)?.message;
    super(typeof message === 'string' ? `${errorName}: ${message}` : errorName);
  }
}

/** An `error` message: an unmodeled failure the other side reported. */
export class UnmodeledEventStreamError extends Error {
  override name = 'UnmodeledEventStreamError';
  constructor(
    readonly code: string | undefined,
    readonly errorMessage: string | undefined,
  ) {
    super(`event stream error ${code ?? '(no :error-code)'}: ${errorMessage ?? '(no :error-message)'}`);
  }
}

const UTF8 = new TextEncoder();
const JSON_TYPE = 'application/json';

function headerOf(kind: EventHeaderKind, value: unknown, member: string): HeaderValue {
  switch (kind) {
    case 'boolean':
    case 'byte':
    case 'short':
    case 'integer':
    case 'string':
      return { type: kind, value } as HeaderValue;
    case 'long':
      return { type: 'long', value: value as number | bigint };
    case 'blob':
      return { type: 'binary', value: value as Uint8Array };
    case 'timestamp':
      if (!(value instanceof Date)) throw new EventStreamError(`event header ${member}: a timestamp must be a Date`);
      return { type: 'timestamp', value };
  }
}

function headerValue(kind: EventHeaderKind, h: HeaderValue, member: string): unknown {
  const expected = kind === 'blob' ? 'binary' : kind;
  if (h.type !== expected) throw new EventStreamError(`event header ${member}: expected a ${expected} header, got ${h.type}`);
  return h.type === 'long' && typeof h.value === 'bigint' ? Number(h.value) : h.value;
}

function findPlan(plan: EventStreamPlan, name: string): EventMemberPlan | undefined {
  return plan.members.find((m) => m.name === name);
}

/** The message of one union value (`{ memberName: event }`). */
export function eventToMessage(plan: EventStreamPlan, value: unknown): EventStreamMessage {
  const keys = value !== null && typeof value === 'object' ? Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined) : [];
  if (keys.length !== 1) throw new EventStreamError(`an event of ${plan.union} must set exactly one member, got ${keys.length ? keys.join(', ') : 'none'}`);
  const name = keys[0]!;
  const member = findPlan(plan, name);
  if (!member) throw new EventStreamError(`${name} is not an event of ${plan.union}`);
  const event = checked(member, ((value as Record<string, unknown>)[name] ?? {}) as Record<string, unknown>);
  const headers: Record<string, HeaderValue> = Object.create(null);
  headers[':message-type'] = { type: 'string', value: member.error ? 'exception' : 'event' };
  headers[member.error ? ':exception-type' : ':event-type'] = { type: 'string', value: name };
  let body = new Uint8Array(0);
  let contentType: string | undefined;
  if (member.payload) {
    const v = event[member.payload.member];
    if (v !== undefined && v !== null) {
      if (member.payload.kind === 'blob') body = new Uint8Array(v as Uint8Array);
      else if (member.payload.kind === 'string') body = UTF8.encode(v as string);
      else body = UTF8.encode(JSON.stringify(member.payload.codec ? member.payload.codec.encode(v) : v));
      contentType = member.payload.mediaType ?? (member.payload.kind === 'blob' ? 'application/octet-stream' : member.payload.kind === 'string' ? 'text/plain' : JSON_TYPE);
    }
  } else if (member.body) {
    const json = { ...(member.body.encode(event) as Record<string, unknown>) };
    for (const k of member.headerJsonNames ?? []) delete json[k];
    body = UTF8.encode(JSON.stringify(json));
    contentType = JSON_TYPE;
  }
  if (contentType) headers[':content-type'] = { type: 'string', value: contentType };
  for (const h of member.headers) {
    const v = event[h.member];
    if (v !== undefined && v !== null) headers[h.member] = headerOf(h.kind, v, h.member);
  }
  return { headers, body };
}

/** The event as the plan's strict check reads it (defaults filled), or an EventStreamError naming each broken rule. */
function checked(member: EventMemberPlan, event: Record<string, unknown>): Record<string, unknown> {
  if (!member.check) return event;
  const result = member.check.safeParse(event);
  if (result.success) return result.data as Record<string, unknown>;
  const issues = result.error.issues.map((i) => `${[member.name, ...i.path.map(String)].join('.')}: ${i.message}`);
  throw new EventStreamError(`the ${member.name} event breaks the contract: ${issues.join('; ')}`);
}

function stringHeader(message: EventStreamMessage, name: string): string | undefined {
  const h = message.headers[name];
  if (h === undefined) return undefined;
  if (h.type !== 'string') throw new EventStreamError(`${name}: must be a string header, got ${h.type}`);
  return h.value;
}

function parseJson(body: Uint8Array, what: string): unknown {
  const text = new TextDecoder().decode(body);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new EventStreamError(`${what}: the body is not JSON`);
  }
}

function readEvent(member: EventMemberPlan, message: EventStreamMessage): Record<string, unknown> {
  let event: Record<string, unknown> = {};
  if (member.payload) {
    const p = member.payload;
    if (message.body.length > 0) {
      event[p.member] = p.kind === 'blob' ? message.body : p.kind === 'string' ? new TextDecoder().decode(message.body) : p.codec ? p.codec.decode(parseJson(message.body, member.name)) : parseJson(message.body, member.name);
    }
  } else if (member.body) {
    const json = parseJson(message.body, member.name);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new EventStreamError(`${member.name}: the body must be a JSON object`);
    const own = { ...(json as Record<string, unknown>) };
    for (const k of member.headerJsonNames ?? []) delete own[k];
    event = { ...(member.body.decode(own) as Record<string, unknown>) };
  }
  for (const h of member.headers) {
    const header = message.headers[h.member];
    if (header !== undefined) event[h.member] = headerValue(h.kind, header, h.member);
    else delete event[h.member];
  }
  return checked(member, event);
}

/**
 * The union value of one message; `undefined` for an event type the plan does not know (skipped).
 * Exceptions and errors throw (see the module comment).
 */
export function messageToEvent(plan: EventStreamPlan, message: EventStreamMessage): Record<string, unknown> | undefined {
  const type = stringHeader(message, ':message-type');
  if (type === undefined) throw new EventStreamError('a message without a :message-type header');
  if (type === 'error') throw new UnmodeledEventStreamError(stringHeader(message, ':error-code'), stringHeader(message, ':error-message'));
  if (type === 'exception') {
    const name = stringHeader(message, ':exception-type');
    const member = name === undefined ? undefined : findPlan(plan, name);
    if (!member || !member.error) throw new UnmodeledEventStreamError(name, new TextDecoder().decode(message.body));
    throw new EventStreamException(member.name, readEvent(member, message));
  }
  if (type !== 'event') throw new EventStreamError(`unknown :message-type ${JSON.stringify(type)}`);
  const name = stringHeader(message, ':event-type');
  if (name === undefined) throw new EventStreamError('an event message without an :event-type header');
  const member = findPlan(plan, name);
  if (!member || member.error) return undefined;
  return { [name]: readEvent(member, message) };
}

/** The union values of an event-stream body (a modeled exception or an error message ends it with a throw). */
export async function* decodeEventStream<Event = Record<string, unknown>>(plan: EventStreamPlan, source: ByteSource): AsyncGenerator<Event> {
  for await (const message of decodeMessages(source)) {
    const event = messageToEvent(plan, message);
    if (event !== undefined) yield event as Event;
  }
}

/** An event-stream body (bytes) of the union values, framed as the source yields them. */
export function encodeEventStream(plan: EventStreamPlan, events: AsyncIterable<unknown> | Iterable<unknown>): ReadableStream<Uint8Array> {
  return encodeMessages(
    (async function* () {
      for await (const event of events) yield eventToMessage(plan, event);
    })(),
  );
}

/** The media type of an event-stream HTTP body. */
export const EVENT_STREAM_MEDIA_TYPE = 'application/vnd.amazon.eventstream';

/**
 * Event streams in the mock (an operation whose input or output has a `@streaming` union member,
 * framed as `application/vnd.amazon.eventstream`). The operation handler itself stays as it is;
 * this wraps its spec and resolver:
 *
 * - request: the body is read as bytes (a blob payload with the event-stream media type, so the
 *   Content-Type is checked); the strict input check sets the stream member aside and the resolver
 *   receives it as an `AsyncIterable` of union values, decoded message by message as it iterates
 *   (a bad frame, an exception or an error message throws from the iteration, where a server's
 *   code reading the stream sees it);
 * - response: the resolver returns the stream member as an `AsyncIterable` (an async generator,
 *   say); each event is encoded as a message and the body holds them all. The mock answers once
 *   the resolver's stream ends (the handler writes whole bodies), so a resolver's stream must end.
 *
 * The framing and the event mapping are @ota-contract/zod/client's (`codec`), passed in by the
 * generated handlers so that this runtime stays free of zod.
 */

import type { MemberBinding } from './bindings.js';
import type { MockControl } from './control.js';
import { createOperationHandler, type OperationHandlerOptions, type OperationSpec } from './operation.js';
import { ModeledError, type MockResolver } from './resolver.js';
import type { MockStore } from './store.js';
import type { SafeParser } from './validation.js';
import type { HttpHandler } from 'msw';

export const EVENT_STREAM_MEDIA_TYPE = 'application/vnd.amazon.eventstream';

/** The event-stream functions of @ota-contract/zod/client, typed structurally. */
export interface EventStreamCodec<Plan = never> {
  decodeEventStream(plan: Plan, source: Iterable<Uint8Array>): AsyncIterable<unknown>;
  encodeEventStream(plan: Plan, events: AsyncIterable<unknown> | Iterable<unknown>): ReadableStream<Uint8Array>;
}

export interface EventStreamBinding<Plan = never> {
  /** The stream member of the input or output structure. */
  readonly member: string;
  /** The generated plan of its union (`<Union>EventStreamPlan`). */
  readonly plan: Plan;
}

export interface EventStreamSpec<Plan = never> {
  readonly codec: EventStreamCodec<Plan>;
  readonly input?: EventStreamBinding<Plan>;
  readonly output?: EventStreamBinding<Plan>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The stream member travels as raw bytes through the handler (the input and output paths treat it as a blob payload). */
function asBytes(bindings: readonly MemberBinding[], member: string): MemberBinding[] {
  return bindings.map((b) => (b.member === member ? { ...b, in: 'payload', type: { scalar: 'blob', mediaType: EVENT_STREAM_MEDIA_TYPE } } : b));
}

/** `schema`'s check of a structure with its stream member set aside (its events are checked as they are read), then put back as `restore` makes it. */
function streamAside(schema: SafeParser | undefined, member: string, restore: (bytes: unknown) => unknown): SafeParser | undefined {
  if (!schema) return undefined;
  return {
    safeParse(value) {
      if (!isRecord(value)) return schema.safeParse(value);
      const rest: Record<string, unknown> = { ...value };
      const stream = rest[member];
      delete rest[member];
      const result = schema.safeParse(rest);
      if (!result.success) return result;
      const restored = restore(stream);
      return { success: true, data: restored === undefined ? result.data : { ...(result.data as object), [member]: restored } };
    },
  };
}

async function bodyBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function withEventStreams<Input, Item, Plan>(spec: OperationSpec<Input, Item>, streams: EventStreamSpec<Plan>): OperationSpec<Input, Item> {
  const { input, output, codec } = streams;
  let out: OperationSpec<Input, Item> = spec;
  if (input) {
    // An empty body is a stream without events.
    const decode = (bytes: unknown) => codec.decodeEventStream(input.plan, [bytes instanceof Uint8Array ? bytes : new Uint8Array()]);
    const schema = streamAside(spec.input.schema, input.member, decode);
    out = { ...out, input: { ...out.input, members: asBytes(out.input.members, input.member), ...(schema ? { schema } : {}) } };
  }
  if (output) {
    const outputSchema = streamAside(spec.resolver.outputSchema, output.member, (bytes) => bytes);
    out = {
      ...out,
      ...(out.output ? { output: { ...out.output, members: asBytes(out.output.members, output.member) } } : {}),
      resolver: { ...out.resolver, ...(outputSchema ? { outputSchema } : {}) },
    };
  }
  return out;
}

/** The resolver, with the output's event stream encoded to the bytes of the response body. */
export function eventStreamResolver<Input, Output, Plan>(streams: EventStreamSpec<Plan>, resolver: MockResolver<Input, Output>): MockResolver<Input, Output> {
  const output = streams.output;
  if (!output) return resolver;
  return async (input, context) => {
    const answer = await resolver(input, context);
    if (answer instanceof ModeledError || !isRecord(answer) || answer[output.member] === undefined || answer[output.member] === null) return answer;
    const events = answer[output.member] as AsyncIterable<unknown>;
    const bytes = await bodyBytes(streams.codec.encodeEventStream(output.plan, events));
    return { ...answer, [output.member]: bytes } as Output;
  };
}

/** `createOperationHandler` for an operation with an event stream in its input and/or output. */
export function createEventStreamHandler<Input, Item, Plan>(
  spec: OperationSpec<Input, Item>,
  streams: EventStreamSpec<Plan>,
  store: MockStore<Item> | undefined,
  control: MockControl,
  options: OperationHandlerOptions<Input> = {},
): HttpHandler {
  const { resolver, ...rest } = options;
  return createOperationHandler(withEventStreams(spec, streams), store, control, { ...rest, ...(resolver ? { resolver: eventStreamResolver(streams, resolver) } : {}) });
}

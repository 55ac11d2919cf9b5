/**
 * The zod schema of an event-stream member (`@streaming` union target) in the application and codec
 * forms: any `AsyncIterable`. Its events are not JSON and are checked one by one as they are read
 * (events.ts), so a schema of the whole input or output only asks for something to iterate.
 */

import * as z from 'zod';

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> => v !== null && typeof v === 'object' && typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';

export function eventStream(): z.ZodType<AsyncIterable<unknown>, AsyncIterable<unknown>> {
  return z.custom<AsyncIterable<unknown>>(isAsyncIterable, { error: 'Expected an event stream (an AsyncIterable of events)' });
}

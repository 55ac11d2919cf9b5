/**
 * The errors a handler answers on its own — forced with `failNext`/`failAlways`, the modeled
 * not-found (404) and validation (400) errors — as the error's contract has them. An error whose
 * structure requires members besides `message` (`resourceId`, `reason`, a header-bound
 * `retryAfterSeconds`) gets them from the error's minimal fixture (@ota-contract/fixtures, seed 0:
 * the same body every time), with the given message kept; members bound to headers are sent as
 * headers, by the error's own bindings. An error with only a message member keeps the plain
 * `{"message": ...}` body, and the fixtures package (with fast-check) is then never loaded.
 */

import { prepareOutput } from './output.js';
import type { ErrorSpec } from './resolver.js';
import { defaultErrorMessage, modeledErrorWire, type ErrorTable } from './responses.js';
import { check } from './validation.js';
import { toFetchResponse, WireHeaderBuilder, type WireResponse } from './wire.js';

interface ErrorFactory {
  build(options: { seed: number; preset: 'minimal' }): unknown;
}

let factories: Promise<Readonly<Record<string, ErrorFactory | undefined>>> | undefined;
const loadFactories = () => (factories ??= import('@ota-contract/fixtures').then((m) => m.fixtures as unknown as Readonly<Record<string, ErrorFactory | undefined>>));

/** Whether the error has members other than its message: only then is a fixture needed. */
function needsFixture(spec: ErrorSpec, messageMember: string | null): boolean {
  return spec.members.some((b) => !(b.in === 'body' && b.name === messageMember));
}

/**
 * A modeled error response whose headers and body satisfy the error's strict contract. `specs` are
 * the errors of the operation with their bindings; an error outside them (forced on an operation
 * that does not declare it) gets the plain message body.
 */
export async function contractErrorResponse(errors: ErrorTable, specs: Readonly<Record<string, ErrorSpec>>, name: string, message: string | undefined, requestId: string): Promise<Response> {
  return toFetchResponse(await contractErrorWire(errors, specs, name, message, requestId));
}

/** `contractErrorResponse` in the operation core's form (`wire.ts`). */
export async function contractErrorWire(errors: ErrorTable, specs: Readonly<Record<string, ErrorSpec>>, name: string, message: string | undefined, requestId: string): Promise<WireResponse> {
  const meta = Object.hasOwn(errors, name) ? errors[name] : undefined;
  const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
  const messageMember = meta?.message === undefined ? 'message' : meta.message;
  if (!meta || !spec || !needsFixture(spec, messageMember)) return modeledErrorWire(errors, name, message, requestId);
  const factory = (await loadFactories())[name];
  if (!factory) return modeledErrorWire(errors, name, message, requestId);
  let value = factory.build({ seed: 0, preset: 'minimal' }) as Record<string, unknown>;
  const binding = spec.members.find((b) => b.in === 'body' && b.name === messageMember);
  if (binding) {
    const withMessage = { ...value, [binding.member]: message ?? defaultErrorMessage(name) };
    // A given message is always kept; the default one only where the member's own rules accept it.
    if (message !== undefined || !spec.schema || check(spec.schema, withMessage).ok) value = withMessage;
  }
  const prepared = prepareOutput(value, spec.members);
  const headers = new WireHeaderBuilder().set('Content-Type', prepared.contentType ?? 'application/json');
  for (const [header, text] of Object.entries(prepared.headers ?? {})) if (header.toLowerCase() !== 'content-length') headers.set(header, text);
  headers.set('X-Amzn-Errortype', name);
  headers.set('x-amzn-RequestId', requestId);
  return { status: meta.httpStatus, headers: headers.build(), body: prepared.body ?? null };
}

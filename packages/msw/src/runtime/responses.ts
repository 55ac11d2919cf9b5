/**
 * restJson1 responses as the real service writes them: `Content-Type: application/json`, an
 * `x-amzn-RequestId`, and for errors the `X-Amzn-Errortype` header naming the shape plus a
 * `{"message": ...}` body. The type header is what lets a client tell ThrottlingException from
 * InvalidRequestException: both are HTTP 400.
 */

import { toFetchResponse, type WireResponse } from './wire.js';

/** Status and fault of one modeled error (`mockErrors`; `modeledErrors` of @ota-contract/types also fits). */
export interface ErrorMeta {
  readonly httpStatus: number;
  readonly fault: 'client' | 'server';
  /**
   * JSON name of the error structure's message member (`message`, or `Message` in some models);
   * `null` when the structure has none, so the body is `{}`. @default 'message'
   */
  readonly message?: string | null;
}

export type ErrorTable = Readonly<Record<string, ErrorMeta>>;

/** A default message per error, like the short ones the real service sends. */
export function defaultErrorMessage(name: string): string {
  const words = name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.charAt(0) + words.slice(1).toLowerCase();
}

export interface ErrorResponseInit {
  /** Shape name, sent as `X-Amzn-Errortype`. */
  name: string;
  status: number;
  message: string;
  requestId: string;
  /** JSON name of the message member; `null` for none. @default 'message' */
  messageMember?: string | null;
}

/** The error as the operation core answers it (`wire.ts`); `errorResponse` is the same as a Fetch `Response`. */
export function errorWire({ name, status, message, requestId, messageMember = 'message' }: ErrorResponseInit): WireResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': name, 'x-amzn-requestid': requestId },
    body: JSON.stringify(messageMember === null ? {} : { [messageMember]: message }),
  };
}

export function errorResponse(init: ErrorResponseInit): Response {
  return toFetchResponse(errorWire(init));
}

/** A modeled error by name; throws for a name the model does not have, so a typo cannot pass silently. */
export function modeledErrorWire(errors: ErrorTable, name: string, message: string | undefined, requestId: string): WireResponse {
  const meta = errors[name];
  if (!meta) throw new Error(`${name} is not a modeled error (known: ${Object.keys(errors).join(', ')})`);
  return errorWire({ name, status: meta.httpStatus, message: message ?? defaultErrorMessage(name), requestId, ...(meta.message === undefined ? {} : { messageMember: meta.message }) });
}

export function modeledErrorResponse(errors: ErrorTable, name: string, message: string | undefined, requestId: string): Response {
  return toFetchResponse(modeledErrorWire(errors, name, message, requestId));
}

/**
 * @ota-contract/zod/client — response decoders for a client that calls the service with `fetch`:
 * `decode<Op>Response(response)` reads the status, headers and body of a restJson1 response (the
 * lenient codec for the body, plus the header, status-code and payload bindings) and resolves to
 * the operation's output or a typed modeled error; `serialize<Op>Request(input)` writes an input as
 * the request to send (method, path with query, headers, body). No msw, no AWS SDK. See the package README.
 */
export * from './client.gen.js';
export { errorTypeOf, ResponseDecodeError, type DecodedResponse, type ResponseInput } from './runtime/client/index.js';
export { compressRequest, requestUrl, RequestSerializeError, type SerializedRequest, type SerializeOptions } from './runtime/client/index.js';
export * from './runtime/event-stream/index.js';

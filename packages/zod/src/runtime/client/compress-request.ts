/**
 * `@requestCompression` for a serialized request: `serialize<Op>Request` stays synchronous and
 * marks the request of an operation that carries the trait (`requestCompression`);
 * `compressRequest` then gzips its body when it is large enough (compression.ts: the AWS SDKs'
 * 10240-byte threshold, `disable` / `minBytes` options) and appends the coding to the
 * `Content-Encoding` the input set. A request without the mark, or without a body, is returned as is.
 */

import { bytesToBase64 } from '../base64.js';
import { compressRequestBody, type CompressionOptions } from './compression.js';
import type { SerializedRequest } from './encode.js';
import { md5 } from './md5.js';

export async function compressRequest(request: SerializedRequest, options?: CompressionOptions): Promise<SerializedRequest> {
  const trait = request.requestCompression;
  // A stream (an event-stream input) is sent as it comes: only whole bodies are compressed.
  if (trait === undefined || request.body === undefined || request.body instanceof ReadableStream) return request;
  const { body, contentEncoding } = await compressRequestBody(request.body, request.headers['content-encoding'], trait, options);
  if (body === request.body) return request;
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const headers: Record<string, string> = { ...request.headers, 'content-length': String(bytes.length) };
  if (contentEncoding !== undefined) headers['content-encoding'] = contentEncoding;
  // Content-MD5 covers the body as sent, after its content coding.
  if (headers['content-md5'] !== undefined) headers['content-md5'] = bytesToBase64(md5(bytes));
  // compression.ts makes a fresh Uint8Array over its own ArrayBuffer.
  return { ...request, headers, body: body as string | Uint8Array<ArrayBuffer> };
}

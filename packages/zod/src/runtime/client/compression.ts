/**
 * Smithy's `@requestCompression` on the client side (https://smithy.io/2.0/spec/behavior-traits.html#requestcompression-trait):
 * a request serializer hands the serialized body of an operation that carries the trait to
 * `compressRequestBody`, which gzips it when it is large enough and appends the coding to the
 * `Content-Encoding` the caller set (`custom` → `custom, gzip`), as the AWS SDKs do. The generated
 * plan carries the trait's data (`RequestCompression`); `CompressionOptions` are the SDKs'
 * `disableRequestCompression` and `requestMinCompressionSizeBytes` settings.
 *
 * Uses the Web `CompressionStream` (Node 20, browsers). Streaming bodies are not handled: the
 * packages serialize whole bodies only.
 */

/** The trait's data: the encodings the service accepts, in the service's order of preference. */
export interface RequestCompression {
  readonly encodings: readonly string[];
}

export interface CompressionOptions {
  /** Never compress (the SDKs' `disableRequestCompression`). @default false */
  readonly disable?: boolean;
  /** Smallest body, in bytes, that is compressed (`requestMinCompressionSizeBytes`, 0..10485760). @default 10240 */
  readonly minBytes?: number;
}

export const DEFAULT_MIN_COMPRESSION_BYTES = 10240;
const MAX_MIN_COMPRESSION_BYTES = 10_485_760;

/** Encodings this client can apply, by their lower-case name in the trait. */
const ENCODERS: ReadonlyMap<string, CompressionFormat> = new Map([['gzip', 'gzip']]);

export interface CompressedBody {
  readonly body: Uint8Array | string;
  /** The Content-Encoding to send; `undefined` when there is none. */
  readonly contentEncoding: string | undefined;
}

async function compress(bytes: Uint8Array, format: CompressionFormat): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The body to send and its Content-Encoding: compressed with the first of the trait's encodings
 * this client supports (only `gzip` is defined) when the body has at least `minBytes` bytes, else
 * as it was. `contentEncoding` is what the caller already set (a member bound to the header).
 */
export async function compressRequestBody(
  body: Uint8Array | string,
  contentEncoding: string | null | undefined,
  trait: RequestCompression,
  options: CompressionOptions = {},
): Promise<CompressedBody> {
  const minBytes = options.minBytes ?? DEFAULT_MIN_COMPRESSION_BYTES;
  if (!Number.isInteger(minBytes) || minBytes < 0 || minBytes > MAX_MIN_COMPRESSION_BYTES) {
    throw new RangeError(`minBytes must be an integer from 0 to ${MAX_MIN_COMPRESSION_BYTES}, got ${minBytes}`);
  }
  const given = contentEncoding === null || contentEncoding === undefined || contentEncoding.trim() === '' ? undefined : contentEncoding;
  const encoding = trait.encodings.find((e) => ENCODERS.has(e.toLowerCase()));
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  if (options.disable || encoding === undefined || bytes.length < minBytes) return { body, contentEncoding: given };
  const compressed = await compress(bytes, ENCODERS.get(encoding.toLowerCase())!);
  return { body: compressed, contentEncoding: given === undefined ? encoding : `${given}, ${encoding}` };
}

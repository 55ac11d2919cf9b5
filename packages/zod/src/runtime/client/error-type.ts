/**
 * Which modeled error a restJson1 response carries, exactly as the protocol says
 * (https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization):
 * the `X-Amzn-Errortype` header, else the body's `code`, else its `__type`. The value may carry a
 * namespace (`aws.protocoltests.restjson#FooError`) and, after a `:`, extra data
 * (`FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/`): both are stripped. A
 * header holding several values (`A, B`) names the first, as the AWS SDK reads it.
 */

/** The bare shape name of an error-type value, or undefined when nothing is left. */
export function sanitizeErrorType(raw: string): string | undefined {
  let value = raw.split(',')[0]!.trim();
  const colon = value.indexOf(':');
  if (colon >= 0) value = value.slice(0, colon);
  const hash = value.lastIndexOf('#');
  if (hash >= 0) value = value.slice(hash + 1);
  value = value.trim();
  return value === '' ? undefined : value;
}

/** The error type named by the response (header first, then body `code`, then `__type`). */
export function errorTypeOf(header: string | null | undefined, body: unknown): string | undefined {
  if (typeof header === 'string') {
    const fromHeader = sanitizeErrorType(header);
    if (fromHeader !== undefined) return fromHeader;
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    for (const field of ['code', '__type']) {
      const v = Object.prototype.hasOwnProperty.call(body, field) ? (body as Record<string, unknown>)[field] : undefined;
      if (typeof v === 'string') {
        const name = sanitizeErrorType(v);
        if (name !== undefined) return name;
      }
    }
  }
  return undefined;
}

/**
 * A GET or HEAD operation with members bound to the body (AWS publishes such models:
 * elasticsearch's DescribeDomainAutoTunes): fetch refuses a body on these methods, and the AWS
 * SDK's fetch handler drops it, so the serialized request carries none and describes none.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializeRequest, type OperationEncoding } from '../src/runtime/client/encode.js';

const encoding = (method: string): OperationEncoding => ({
  operation: 'DescribeThings',
  method,
  path: [{ literal: 'things' }],
  queryLiterals: [],
  input: { codec: z.object({ maxResults: z.number().optional(), nextToken: z.string().optional() }), bound: [], body: ['maxResults', 'nextToken'], tokens: [] },
});

describe('serializeRequest, body members of GET and HEAD operations', () => {
  it.each(['GET', 'HEAD'])('%s: no body, no body headers, and fetch accepts the request', (method) => {
    const request = serializeRequest(encoding(method), { maxResults: 5, nextToken: 'abc' });
    expect(request.body).toBeUndefined();
    expect(Object.keys(request.headers).filter((h) => h.startsWith('content-'))).toEqual([]);
    expect(() => new Request(new URL(request.path, 'https://example.test'), request)).not.toThrow();
  });

  it('POST keeps the body (the rule is the method, not the members)', () => {
    const request = serializeRequest(encoding('POST'), { maxResults: 5, nextToken: 'abc' });
    expect(request.body).toBe('{"maxResults":5,"nextToken":"abc"}');
    expect(request.headers['content-type']).toBe('application/json');
  });
});

/**
 * Errors the handler answers on its own (forced, not found, invalid input) carry every member the
 * error's contract requires, drawn from the error's minimal fixture, with header-bound members as
 * headers and a given message kept. The fixtures package is stood in for: the factories below
 * answer what a generated minimal fixture would.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockControl } from '../../src/runtime/control.js';
import { contractErrorResponse } from '../../src/runtime/error-body.js';
import { createOperationHandler, type OperationSpec } from '../../src/runtime/operation.js';
import type { ErrorSpec } from '../../src/runtime/resolver.js';
import { MockStore } from '../../src/runtime/store.js';
import type { SafeParser } from '../../src/runtime/validation.js';

const built: unknown[] = [];
vi.mock('@ota-contract/fixtures', () => ({
  fixtures: {
    ConflictException: { build: (o: unknown) => (built.push(o), { Message: 'fixture message', resourceId: 'thing-7' }) },
    ThrottlingException: { build: (o: unknown) => (built.push(o), { message: 'fixture message', retryAfterSeconds: 30, quotaCode: 'Q-1' }) },
    ResourceNotFoundException: { build: (o: unknown) => (built.push(o), { resourceId: 'r', resourceType: 'Thing' }) },
  },
}));

/** Strict schema stand-in: every listed member must be present, and the message (if any) non-empty. */
const requires = (...members: string[]): SafeParser => ({
  safeParse: (v) => {
    const o = v as Record<string, unknown>;
    const missing = members.filter((m) => o[m] === undefined || o[m] === '');
    return missing.length ? { success: false, error: { issues: missing.map((m) => ({ path: [m], message: 'is required' })) } } : { success: true, data: v };
  },
});

const errors = {
  ConflictException: { httpStatus: 409, fault: 'client', message: 'Message' },
  ThrottlingException: { httpStatus: 429, fault: 'client', message: 'message' },
  ResourceNotFoundException: { httpStatus: 404, fault: 'client', message: 'message' },
  InternalServerException: { httpStatus: 500, fault: 'server', message: 'message' },
} as const;

const specs: Record<string, ErrorSpec> = {
  ConflictException: {
    httpStatus: 409,
    schema: requires('Message', 'resourceId'),
    members: [
      { member: 'Message', in: 'body', name: 'Message', type: { scalar: 'string' } },
      { member: 'resourceId', in: 'body', name: 'resourceId', type: { scalar: 'string' } },
    ],
  },
  ThrottlingException: {
    httpStatus: 429,
    schema: requires('message', 'retryAfterSeconds', 'quotaCode'),
    members: [
      { member: 'message', in: 'body', name: 'message', type: { scalar: 'string' } },
      { member: 'retryAfterSeconds', in: 'header', name: 'Retry-After', type: { scalar: 'integer' } },
      { member: 'quotaCode', in: 'body', name: 'quotaCode', type: { scalar: 'string' } },
    ],
  },
  ResourceNotFoundException: {
    httpStatus: 404,
    schema: requires('message', 'resourceId', 'resourceType'),
    members: [
      { member: 'message', in: 'body', name: 'message', type: { scalar: 'string' } },
      { member: 'resourceId', in: 'body', name: 'resourceId', type: { scalar: 'string' } },
      { member: 'resourceType', in: 'body', name: 'resourceType', type: { scalar: 'string' } },
    ],
  },
  InternalServerException: { httpStatus: 500, members: [{ member: 'message', in: 'body', name: 'message', type: { scalar: 'string' } }] },
};

describe('contractErrorResponse', () => {
  it('draws the required members from the minimal fixture and keeps a given message', async () => {
    const res = await contractErrorResponse(errors, specs, 'ConflictException', 'already there', 'req-1');
    expect(res.status).toBe(409);
    expect(res.headers.get('x-amzn-errortype')).toBe('ConflictException');
    expect(res.headers.get('x-amzn-requestid')).toBe('req-1');
    expect(await res.json()).toEqual({ Message: 'already there', resourceId: 'thing-7' });
    expect(built.at(-1)).toEqual({ seed: 0, preset: 'minimal' });
  });

  it('sends header-bound members as headers, with the default message when none is given', async () => {
    const res = await contractErrorResponse(errors, specs, 'ThrottlingException', undefined, 'req-2');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ message: 'Throttling', quotaCode: 'Q-1' });
  });

  it('keeps the plain message body for errors with nothing else, and for errors outside the operation', async () => {
    const before = built.length;
    expect(await (await contractErrorResponse(errors, specs, 'InternalServerException', 'boom', 'r')).json()).toEqual({ message: 'boom' });
    expect(await (await contractErrorResponse(errors, {}, 'ConflictException', 'x', 'r')).json()).toEqual({ Message: 'x' });
    expect(built.length).toBe(before);
  });
});

describe('a handler', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const control = createMockControl(errors);
  const spec: OperationSpec<{ id: string }, { id: string }> = {
    name: 'GetThing',
    method: 'GET',
    path: { segments: ['things', { label: 'id' }] },
    successCode: 200,
    validationError: 'ConflictException',
    notFoundError: 'ResourceNotFoundException',
    input: { schema: requires('id'), members: [{ member: 'id', in: 'label', name: 'id', type: { scalar: 'string' } }] },
    output: { itemName: 'Thing', schema: requires('id'), onMissing: 'notFound', members: [{ member: 'id', in: 'body', name: 'id', type: { scalar: 'string' } }] },
    resolver: { errors: specs },
  };
  const store = new MockStore<{ id: string }>({ itemName: 'Thing', keys: ['id'], check: (v) => ({ ok: true, value: v as { id: string } }), prepare: (v) => ({ body: JSON.stringify(v) }) });

  it('answers not-found with every member of its 404 error', async () => {
    server.use(createOperationHandler(spec, store, control));
    const res = await fetch('https://x.test/things/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Thing with id "nope" not found', resourceId: 'r', resourceType: 'Thing' });
  });

  it('answers a forced error with every member, header-bound ones included', async () => {
    server.use(createOperationHandler(spec, store, control));
    control.failNext('ThrottlingException', { message: 'slow down' });
    const res = await fetch('https://x.test/things/a');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ message: 'slow down', quotaCode: 'Q-1' });
  });
});

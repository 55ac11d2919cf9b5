/**
 * `@ota-contract/zod/client`: `decodeGetOTAUpdateResponse` against the bytes the real
 * @ota-contract/msw handlers send (over fetch, through msw's interceptor), and against hand-written
 * responses shaped like AWS's (error type in the header, in `__type`, in `code`, with a namespace
 * and a `:`-suffix; unknown fields; a proxy's HTML error page).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { fixtures } from '@ota-contract/fixtures';
import { getOTAUpdateStore, handlers, mockControl, resetMocks } from '@ota-contract/msw';
import { modeledErrors, type GetOTAUpdateErrorName, type GetOTAUpdateResponseReceived } from '@ota-contract/types';
import { decodeGetOTAUpdateResponse, ResponseDecodeError, type GetOTAUpdateResult } from '@ota-contract/zod/client';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMocks());
afterAll(() => server.close());

const get = (id: string) => fetch(`https://iot.us-east-1.amazonaws.com/otaUpdates/${encodeURIComponent(id)}`);
const ERROR_NAMES = Object.keys(modeledErrors) as GetOTAUpdateErrorName[];

describe('against the msw handlers (real bytes over fetch)', () => {
  it('decodes a stored update to the application value that was stored', async () => {
    for (const seed of [1, 2, 3]) {
      const update = fixtures.OTAUpdateInfo.build({ seed });
      getOTAUpdateStore.put(update);
      const result = await decodeGetOTAUpdateResponse(await get(update.otaUpdateId!));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.output).toEqual({ otaUpdateInfo: update });
    }
  });

  it('decodes the boundary preset (largest payloads) too', async () => {
    const update = fixtures.OTAUpdateInfo.build({ seed: 7, preset: 'boundary' });
    getOTAUpdateStore.put(update);
    const result = await decodeGetOTAUpdateResponse(await get(update.otaUpdateId!));
    expect(result).toMatchObject({ ok: true, status: 200, output: { otaUpdateInfo: update } });
  });

  it.each(ERROR_NAMES)('tells %s apart by type, with its message', async (name) => {
    mockControl.failNext(name, { message: `forced ${name}` });
    const response = await get('any-id');
    const status = response.status;
    const result = await decodeGetOTAUpdateResponse(response);
    expect(result).toEqual({ ok: false, status, modeled: true, name, error: { message: `forced ${name}` } });
    expect(status).toBe(modeledErrors[name].httpStatus);
  });

  it('a missing update is the modeled ResourceNotFoundException (404)', async () => {
    const result = await decodeGetOTAUpdateResponse(await get('nothing-stored'));
    expect(result).toMatchObject({ ok: false, status: 404, modeled: true, name: 'ResourceNotFoundException' });
  });

  it('ThrottlingException and InvalidRequestException share status 400 and still differ', async () => {
    mockControl.failNext('ThrottlingException');
    mockControl.failNext('InvalidRequestException');
    const a = await decodeGetOTAUpdateResponse(await get('x'));
    const b = await decodeGetOTAUpdateResponse(await get('x'));
    expect([a.status, b.status]).toEqual([400, 400]);
    expect([a.ok || (a.modeled && a.name), b.ok || (b.modeled && b.name)]).toEqual(['ThrottlingException', 'InvalidRequestException']);
  });
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({ status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('hand-written AWS-like responses', () => {
  it.each<[string, ReturnType<typeof json>]>([
    ['the header with a namespace and a :-suffix', json(400, { message: 'm' }, { 'X-Amzn-Errortype': 'com.amazonaws.iot#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.validate/' })],
    ['the plain header', json(400, { message: 'm' }, { 'x-amzn-errortype': 'ThrottlingException' })],
    ['__type in the body, with a namespace', json(400, { __type: 'com.amazonaws.iot#ThrottlingException', message: 'm' })],
    ['code in the body', json(400, { code: 'ThrottlingException', message: 'm' })],
    ['the header over the body', json(400, { __type: 'InvalidRequestException', message: 'm' }, { 'X-Amzn-Errortype': 'ThrottlingException' })],
    ['code over __type', json(400, { code: 'ThrottlingException', __type: 'InvalidRequestException', message: 'm' })],
  ])('finds the error type in %s', async (_name, response) => {
    const result = await decodeGetOTAUpdateResponse(response);
    expect(result).toEqual({ ok: false, status: 400, modeled: true, name: 'ThrottlingException', error: { message: 'm' } });
  });

  it('drops the fields the real service adds (traceId) and reads a body without a message', async () => {
    const a = await decodeGetOTAUpdateResponse(json(404, { message: 'gone', traceId: 'abc' }, { 'X-Amzn-Errortype': 'ResourceNotFoundException' }));
    expect(a).toMatchObject({ modeled: true, error: { message: 'gone' } });
    if (!a.ok && a.modeled) expect(a.error).not.toHaveProperty('traceId');
    const b = await decodeGetOTAUpdateResponse({ status: 500, headers: { 'x-amzn-errortype': 'InternalFailureException' } });
    expect(b).toEqual({ ok: false, status: 500, modeled: true, name: 'InternalFailureException', error: {} });
  });

  it('an unknown error type, or none, is an unmodeled error that keeps the body', async () => {
    expect(await decodeGetOTAUpdateResponse(json(403, { message: 'denied' }, { 'x-amzn-errortype': 'AccessDeniedException' }))).toEqual({
      ok: false,
      status: 403,
      modeled: false,
      name: 'AccessDeniedException',
      body: { message: 'denied' },
    });
    expect(await decodeGetOTAUpdateResponse({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' })).toEqual({
      ok: false,
      status: 502,
      modeled: false,
      name: undefined,
      body: '<html>Bad gateway</html>',
    });
  });

  it('reads a success leniently: unknown enum values and fields, null entries of dense lists, epoch seconds', async () => {
    const body = { otaUpdateInfo: { otaUpdateId: 'u1', otaUpdateStatus: 'SOME_FUTURE_STATUS', protocols: ['MQTT', null], creationDate: 1700000000.5, newField: 1 } };
    const result = await decodeGetOTAUpdateResponse({ status: 200, headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode(JSON.stringify(body)) });
    expect(result.ok && result.output).toEqual({ otaUpdateInfo: { otaUpdateId: 'u1', otaUpdateStatus: 'SOME_FUTURE_STATUS', protocols: ['MQTT'], creationDate: new Date(1700000000500) } });
  });

  it('an empty 200 body is an empty output', async () => {
    expect(await decodeGetOTAUpdateResponse({ status: 200, body: '' })).toEqual({ ok: true, status: 200, output: {} });
  });

  it('rejects with ResponseDecodeError, naming the path, when the JSON types are wrong', async () => {
    const bad = decodeGetOTAUpdateResponse(json(200, { otaUpdateInfo: { creationDate: '2023-01-01' } }));
    await expect(bad).rejects.toBeInstanceOf(ResponseDecodeError);
    await expect(bad).rejects.toMatchObject({ issues: ['otaUpdateInfo.creationDate: must be a number (epoch seconds)'] });
    await expect(decodeGetOTAUpdateResponse({ status: 200, body: '{not json' })).rejects.toThrow(/not JSON/);
  });

  it('types the result: output in the received form, errors by name', () => {
    const use = (r: GetOTAUpdateResult): GetOTAUpdateResponseReceived | string =>
      r.ok ? r.output : r.modeled ? (r.name === 'ThrottlingException' ? `throttled: ${r.error.message ?? ''}` : r.name) : `HTTP ${r.status}`;
    expect(use({ ok: false, status: 400, modeled: true, name: 'ThrottlingException', error: { message: 'x' } })).toBe('throttled: x');
  });
});

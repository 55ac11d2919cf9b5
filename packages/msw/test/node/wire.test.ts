/**
 * The raw HTTP answers, read with fetch (which msw/node also intercepts): headers and bodies as
 * restJson1 says, every body valid against the precompiled JSON Schema validators of
 * @ota-contract/json-schema (an implementation independent of the zod codecs the mock uses).
 */

import { fixtures } from '@ota-contract/fixtures';
import * as validators from '@ota-contract/json-schema';
import { GetOTAUpdateOperation, modeledErrors } from '@ota-contract/types';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getOTAUpdateStore, handlers, mockControl, resetMocks } from '../../src/index.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMocks());
afterAll(() => server.close());

const ENDPOINT = 'https://iot.us-east-1.amazonaws.com';

describe('success response', () => {
  it('is application/json with epoch-second numbers and base64 strings, valid against the JSON Schema', async () => {
    const item = fixtures.OTAUpdateInfo.build({ seed: 21 });
    getOTAUpdateStore.put(item);
    const response = await fetch(`${ENDPOINT}/otaUpdates/${item.otaUpdateId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-requestid')).toBe('00000000-0000-4000-8000-000000000001');
    const body = (await response.json()) as { otaUpdateInfo: Record<string, unknown> };
    const ok = validators.validateGetOTAUpdateResponseJson(body);
    expect(validators.validateGetOTAUpdateResponseJson.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    if (item.creationDate) expect(body.otaUpdateInfo.creationDate).toBe(item.creationDate.getTime() / 1000);
  });
});

describe('error responses', () => {
  it.each(GetOTAUpdateOperation.errors)('%s: status, X-Amzn-Errortype, request id, {"message"} body valid against the schema', async (name) => {
    mockControl.failNext(name, { message: 'boom' });
    const response = await fetch(`${ENDPOINT}/otaUpdates/x`);
    expect(response.status).toBe(modeledErrors[name].httpStatus);
    expect(response.headers.get('x-amzn-errortype')).toBe(name);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^00000000-0000-4000-8000-[0-9a-f]{12}$/);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body: unknown = await response.json();
    expect(body).toEqual({ message: 'boom' });
    expect(validators[`validate${name}Json`](body)).toBe(true);
  });

  it('gives a default message when none is forced', async () => {
    mockControl.failNext('ServiceUnavailableException');
    expect(await (await fetch(`${ENDPOINT}/otaUpdates/x`)).json()).toEqual({ message: 'Service unavailable' });
  });
});

describe('routing', () => {
  const match = (method: string, url: string) => getResponse(handlers, new Request(url, { method }));

  it('matches GET /otaUpdates/{id} and /otaUpdates/ (an empty id) on any host', async () => {
    expect((await match('GET', 'http://anything:8080/otaUpdates/id-1'))?.status).toBe(404);
    expect((await match('GET', 'http://anything/otaUpdates/'))?.headers.get('x-amzn-errortype')).toBe('InvalidRequestException');
  });

  it.each([
    ['GET', 'https://iot.us-east-1.amazonaws.com/otaUpdates'],
    ['GET', 'https://iot.us-east-1.amazonaws.com/otaUpdates/id-1/'],
    ['GET', 'https://iot.us-east-1.amazonaws.com/otaUpdates/id-1/jobs'],
    ['GET', 'https://iot.us-east-1.amazonaws.com/jobs/otaUpdates/id-1'],
    ['DELETE', 'https://iot.us-east-1.amazonaws.com/otaUpdates/id-1'],
    ['POST', 'https://iot.us-east-1.amazonaws.com/otaUpdates/id-1'],
  ])('leaves %s %s alone', async (method, url) => {
    expect(await match(method, url)).toBeUndefined();
  });

  it('percent-decodes the label before validating it, and rejects malformed escapes', async () => {
    const spaced = await fetch(`${ENDPOINT}/otaUpdates/a%20b%2Fc`);
    expect([spaced.status, await spaced.json()]).toEqual([400, { message: 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$' }]);
    const encodedValid = await fetch(`${ENDPOINT}/otaUpdates/%61bc`);
    expect([encodedValid.status, await encodedValid.json()]).toEqual([404, { message: 'OTAUpdateInfo with otaUpdateId "abc" not found' }]);
    const malformed = await fetch(`${ENDPOINT}/otaUpdates/%E0%A4%A`);
    expect([malformed.status, await malformed.json()]).toEqual([400, { message: 'otaUpdateId: is not valid percent-encoding' }]);
  });
});

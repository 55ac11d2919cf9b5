/**
 * The generated handlers under msw/node, called through the real @aws-sdk/client-iot: the SDK
 * must not be able to tell the mock from AWS (types of values, error classes, statuses).
 */

import * as sdk from '@aws-sdk/client-iot';
import { GetOTAUpdateCommand } from '@aws-sdk/client-iot';
import { fixtures } from '@ota-contract/fixtures';
import { GetOTAUpdateOperation, modeledErrors } from '@ota-contract/types';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getOTAUpdateHandler, getOTAUpdateStore, handlers, mockControl, resetMocks } from '../../src/index.js';
import { iotClient, rejectionOf } from './support.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMocks();
});
afterAll(() => server.close());

const client = iotClient();
const get = (otaUpdateId: string) => client.send(new GetOTAUpdateCommand({ otaUpdateId }));

describe('success', () => {
  it('returns the seeded fixture with Dates, Uint8Arrays and enums, equal field by field', async () => {
    const items = [1, 2, 3, 4, 5].map((seed) => fixtures.OTAUpdateInfo.build({ seed }));
    getOTAUpdateStore.put(...items);
    for (const item of items) {
      const output = await get(item.otaUpdateId!);
      expect(output.otaUpdateInfo).toEqual(item);
      expect(output.$metadata.httpStatusCode).toBe(200);
    }
    const full = items.find((i) => i.creationDate && i.otaUpdateFiles?.some((f) => f.codeSigning?.customCodeSigning?.signature?.inlineDocument));
    expect(full, 'a fixture with dates and a signature').toBeDefined();
    const { otaUpdateInfo } = await get(full!.otaUpdateId!);
    expect(otaUpdateInfo!.creationDate).toBeInstanceOf(Date);
    const signature = otaUpdateInfo!.otaUpdateFiles!.find((f) => f.codeSigning?.customCodeSigning?.signature?.inlineDocument)!.codeSigning!.customCodeSigning!.signature!.inlineDocument;
    expect(signature).toBeInstanceOf(Uint8Array);
  });

  it('sends deterministic request ids that the SDK reads into $metadata', async () => {
    getOTAUpdateStore.put(fixtures.OTAUpdateInfo.build({ seed: 9 }));
    const [id] = getOTAUpdateStore.keys();
    const first = await get(id!);
    const second = await get(id!);
    expect([first.$metadata.requestId, second.$metadata.requestId]).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
  });

  it('answers on any endpoint: other regions, custom endpoints, and a base path', async () => {
    const item = fixtures.OTAUpdateInfo.build({ seed: 11 });
    getOTAUpdateStore.put(item);
    for (const config of [{ region: 'eu-west-1' }, { endpoint: 'http://localhost:1234' }, { region: 'cn-north-1' }]) {
      const output = await iotClient(config).send(new GetOTAUpdateCommand({ otaUpdateId: item.otaUpdateId! }));
      expect(output.otaUpdateInfo).toEqual(item);
    }
    server.use(getOTAUpdateHandler({ basePath: '/iot' }));
    const prefixed = await iotClient({ endpoint: 'http://localhost:1234/iot' }).send(new GetOTAUpdateCommand({ otaUpdateId: item.otaUpdateId! }));
    expect(prefixed.otaUpdateInfo).toEqual(item);
  });
});

describe('modeled errors', () => {
  it.each(GetOTAUpdateOperation.errors)('%s surfaces as the SDK error class with its status and fault', async (name) => {
    mockControl.failNext(name, { message: `forced ${name}` });
    const error = await rejectionOf(get('anything'));
    const ErrorClass = sdk[name];
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(sdk.IoTServiceException);
    expect(error.name).toBe(name);
    expect(error.message).toBe(`forced ${name}`);
    expect(error.$metadata.httpStatusCode).toBe(modeledErrors[name].httpStatus);
    expect(error.$fault).toBe(modeledErrors[name].fault);
  });

  it('tells ThrottlingException from InvalidRequestException although both are 400', async () => {
    mockControl.failNext('ThrottlingException');
    const throttled = await rejectionOf(get('ok-id'));
    const invalid = await rejectionOf(get('not valid!'));
    expect([throttled.$metadata.httpStatusCode, invalid.$metadata.httpStatusCode]).toEqual([400, 400]);
    expect(throttled).toBeInstanceOf(sdk.ThrottlingException);
    expect(throttled).not.toBeInstanceOf(sdk.InvalidRequestException);
    expect(invalid).toBeInstanceOf(sdk.InvalidRequestException);
    expect(invalid).not.toBeInstanceOf(sdk.ThrottlingException);
  });

  it('fails the next n calls, then serves again', async () => {
    getOTAUpdateStore.put(fixtures.OTAUpdateInfo.build({ seed: 3 }));
    const [id] = getOTAUpdateStore.keys();
    mockControl.failNext('ServiceUnavailableException', { times: 2 });
    expect((await rejectionOf(get(id!))).name).toBe('ServiceUnavailableException');
    expect((await rejectionOf(get(id!))).name).toBe('ServiceUnavailableException');
    expect((await get(id!)).otaUpdateInfo?.otaUpdateId).toBe(id);
  });

  it('fails every call with failAlways until cleared', async () => {
    mockControl.failAlways('UnauthorizedException');
    for (let i = 0; i < 3; i++) expect(await rejectionOf(get('x'))).toBeInstanceOf(sdk.UnauthorizedException);
    mockControl.clearFailures();
    expect(await rejectionOf(get('x'))).toBeInstanceOf(sdk.ResourceNotFoundException);
  });

  it('is retried by the SDK like a real throttle: two forced failures, success on the third attempt', async () => {
    getOTAUpdateStore.put(fixtures.OTAUpdateInfo.build({ seed: 4 }));
    const [id] = getOTAUpdateStore.keys();
    mockControl.failNext('ThrottlingException', { times: 2 });
    const output = await iotClient({ maxAttempts: 3 }).send(new GetOTAUpdateCommand({ otaUpdateId: id! }));
    expect(output.$metadata.attempts).toBe(3);
    expect(output.otaUpdateInfo?.otaUpdateId).toBe(id);
  });

  it('delays a response', async () => {
    mockControl.delayNext(150);
    const started = performance.now();
    await rejectionOf(get('missing'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });
});

describe('input validation and lookup', () => {
  it('answers an unknown id with ResourceNotFoundException (404)', async () => {
    const error = await rejectionOf(get('no-such-update'));
    expect(error).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe('OTAUpdateInfo with otaUpdateId "no-such-update" not found');
  });

  it.each([
    ['a b/c', 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
    // The SDK sends `GET /otaUpdates/` for "": the handler takes it as an empty label (see README).
    ['', 'otaUpdateId: must have at least 1 Unicode code point; otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
    ['x'.repeat(129), 'otaUpdateId: must have at most 128 Unicode code points'],
    ['ünïcode', 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
    ['dot.dot', 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
  ])('rejects %j with InvalidRequestException naming the rule', async (id, message) => {
    const error = await rejectionOf(get(id));
    expect(error).toBeInstanceOf(sdk.InvalidRequestException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(message);
  });

  it('accepts the longest valid id (128 code points) and finds it', async () => {
    const id = 'a'.repeat(128);
    getOTAUpdateStore.put({ ...fixtures.OTAUpdateInfo.build({ seed: 5 }), otaUpdateId: id });
    expect((await get(id)).otaUpdateInfo?.otaUpdateId).toBe(id);
  });
});

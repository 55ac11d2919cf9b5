/**
 * `@ota-contract/zod/client`: `serializeGetOTAUpdateRequest` writes what the real
 * `@aws-sdk/client-iot` sends for the same input (its request captured by a recording
 * `requestHandler`), refuses a missing or empty label (the SDK refuses the first), and the request it
 * makes is answered by the @ota-contract/msw handlers as the operation it is (over fetch).
 */
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { GetOTAUpdateCommand, IoTClient, type GetOTAUpdateCommandInput } from '@aws-sdk/client-iot';
import fc from 'fast-check';
import { fixtures } from '@ota-contract/fixtures';
import { getOTAUpdateStore, handlers, resetMocks } from '@ota-contract/msw';
import { decodeGetOTAUpdateResponse, requestUrl, RequestSerializeError, serializeGetOTAUpdateRequest } from '@ota-contract/zod/client';

interface Captured {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
}

/** The HttpRequest @aws-sdk/client-iot hands its request handler for this input (answered with a canned 200). */
async function sdkRequest(otaUpdateId: string): Promise<Captured> {
  let seen: Captured | undefined;
  const client = new IoTClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
    requestHandler: {
      handle: async (request: Captured) => {
        seen = request;
        return { response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from('{}')]) } };
      },
    },
  });
  await client.send(new GetOTAUpdateCommand({ otaUpdateId }));
  if (!seen) throw new Error('the SDK sent nothing');
  return seen;
}

/** Headers the SDK adds for itself (signing, user agent, host), not part of the operation's wire form. */
const SDK_OWN = /^(?:authorization|host|user-agent|x-amz-user-agent|x-amz-date|x-amz-content-sha256|x-amz-security-token|amz-sdk-.*)$/i;
const operationHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => !SDK_OWN.test(k)).map(([k, v]) => [k.toLowerCase(), v]));
const emptyBody = (body: unknown) => body === undefined || body === null || body === '' || (body instanceof Uint8Array && body.length === 0);

describe('agrees with @aws-sdk/client-iot', () => {
  it.each([
    ['a plain id', 'firmware-2024_06'],
    ['an id with a space, a slash and an emoji', 'a b/c😹'],
    ["the characters encodeURIComponent leaves alone (!'()*)", "x!'()*y"],
    ['reserved characters', ':?#[]@$&+,;=%'],
    ['unreserved characters only', 'A-z_0.9~'],
  ])('%s: same method, path, query, headers and body', async (_name, id) => {
    const sdk = await sdkRequest(id);
    const ours = serializeGetOTAUpdateRequest({ otaUpdateId: id });
    const [path, query] = ours.path.split('?');
    expect(ours.method).toBe(sdk.method);
    expect(path).toBe(sdk.path);
    expect(query).toBeUndefined();
    expect(sdk.query).toEqual({});
    expect(ours.headers).toEqual(operationHeaders(sdk.headers));
    expect(emptyBody(sdk.body)).toBe(true);
    expect(ours.body).toBeUndefined();
  });

  it('any non-empty id (full Unicode, surrogate pairs included) gives the SDK\'s path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), async (id) => {
        const sdk = await sdkRequest(id);
        expect(serializeGetOTAUpdateRequest({ otaUpdateId: id }).path).toBe(sdk.path);
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it('takes the SDK command input type as it is', () => {
    const input: GetOTAUpdateCommandInput = { otaUpdateId: 'fw-1' };
    expect(serializeGetOTAUpdateRequest(input).path).toBe('/otaUpdates/fw-1');
  });

  it('the SDK encodes exactly what the label holds (a control: a different id gives a different path)', async () => {
    const [a, b] = [await sdkRequest('a b'), await sdkRequest('a+b')];
    expect(a.path).not.toBe(b.path);
    expect([serializeGetOTAUpdateRequest({ otaUpdateId: 'a b' }).path, serializeGetOTAUpdateRequest({ otaUpdateId: 'a+b' }).path]).toEqual([a.path, b.path]);
  });

  it('a missing label is refused by both, naming the member', async () => {
    await expect(sdkRequest(undefined as unknown as string)).rejects.toThrow(/otaUpdateId/);
    expect(() => serializeGetOTAUpdateRequest({} as { otaUpdateId: string })).toThrow(RequestSerializeError);
    expect(() => serializeGetOTAUpdateRequest({} as { otaUpdateId: string })).toThrow(/GetOTAUpdate: the path label otaUpdateId is required/);
  });

  it('an empty label is refused (the SDK 3.1168 sends /otaUpdates/, the path of ListOTAUpdates)', async () => {
    expect((await sdkRequest('')).path).toBe('/otaUpdates/');
    expect(() => serializeGetOTAUpdateRequest({ otaUpdateId: '' })).toThrow(/GetOTAUpdate: the path label otaUpdateId must not be empty/);
  });

  it('a label of the wrong JSON type is refused with the member path', () => {
    let error: unknown;
    try {
      serializeGetOTAUpdateRequest({ otaUpdateId: { id: 'x' } } as unknown as { otaUpdateId: string });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestSerializeError);
    expect((error as RequestSerializeError).issues.some((line) => line.startsWith('otaUpdateId:'))).toBe(true);
  });
});

describe('against the msw handlers (real fetch)', () => {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => resetMocks());
  afterAll(() => server.close());
  const endpoint = 'https://iot.us-east-1.amazonaws.com';

  it('the serialized request reaches GetOTAUpdate, which answers with the stored update', async () => {
    const update = fixtures.OTAUpdateInfo.build({ seed: 3 });
    getOTAUpdateStore.put(update);
    const request = serializeGetOTAUpdateRequest({ otaUpdateId: update.otaUpdateId! });
    const result = await decodeGetOTAUpdateResponse(await fetch(requestUrl(endpoint, request), request));
    expect(result).toEqual({ ok: true, status: 200, output: { otaUpdateInfo: update } });
  });

  it('an id the model forbids is sent percent-encoded, and the handler refuses it as InvalidRequestException', async () => {
    const request = serializeGetOTAUpdateRequest({ otaUpdateId: 'a b/c' });
    expect(request.path).toBe('/otaUpdates/a%20b%2Fc');
    const result = await decodeGetOTAUpdateResponse(await fetch(requestUrl(endpoint, request), request));
    expect(result).toMatchObject({ ok: false, status: 400, modeled: true, name: 'InvalidRequestException' });
  });

  it('requestUrl keeps an endpoint path before the operation path', () => {
    const request = serializeGetOTAUpdateRequest({ otaUpdateId: 'fw-1' });
    expect(requestUrl('https://proxy.example.com/iot/', request)).toBe('https://proxy.example.com/iot/otaUpdates/fw-1');
  });
});

/**
 * Codecs: wire ⇄ application round trips, and the same wire body decoded by the real
 * @aws-sdk/client-iot (through an in-memory request handler) gives the same application value.
 */
import { Readable } from 'node:stream';
import { GetOTAUpdateCommand, IoTClient, type GetOTAUpdateCommandOutput } from '@aws-sdk/client-iot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GetOTAUpdateResponseCodec, GetOTAUpdateResponseJsonSchema, GetOTAUpdateResponseSchema } from '@ota-contract/zod';
import type { GetOTAUpdateResponse } from '@ota-contract/types';
import { fullResponse, withValue } from './payloads.js';


describe('decode', () => {
  it('turns epoch seconds, base64 and non-finite strings into Date, Uint8Array and numbers', () => {
    const wire = withValue(fullResponse(), ['otaUpdateInfo', 'awsJobExecutionsRolloutConfig', 'exponentialRate', 'incrementFactor'], '-Infinity');
    const info = GetOTAUpdateResponseCodec.decode(wire).otaUpdateInfo!;
    expect(info.creationDate).toEqual(new Date('2023-11-14T22:13:20.123Z'));
    expect(info.lastModifiedDate).toEqual(new Date('2023-11-14T22:15:00.500Z'));
    expect(info.awsJobExecutionsRolloutConfig!.exponentialRate!.incrementFactor).toBe(Number.NEGATIVE_INFINITY);
    const signature = info.otaUpdateFiles![0]!.codeSigning!.customCodeSigning!.signature!.inlineDocument;
    expect(signature).toBeInstanceOf(Uint8Array);
    expect([...signature!]).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    // The certificate chain's inlineDocument is a string shape, not a blob: left as text.
    expect(info.otaUpdateFiles![0]!.codeSigning!.customCodeSigning!.certificateChain!.inlineDocument).toBe('LS0tLS1CRUdJTg==');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('incrementFactor %j decodes to %d and encodes back', (text, value) => {
    const path = ['otaUpdateInfo', 'awsJobExecutionsRolloutConfig', 'exponentialRate', 'incrementFactor'];
    const app = GetOTAUpdateResponseCodec.decode(withValue(fullResponse(), path, text));
    expect(app.otaUpdateInfo!.awsJobExecutionsRolloutConfig!.exponentialRate!.incrementFactor).toBe(value);
    expect(GetOTAUpdateResponseCodec.encode(app).otaUpdateInfo!.awsJobExecutionsRolloutConfig!.exponentialRate!.incrementFactor).toBe(text);
  });

  it('rejects what the wire schema rejects', () => {
    const bad = withValue(fullResponse(), ['otaUpdateInfo', 'creationDate'], '2023-11-14T22:13:20Z');
    expect(GetOTAUpdateResponseCodec.safeDecode(bad).success).toBe(false);
  });
});

describe('round trips', () => {
  it('encode ∘ decode is the identity on a wire body with millisecond timestamps', () => {
    const wire = fullResponse();
    expect(GetOTAUpdateResponseCodec.encode(GetOTAUpdateResponseCodec.decode(wire))).toEqual(wire);
  });

  it('encode ∘ decode rounds sub-millisecond timestamps like the SDK, nothing else', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e11, max: 1e11, noNaN: true }), (seconds) => {
        const wire = withValue(fullResponse(1), ['otaUpdateInfo', 'creationDate'], seconds);
        const back = GetOTAUpdateResponseCodec.encode(GetOTAUpdateResponseCodec.decode(wire));
        expect(back).toEqual(withValue(wire, ['otaUpdateInfo', 'creationDate'], Math.round(seconds * 1000) / 1000 + 0));
      }),
      { numRuns: 300 },
    );
  });

  const appValue = fc.record({
    // Within ±2^51 ms (±71,000 years), seconds = ms / 1000 and back through the SDK's
    // Math.round(seconds * 1000) is exact; beyond that a double cannot hold the milliseconds of
    // the seconds and the SDK's own decoding is off by one ms.
    ms: fc.integer({ min: -(2 ** 51), max: 2 ** 51 }),
    // JSON has no -0 (JSON.stringify(-0) is "0"), so it cannot survive the wire.
    factor: fc.oneof(fc.double().filter((x) => !Object.is(x, -0)), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)),
    bytes: fc.uint8Array({ maxLength: 40 }),
    attributes: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')), fc.string({ maxLength: 20 }), { maxKeys: 5 }),
  });

  it('decode ∘ encode is the identity on application values, and encode gives a strictly valid body', () => {
    const base = GetOTAUpdateResponseCodec.decode(fullResponse(1));
    fc.assert(
      fc.property(appValue, ({ ms, factor, bytes, attributes }) => {
        const info = base.otaUpdateInfo!;
        const app: GetOTAUpdateResponse = {
          otaUpdateInfo: {
            ...info,
            creationDate: new Date(ms),
            awsJobExecutionsRolloutConfig: { exponentialRate: { ...info.awsJobExecutionsRolloutConfig!.exponentialRate!, incrementFactor: factor } },
            otaUpdateFiles: [{ ...info.otaUpdateFiles![0]!, attributes, codeSigning: { customCodeSigning: { signature: { inlineDocument: bytes } } } }],
          },
        };
        expect(GetOTAUpdateResponseSchema.safeParse(app).success).toBe(true);
        const wire = GetOTAUpdateResponseCodec.encode(app);
        expect(GetOTAUpdateResponseJsonSchema.safeParse(JSON.parse(JSON.stringify(wire))).success).toBe(true);
        expect(GetOTAUpdateResponseCodec.decode(JSON.parse(JSON.stringify(wire)))).toEqual(app);
      }),
      { numRuns: 300 },
    );
  });

  it('encode rejects an invalid application value', () => {
    const app = GetOTAUpdateResponseCodec.decode(fullResponse(1));
    const bad = withValue(app, ['otaUpdateInfo', 'otaUpdateFiles', 0, 'fileType'], 300);
    expect(GetOTAUpdateResponseCodec.safeEncode(bad).success).toBe(false);
  });
});

/** What @aws-sdk/client-iot makes of a 200 response with this JSON body. */
async function sdkDecode(body: unknown): Promise<GetOTAUpdateCommandOutput> {
  const client = new IoTClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
    requestHandler: {
      handle: async () => ({
        response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from(JSON.stringify(body))]) },
      }),
    },
  });
  return client.send(new GetOTAUpdateCommand({ otaUpdateId: 'ota_update-1' }));
}

describe('agrees with @aws-sdk/client-iot', () => {
  it.each([
    ['the full body', fullResponse()],
    ['fractional seconds and non-finite doubles', withValue(withValue(fullResponse(1), ['otaUpdateInfo', 'creationDate'], 1700000000.1235), ['otaUpdateInfo', 'awsJobExecutionsRolloutConfig', 'exponentialRate', 'incrementFactor'], 'NaN')],
  ])('%s decodes to the same application value', async (_name, body) => {
    const sdk = await sdkDecode(body);
    const ours = GetOTAUpdateResponseCodec.decode(body);
    const { $metadata: _, ...sdkOutput } = sdk;
    expect(ours).toEqual(sdkOutput);
    expect(ours.otaUpdateInfo!.creationDate!.getTime()).toBe(sdk.otaUpdateInfo!.creationDate!.getTime());
  });
});

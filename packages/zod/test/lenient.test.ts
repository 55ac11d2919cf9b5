/**
 * Lenient mode (`@ota-contract/zod/lenient`): a client reading a response. JSON types are checked,
 * nothing the service may change later is.
 */
import { describe, expect, it } from 'vitest';
import * as lenient from '@ota-contract/zod/lenient';
import * as strict from '@ota-contract/zod';
import { fullResponse, REMOVE, withValue } from './payloads.js';

type Path = (string | number)[];
const info = (...rest: Path): Path => ['otaUpdateInfo', ...rest];
const rate = (...rest: Path): Path => info('awsJobExecutionsRolloutConfig', 'exponentialRate', ...rest);

function both(path: Path, value: unknown) {
  const body = withValue(fullResponse(), path, value);
  const s = strict.GetOTAUpdateResponseJsonSchema.safeParse(body);
  const l = lenient.GetOTAUpdateResponseJsonSchema.safeParse(body);
  return { strict: s.success, lenient: l.success ? [] : lenient.formatIssues(l.error), body };
}

it('exports the same names as the strict entry point', () => {
  expect(Object.keys(lenient).sort()).toEqual(Object.keys(strict).sort());
});

describe.each<[string, Path, unknown]>([
  ['an unknown enum value', info('otaUpdateStatus'), 'SOME_FUTURE_STATUS'],
  ['an unknown list enum value', info('protocols'), ['MQTT', 'QUIC', 'HTTP']],
  ['an empty list with a min length', info('otaUpdateFiles'), []],
  ['a pattern violation', info('otaUpdateId'), 'a b'],
  ['a too long description', info('description'), '😀'.repeat(2029)],
  ['a description with a newline', info('description'), 'a\nb'],
  ['a range violation', info('otaUpdateFiles', 0, 'fileType'), 256],
  ['an integer beyond 2^31', rate('rateIncreaseCriteria', 'numberOfNotifiedThings'), 2147483648],
  ['a long beyond 2^53', info('awsJobPresignedUrlConfig', 'expiresInSec'), 2 ** 60],
  ['a missing required member', rate('baseRatePerMinute'), REMOVE],
  ['a null optional member', info('description'), null],
  ['a null required member', rate('incrementFactor'), null],
  ['an unknown property', info('traceId'), 'abc'],
  ['null in a dense list', info('protocols'), ['MQTT', null]],
  ['null as a dense map value', info('additionalParameters'), { a: null }],
])('%s: strict rejects, lenient accepts', (_name, path, value) => {
  it('', () => {
    const r = both(path, value);
    expect(r.strict).toBe(false);
    expect(r.lenient).toEqual([]);
  });
});

describe.each<[string, Path, unknown, string]>([
  ['a string for a number', info('otaUpdateFiles', 0, 'fileType'), '1', 'otaUpdateInfo.otaUpdateFiles[0].fileType: must be an integer'],
  ['a fraction for an integer', info('otaUpdateFiles', 0, 'fileType'), 1.5, 'otaUpdateInfo.otaUpdateFiles[0].fileType: must be an integer'],
  ['an ISO date for a timestamp', info('creationDate'), '2023-11-14T22:13:20Z', 'otaUpdateInfo.creationDate: must be a number (epoch seconds)'],
  ['bad base64', info('otaUpdateFiles', 0, 'codeSigning', 'customCodeSigning', 'signature', 'inlineDocument'), 'AQI', 'otaUpdateInfo.otaUpdateFiles[0].codeSigning.customCodeSigning.signature.inlineDocument: must be base64 text'],
  ['a number for an enum', info('otaUpdateStatus'), 3, 'otaUpdateInfo.otaUpdateStatus: must be a string'],
  ['a wrong type beside a null list entry', info('targets'), ['a', null, 5], 'otaUpdateInfo.targets[2]: must be a string'],
  ['a wrong type beside a null map value', info('additionalParameters'), { a: null, b: 1 }, 'otaUpdateInfo.additionalParameters.b: must be a string'],
  ['an array for a structure', info('errorInfo'), [], 'otaUpdateInfo.errorInfo: must be an object'],
  ['a bad double string', rate('incrementFactor'), 'inf', 'otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: must be a number or one of "NaN", "Infinity", "-Infinity"'],
])('%s: rejected in lenient mode too', (_name, path, value, line) => {
  it('', () => expect(both(path, value).lenient).toEqual([line]));
});

describe('lenient decoding', () => {
  it('passes unknown enum values through and drops unknown properties', () => {
    const body = withValue(withValue(fullResponse(), info('otaUpdateStatus'), 'SOME_FUTURE_STATUS'), info('traceId'), 'abc');
    const app = lenient.GetOTAUpdateResponseCodec.decode(body);
    expect(app.otaUpdateInfo!.otaUpdateStatus).toBe('SOME_FUTURE_STATUS');
    expect(app.otaUpdateInfo).not.toHaveProperty('traceId');
  });

  it('treats null as absent and fills absent required members (client error correction)', () => {
    const body = { otaUpdateInfo: { description: null, awsJobExecutionsRolloutConfig: { exponentialRate: { baseRatePerMinute: null } } } };
    // `null` is outside the input type: lenient mode accepts it at run time all the same.
    const app = lenient.GetOTAUpdateResponseCodec.decode(body as never);
    expect(app.otaUpdateInfo!.description).toBeUndefined();
    // incrementFactor has @default(0); the others take their type's zero value.
    expect(app.otaUpdateInfo!.awsJobExecutionsRolloutConfig!.exponentialRate).toEqual({ baseRatePerMinute: 0, incrementFactor: 0, rateIncreaseCriteria: {} });
  });

  it('decodes a valid body exactly like strict mode', () => {
    expect(lenient.GetOTAUpdateResponseCodec.decode(fullResponse())).toEqual(strict.GetOTAUpdateResponseCodec.decode(fullResponse()));
  });

  it('keeps __proto__ map keys as entries', () => {
    const body = JSON.parse('{"otaUpdateInfo": {"additionalParameters": {"__proto__": "x"}}}');
    const params = lenient.GetOTAUpdateResponseCodec.decode(body).otaUpdateInfo!.additionalParameters!;
    expect(Object.keys(params)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });

  it('reads a real service error body (traceId, legacy fields)', () => {
    const body = { message: 'Not Found', traceId: 'c0ffee', __type: 'ResourceNotFoundException' };
    expect(lenient.ResourceNotFoundExceptionCodec.decode(body)).toEqual({ message: 'Not Found' });
    expect(strict.ResourceNotFoundExceptionJsonSchema.safeParse(body).success).toBe(false);
  });
});

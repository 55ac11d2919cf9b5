/**
 * Strict mode (`@ota-contract/zod`) on the GetOTAUpdate closure, one rule per table: given a valid
 * response body with one value changed, want exactly these `path: rule` lines.
 */
import { describe, expect, it } from 'vitest';
import {
  GetOTAUpdateRequestJsonSchema,
  GetOTAUpdateRequestSchema,
  GetOTAUpdateResponseCodec,
  GetOTAUpdateResponseJsonSchema,
  GetOTAUpdateSchemas,
  OTAUpdateInfoSchema,
  ThrottlingExceptionJsonSchema,
  formatIssues,
} from '@ota-contract/zod';
import { fullResponse, REMOVE, withValue } from './payloads.js';

type Path = (string | number)[];
const info = (...rest: Path): Path => ['otaUpdateInfo', ...rest];
const file0 = (...rest: Path): Path => info('otaUpdateFiles', 0, ...rest);
const rate = (...rest: Path): Path => info('awsJobExecutionsRolloutConfig', 'exponentialRate', ...rest);

function linesFor(path: Path, value: unknown): string[] {
  const r = GetOTAUpdateResponseJsonSchema.safeParse(withValue(fullResponse(), path, value));
  return r.success ? [] : formatIssues(r.error);
}

const PATTERN_ID = 'must match the pattern ^[a-zA-Z0-9_-]+$';
const PATTERN_DESCRIPTION = 'must match the pattern ^[^\\p{C}]+$';
const emoji = '😀';

it('the full body is valid', () => {
  expect(GetOTAUpdateResponseJsonSchema.safeParse(fullResponse()).success).toBe(true);
});

describe.each<[string, Path, [unknown, string[]][]]>([
  [
    '@length counts code points (otaUpdateId 1..128; emoji also fail its pattern)',
    info('otaUpdateId'),
    [
      ['a'.repeat(128), []],
      ['a'.repeat(129), ['otaUpdateInfo.otaUpdateId: must have at most 128 Unicode code points']],
      [emoji.repeat(128), [`otaUpdateInfo.otaUpdateId: ${PATTERN_ID}`]],
      [emoji.repeat(129), ['otaUpdateInfo.otaUpdateId: must have at most 128 Unicode code points', `otaUpdateInfo.otaUpdateId: ${PATTERN_ID}`]],
      ['', ['otaUpdateInfo.otaUpdateId: must have at least 1 Unicode code point', `otaUpdateInfo.otaUpdateId: ${PATTERN_ID}`]],
      ['a b', [`otaUpdateInfo.otaUpdateId: ${PATTERN_ID}`]],
    ],
  ],
  [
    'description: 0..2028 code points and ^[^\\p{C}]+$ with the u flag',
    info('description'),
    [
      [emoji.repeat(2028), []],
      ['𝒜'.repeat(2028), []],
      [emoji.repeat(2029), ['otaUpdateInfo.description: must have at most 2028 Unicode code points']],
      ['a'.repeat(2029), ['otaUpdateInfo.description: must have at most 2028 Unicode code points']],
      ['', [`otaUpdateInfo.description: ${PATTERN_DESCRIPTION}`]],
      ['line\nbreak', [`otaUpdateInfo.description: ${PATTERN_DESCRIPTION}`]],
      ['tab\there', [`otaUpdateInfo.description: ${PATTERN_DESCRIPTION}`]],
      ['zero\u200Bwidth', [`otaUpdateInfo.description: ${PATTERN_DESCRIPTION}`]],
      ['soft\u00ADhyphen', [`otaUpdateInfo.description: ${PATTERN_DESCRIPTION}`]],
      ['lone \uD800 surrogate', [`otaUpdateInfo.description: ${PATTERN_DESCRIPTION}`]],
      ['pC{} are letters', []],
    ],
  ],
  [
    'fileType: integer 0..255',
    file0('fileType'),
    [
      [-1, ['otaUpdateInfo.otaUpdateFiles[0].fileType: must be ≥ 0']],
      [0, []],
      [255, []],
      [256, ['otaUpdateInfo.otaUpdateFiles[0].fileType: must be ≤ 255']],
      [1.5, ['otaUpdateInfo.otaUpdateFiles[0].fileType: must be an integer']],
      ['1', ['otaUpdateInfo.otaUpdateFiles[0].fileType: must be an integer']],
      [null, ['otaUpdateInfo.otaUpdateFiles[0].fileType: must be an integer']],
    ],
  ],
  [
    'numberOfNotifiedThings: integer width and range min 1',
    rate('rateIncreaseCriteria', 'numberOfNotifiedThings'),
    [
      [2147483647, []],
      [2147483648, ['otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.rateIncreaseCriteria.numberOfNotifiedThings: must be ≤ 2147483647']],
      [0, ['otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.rateIncreaseCriteria.numberOfNotifiedThings: must be ≥ 1']],
    ],
  ],
  [
    'expiresInSec: a long (±(2^53−1)), no range',
    info('awsJobPresignedUrlConfig', 'expiresInSec'),
    [
      [-5, []],
      [9007199254740991, []],
      [9007199254740992, ['otaUpdateInfo.awsJobPresignedUrlConfig.expiresInSec: must be ≤ 9007199254740991']],
    ],
  ],
  [
    'incrementFactor: a double, "NaN"/"Infinity"/"-Infinity" as strings',
    rate('incrementFactor'),
    [
      ['NaN', []],
      ['Infinity', []],
      ['-Infinity', []],
      [0, []],
      ['nan', ['otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: must be a number or one of "NaN", "Infinity", "-Infinity"']],
      ['1.5', ['otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: must be a number or one of "NaN", "Infinity", "-Infinity"']],
      [REMOVE, ['otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: is required']],
    ],
  ],
  [
    'timestamps are epoch-second numbers',
    info('creationDate'),
    [
      [1700000000.123, []],
      [-1, []],
      ['2023-11-14T22:13:20Z', ['otaUpdateInfo.creationDate: must be a number (epoch seconds)']],
      ['1700000100.5', ['otaUpdateInfo.creationDate: must be a number (epoch seconds)']],
      [8640000000001, ['otaUpdateInfo.creationDate: must be ≤ 8640000000000']],
    ],
  ],
  [
    'blobs are base64',
    file0('codeSigning', 'customCodeSigning', 'signature', 'inlineDocument'),
    [
      ['', []],
      ['AQID', []],
      ['AQI', ['otaUpdateInfo.otaUpdateFiles[0].codeSigning.customCodeSigning.signature.inlineDocument: must be base64 text']],
      ['AQ-_', ['otaUpdateInfo.otaUpdateFiles[0].codeSigning.customCodeSigning.signature.inlineDocument: must be base64 text']],
      [[1, 2, 3], ['otaUpdateInfo.otaUpdateFiles[0].codeSigning.customCodeSigning.signature.inlineDocument: must be a string']],
    ],
  ],
  [
    'enums are closed',
    info('otaUpdateStatus'),
    [
      ['DELETE_FAILED', []],
      ['SOME_FUTURE_STATUS', ['otaUpdateInfo.otaUpdateStatus: must be one of CREATE_PENDING, CREATE_IN_PROGRESS, CREATE_COMPLETE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETE_FAILED']],
    ],
  ],
  [
    'list sizes and elements',
    info('protocols'),
    [
      [['MQTT'], []],
      [[], ['otaUpdateInfo.protocols: must have at least 1 entry']],
      [['MQTT', 'HTTP', 'MQTT'], ['otaUpdateInfo.protocols: must have at most 2 entries']],
      [['MQTT', null], ['otaUpdateInfo.protocols[1]: must be one of MQTT, HTTP']],
      ['MQTT', ['otaUpdateInfo.protocols: must be an array']],
    ],
  ],
  [
    'otaUpdateFiles: at least one, no maximum',
    info('otaUpdateFiles'),
    [
      [[], ['otaUpdateInfo.otaUpdateFiles: must have at least 1 entry']],
      [fullResponse(60).otaUpdateInfo!.otaUpdateFiles, []],
    ],
  ],
  [
    'map values: Value 0..4096 code points, any characters',
    file0('attributes'),
    [
      [{ a: '', b: 'multi\nline', c: emoji.repeat(4096) }, []],
      [{ a: emoji.repeat(4097) }, ['otaUpdateInfo.otaUpdateFiles[0].attributes.a: must have at most 4096 Unicode code points']],
      [{ 'a b': 1 }, ['otaUpdateInfo.otaUpdateFiles[0].attributes["a b"]: must be a string']],
      [{ a: null }, ['otaUpdateInfo.otaUpdateFiles[0].attributes.a: must be a string']],
    ],
  ],
  [
    'unknown properties and null optional members are rejected',
    info('errorInfo'),
    [
      [{ code: 'c', extra: 1 }, ['otaUpdateInfo.errorInfo.extra: is not allowed (unknown property)']],
      [{ code: null }, ['otaUpdateInfo.errorInfo.code: must be a string']],
      [null, ['otaUpdateInfo.errorInfo: must be an object']],
    ],
  ],
  [
    '@required members must be present',
    rate(),
    [
      [{ baseRatePerMinute: 1, incrementFactor: 0, rateIncreaseCriteria: {} }, []],
      [
        {},
        [
          'otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.baseRatePerMinute: is required',
          'otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: is required',
          'otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.rateIncreaseCriteria: is required',
        ],
      ],
    ],
  ],
])('%s', (_name, path, cases) => {
  it.each(cases.map(([given, want]) => ({ given, want, label: typeof given === 'string' && given.length > 40 ? `${given.slice(0, 12)}… (${given.length} units)` : given })))(
    '$label',
    ({ given, want }) => expect(linesFor(path, given)).toEqual(want),
  );
});

describe('map keys __proto__ and constructor', () => {
  it('are ordinary entries, validated and kept, with no prototype change', () => {
    const body = JSON.parse(JSON.stringify(fullResponse()).replace('"attributes":{', '"attributes":{"__proto__":"p","constructor":"c",'));
    const app = GetOTAUpdateResponseCodec.decode(body);
    const attrs = app.otaUpdateInfo!.otaUpdateFiles![0]!.attributes!;
    expect(Object.keys(attrs)).toEqual(['__proto__', 'constructor', 'model', 'hw rev', 'empty']);
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attrs, '__proto__')?.value).toBe('p');
    expect(({} as Record<string, unknown>).p).toBeUndefined();
    expect(GetOTAUpdateResponseCodec.encode(app)).toEqual(body);
  });

  it('an invalid value under __proto__ is reported', () => {
    const body = JSON.parse(JSON.stringify(fullResponse()).replace('"attributes":{', '"attributes":{"__proto__":{"polluted":1},'));
    expect(formatIssues(GetOTAUpdateResponseJsonSchema.safeParse(body).error!)).toEqual(['otaUpdateInfo.otaUpdateFiles[0].attributes.__proto__: must be a string']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an own __proto__ property of a structure is an unknown property', () => {
    const body = JSON.parse('{"otaUpdateInfo": {"__proto__": {"otaUpdateId": "x"}}}');
    expect(formatIssues(GetOTAUpdateResponseJsonSchema.safeParse(body).error!)).toEqual(['otaUpdateInfo.__proto__: is not allowed (unknown property)']);
  });
});

describe('the request: otaUpdateId is a required path label', () => {
  it.each<[unknown, string[]]>([
    [{ otaUpdateId: 'ota-1_A' }, []],
    [{ otaUpdateId: 'a'.repeat(128) }, []],
    [{}, ['otaUpdateId: is required']],
    [{ otaUpdateId: '' }, ['otaUpdateId: must have at least 1 Unicode code point', `otaUpdateId: ${PATTERN_ID}`]],
    [{ otaUpdateId: 'a b/c' }, [`otaUpdateId: ${PATTERN_ID}`]],
    [{ otaUpdateId: 'x', other: 1 }, ['other: is not allowed (unknown property)']],
  ])('%j', (given, want) => {
    const r = GetOTAUpdateRequestSchema.safeParse(given);
    expect(r.success ? [] : formatIssues(r.error)).toEqual(want);
    expect(GetOTAUpdateSchemas.path.safeParse(given).success).toBe(want.length === 0);
  });

  it('has an empty JSON body', () => {
    expect(GetOTAUpdateRequestJsonSchema.safeParse({}).success).toBe(true);
    expect(formatIssues(GetOTAUpdateRequestJsonSchema.safeParse({ otaUpdateId: 'x' }).error!)).toEqual(['otaUpdateId: is not allowed (unknown property)']);
  });
});

describe('error bodies', () => {
  it.each<[unknown, string[]]>([
    [{ message: 'Rate exceeded' }, []],
    [{}, []],
    [{ message: 'm', __type: 'com.amazonaws.iot#ThrottlingException' }, []],
    [{ message: 'm', code: 'ThrottlingException' }, []],
    [{ message: 'm', code: 400 }, ['code: must be a string']],
    [{ message: 'm', traceId: 'abc' }, ['traceId: is not allowed (unknown property)']],
    [{ Message: 'm' }, ['Message: is not allowed (unknown property)']],
  ])('%j', (given, want) => {
    const r = ThrottlingExceptionJsonSchema.safeParse(given);
    expect(r.success ? [] : formatIssues(r.error)).toEqual(want);
  });

  it('every modeled error of the operation has a codec', () => {
    expect(Object.keys(GetOTAUpdateSchemas.errors)).toEqual([
      'InternalFailureException',
      'InvalidRequestException',
      'ResourceNotFoundException',
      'ServiceUnavailableException',
      'ThrottlingException',
      'UnauthorizedException',
    ]);
  });
});

describe('application form', () => {
  const app = () => GetOTAUpdateResponseCodec.decode(fullResponse()).otaUpdateInfo!;
  it.each<[string, Path, unknown, string[]]>([
    ['an invalid Date', ['creationDate'], new Date(Number.NaN), ['creationDate: must be a valid Date']],
    ['a number for a Date', ['creationDate'], 1700000000, ['creationDate: must be a valid Date']],
    ['a string for bytes', ['otaUpdateFiles', 0, 'codeSigning', 'customCodeSigning', 'signature', 'inlineDocument'], 'AQID', ['otaUpdateFiles[0].codeSigning.customCodeSigning.signature.inlineDocument: must be a Uint8Array']],
    ['NaN for a double', ['awsJobExecutionsRolloutConfig', 'exponentialRate', 'incrementFactor'], Number.NaN, []],
    ['a wire string for a double', ['awsJobExecutionsRolloutConfig', 'exponentialRate', 'incrementFactor'], 'NaN', ['awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: must be a number']],
    ['Infinity for an integer', ['otaUpdateFiles', 0, 'fileType'], Number.POSITIVE_INFINITY, ['otaUpdateFiles[0].fileType: must be an integer']],
  ])('%s', (_name, path, value, want) => {
    const r = OTAUpdateInfoSchema.safeParse(withValue(app(), path, value));
    expect(r.success ? [] : formatIssues(r.error)).toEqual(want);
  });
});

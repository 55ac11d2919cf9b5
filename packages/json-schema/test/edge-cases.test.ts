/**
 * Named edge cases of docs/VALIDATION.md, each checked against ajv on the schema document and the
 * precompiled validator, in both modes. `want` is what VALIDATION.md says: [strict, lenient].
 */

import { describe, expect, it } from 'vitest';
import type { SchemaEntryName } from '../src/entries.gen.js';
import { documentLogs, verdict } from './support/judges.js';

type Want = [strict: boolean, lenient: boolean];
interface Case {
  name: string;
  entry: SchemaEntryName;
  value: unknown;
  want: Want;
}

const ACCEPT: Want = [true, true];
const REJECT: Want = [false, false];
const LENIENT_ONLY: Want = [false, true];

const info = (patch: Record<string, unknown>) => ({ otaUpdateInfo: { otaUpdateId: 'ota-1', ...patch } });
const file = (patch: Record<string, unknown>) => info({ otaUpdateFiles: [{ fileName: 'a.bin', ...patch }] });
const rollout = (patch: Record<string, unknown>) =>
  info({ awsJobExecutionsRolloutConfig: { exponentialRate: { baseRatePerMinute: 10, incrementFactor: 2, rateIncreaseCriteria: {}, ...patch } } });
const criteria = (n: unknown) => rollout({ rateIncreaseCriteria: { numberOfNotifiedThings: n } });
const signature = (b64: unknown) => file({ codeSigning: { customCodeSigning: { signature: { inlineDocument: b64 } } } });
const astral = (n: number) => '😀'.repeat(n);

const response = (name: string, value: unknown, want: Want): Case => ({ name, entry: 'GetOTAUpdateResponse', value, want });

const cases: Case[] = [
  // @length counts code points: 😀 is one code point but two UTF-16 units.
  response('description of 2028 astral characters (4056 UTF-16 units)', info({ description: astral(2028) }), ACCEPT),
  response('description of 2029 astral characters', info({ description: astral(2029) }), LENIENT_ONLY),
  response('description of 1014 astral + 1014 ASCII (2028 code points, 3042 units)', info({ description: astral(1014) + 'a'.repeat(1014) }), ACCEPT),
  response('description of 2027 ASCII + 1 astral (2028 code points, 2029 units)', info({ description: 'a'.repeat(2027) + '😀' }), ACCEPT),
  response('description of 2029 ASCII characters', info({ description: 'a'.repeat(2029) }), LENIENT_ONLY),
  response('attribute value of 4096 astral characters', file({ attributes: { k: astral(4096) } }), ACCEPT),
  response('attribute value of 4097 astral characters', file({ attributes: { k: astral(4097) } }), LENIENT_ONLY),
  response('attribute value with newlines (pattern ^[\\s\\S]*$ matches anything)', file({ attributes: { k: 'a\nb\u0000' } }), ACCEPT),
  response('otaUpdateId of 128 characters', info({ otaUpdateId: 'a'.repeat(128) }), ACCEPT),
  response('otaUpdateId of 129 characters', info({ otaUpdateId: 'a'.repeat(129) }), LENIENT_ONLY),
  response('otaUpdateId with an astral character (pattern)', info({ otaUpdateId: 'ota😀' }), LENIENT_ONLY),
  response('empty streamId (min 1)', file({ fileLocation: { stream: { streamId: '' } } }), LENIENT_ONLY),
  // ^[^\p{C}]+$ with the u flag: no "Other" characters, and at least one character.
  ...[
    ['newline', '\n'],
    ['TAB', '\t'],
    ['U+200B zero width space (Cf)', '\u200b'],
    ['U+00AD soft hyphen (Cf)', '\u00ad'],
    ['lone surrogate U+D800 (Cs)', '\ud800'],
    ['U+E000 private use (Co)', '\ue000'],
    ['U+0378 unassigned (Cn)', '\u0378'],
  ].map(([what, ch]) => response(`description with ${what}`, info({ description: `before${ch}after` }), LENIENT_ONLY)),
  response('description with U+2028 line separator (Zl, not C)', info({ description: 'a\u2028b' }), ACCEPT),
  response('description with a combining accent (Mn)', info({ description: 'e\u0301' }), ACCEPT),
  response('the letters p{C} in a description (meaningful only without the u flag)', info({ description: 'p{C}' }), ACCEPT),
  response('empty description (min 0, but the pattern needs a character)', info({ description: '' }), LENIENT_ONLY),
  // Timestamps: epoch seconds as JSON numbers, within the range of a JS Date.
  response('fractional epoch seconds', info({ creationDate: 1700000000.123 }), ACCEPT),
  response('ISO date string for a timestamp', info({ creationDate: '2023-11-14T22:13:20Z' }), REJECT),
  response('numeric string for a timestamp', info({ creationDate: '1700000000' }), REJECT),
  response('timestamp at +8.64e12 seconds', info({ lastModifiedDate: 8640000000000 }), ACCEPT),
  response('timestamp just past +8.64e12 seconds', info({ lastModifiedDate: 8640000000001 }), REJECT),
  response('timestamp at -8.64e12 seconds', info({ lastModifiedDate: -8640000000000 }), ACCEPT),
  response('timestamp 1e300', info({ lastModifiedDate: 1e300 }), REJECT),
  // Doubles: NaN and the infinities travel as these exact strings.
  ...['NaN', 'Infinity', '-Infinity'].map((s) => response(`incrementFactor ${JSON.stringify(s)}`, rollout({ incrementFactor: s }), ACCEPT)),
  ...['nan', '+Infinity', 'inf', '1.5', ''].map((s) => response(`incrementFactor ${JSON.stringify(s)}`, rollout({ incrementFactor: s }), REJECT)),
  response('incrementFactor 1.5', rollout({ incrementFactor: 1.5 }), ACCEPT),
  // Blobs: standard base64 with padding.
  ...['', 'AQID', 'AQ==', 'AQI=', 'AQIDBA=='].map((b) => response(`signature ${JSON.stringify(b)}`, signature(b), ACCEPT)),
  ...['AQI', 'A===', 'AQ=D', '-_8=', 'AQID\n', 'AQ ID', '====', 'AQ='].map((b) => response(`bad base64 signature ${JSON.stringify(b)}`, signature(b), REJECT)),
  response('signature as a byte array', signature([1, 2, 3]), REJECT),
  // Enums are closed in strict mode, open in lenient mode.
  response('unknown otaUpdateStatus', info({ otaUpdateStatus: 'SOME_FUTURE_STATUS' }), LENIENT_ONLY),
  response('lower-case otaUpdateStatus', info({ otaUpdateStatus: 'create_pending' }), LENIENT_ONLY),
  response('otaUpdateStatus DELETE_FAILED (added after 2022)', info({ otaUpdateStatus: 'DELETE_FAILED' }), ACCEPT),
  response('unknown protocol in the list', info({ protocols: ['MQTT', 'QUIC'] }), LENIENT_ONLY),
  response('numeric otaUpdateStatus', info({ otaUpdateStatus: 1 }), REJECT),
  // Unknown fields.
  response('extra field in otaUpdateInfo', info({ somethingNew: 1 }), LENIENT_ONLY),
  response('extra field at the root', { otaUpdateInfo: {}, extra: true }, LENIENT_ONLY),
  response('__proto__ field in a structure', { otaUpdateInfo: JSON.parse('{"__proto__": {"x": 1}}') }, LENIENT_ONLY),
  response('constructor field in a structure', info({ constructor: 'x' }), LENIENT_ONLY),
  // Map keys are ordinary strings.
  response('__proto__, constructor and toString keys in attributes', file({ attributes: JSON.parse('{"__proto__": "x", "constructor": "y", "toString": "z"}') }), ACCEPT),
  response('__proto__ key with a number value in additionalParameters', info({ additionalParameters: JSON.parse('{"__proto__": 1}') }), REJECT),
  response('constructor key with an object value', info({ additionalParameters: { constructor: {} } }), REJECT),
  response('empty map key', info({ additionalParameters: { '': 'v' } }), ACCEPT),
  response('null map value (dense map)', info({ additionalParameters: { k: null } }), LENIENT_ONLY),
  // Integer ranges and widths.
  ...([[-1, LENIENT_ONLY], [0, ACCEPT], [255, ACCEPT], [256, LENIENT_ONLY], [1.5, REJECT], ['1', REJECT]] as const).map(([n, want]) => response(`fileType ${JSON.stringify(n)}`, file({ fileType: n }), want)),
  ...([[2147483648, LENIENT_ONLY], [2147483647, ACCEPT], [0, LENIENT_ONLY], [1, ACCEPT], [1e300, LENIENT_ONLY], [1.5, REJECT]] as const).map(([n, want]) =>
    response(`numberOfNotifiedThings ${n}`, criteria(n), want),
  ),
  response('expiresInSec 2^53 (beyond long)', info({ awsJobPresignedUrlConfig: { expiresInSec: 2 ** 53 } }), LENIENT_ONLY),
  response('expiresInSec 2^53 - 1', info({ awsJobPresignedUrlConfig: { expiresInSec: 2 ** 53 - 1 } }), ACCEPT),
  // Nulls, required members, list bounds.
  response('null description', info({ description: null }), LENIENT_ONLY),
  response('null otaUpdateInfo', { otaUpdateInfo: null }, LENIENT_ONLY),
  response('null list element (dense list)', info({ targets: ['a', null] }), LENIENT_ONLY),
  response('protocols ["MQTT", null] (dense list of enums)', info({ protocols: ['MQTT', null] }), LENIENT_ONLY),
  response('null list element and a wrong-typed one', info({ protocols: [null, 1] }), REJECT),
  response('null map value beside a wrong-typed one', info({ additionalParameters: { a: null, b: 1 } }), REJECT),
  response('empty targets (min 1)', info({ targets: [] }), LENIENT_ONLY),
  response('three protocols (max 2)', info({ protocols: ['MQTT', 'HTTP', 'MQTT'] }), LENIENT_ONLY),
  response('exponentialRate without the required incrementFactor', rollout({ incrementFactor: undefined }), LENIENT_ONLY),
  response('required incrementFactor sent as null', rollout({ incrementFactor: null }), LENIENT_ONLY),
  response('empty response body', {}, ACCEPT),
  ...[null, [], 'x', 1].map((v) => response(`response body ${JSON.stringify(v)}`, v, REJECT)),
  // Request path labels.
  { name: 'path label of 128 characters', entry: 'GetOTAUpdateRequestPath', value: { otaUpdateId: 'a'.repeat(128) }, want: ACCEPT },
  { name: 'path label of 129 characters', entry: 'GetOTAUpdateRequestPath', value: { otaUpdateId: 'a'.repeat(129) }, want: LENIENT_ONLY },
  { name: 'path label with a space', entry: 'GetOTAUpdateRequestPath', value: { otaUpdateId: 'a b' }, want: LENIENT_ONLY },
  { name: 'empty path label', entry: 'GetOTAUpdateRequestPath', value: { otaUpdateId: '' }, want: LENIENT_ONLY },
  { name: 'missing path label', entry: 'GetOTAUpdateRequestPath', value: {}, want: LENIENT_ONLY },
  { name: 'numeric path label', entry: 'GetOTAUpdateRequestPath', value: { otaUpdateId: 7 }, want: REJECT },
  // Error bodies: __type and code may carry the error type in strict mode.
  { name: 'error body with message', entry: 'ThrottlingException', value: { message: 'Rate exceeded' }, want: ACCEPT },
  { name: 'error body with __type and code', entry: 'ThrottlingException', value: { message: 'm', __type: 'com.amazonaws.iot#ThrottlingException', code: 'ThrottlingException' }, want: ACCEPT },
  { name: 'error body with traceId (the real service)', entry: 'ResourceNotFoundException', value: { message: 'Not Found', traceId: 'abc' }, want: LENIENT_ONLY },
  { name: 'error body with a numeric __type', entry: 'InvalidRequestException', value: { __type: 1 }, want: LENIENT_ONLY },
  { name: 'error body with a numeric message', entry: 'InternalFailureException', value: { message: 1 }, want: REJECT },
  { name: 'error body with Message (capitalised)', entry: 'UnauthorizedException', value: { Message: 'm' }, want: LENIENT_ONLY },
];

const modes = ['strict', 'lenient'] as const;

describe('named edge cases: ajv on the document and the precompiled validator, both modes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const value = JSON.parse(JSON.stringify(c.value)) as unknown;
    for (const [i, mode] of modes.entries()) {
      expect({ mode, ...verdict(c.entry, mode, value) }).toEqual({ mode, document: c.want[i], precompiled: c.want[i] });
    }
  });

  it('ajv logged nothing while compiling and running the documents', () => {
    expect(documentLogs()).toEqual([]);
  });
});

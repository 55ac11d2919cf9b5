import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_EPOCH_SECONDS,
  dateTimeToDate,
  dateToDateTime,
  dateToEpochSeconds,
  dateToHttpDate,
  epochSecondsToDate,
  httpDateToDate,
  isDateTime,
  isEpochSeconds,
  isHttpDate,
} from '../../src/runtime/timestamps.js';

describe('epoch seconds', () => {
  it.each([
    [1700000000.123, '2023-11-14T22:13:20.123Z'],
    [1700000000, '2023-11-14T22:13:20.000Z'],
    [0, '1970-01-01T00:00:00.000Z'],
    [-1.5, '1969-12-31T23:59:58.500Z'],
    [1700000000.1234, '2023-11-14T22:13:20.123Z'], // rounds to ms like the SDK
    [1700000000.1235, '2023-11-14T22:13:20.124Z'],
  ])('%d → %s', (seconds, iso) => {
    expect(epochSecondsToDate(seconds).toISOString()).toBe(iso);
  });

  it.each([
    [0, true],
    [MAX_EPOCH_SECONDS, true],
    [-MAX_EPOCH_SECONDS, true],
    [MAX_EPOCH_SECONDS + 1, false],
    [Number.POSITIVE_INFINITY, false],
    [Number.NaN, false],
    ['1700000000', false],
  ])('isEpochSeconds(%j) = %s', (v, want) => expect(isEpochSeconds(v)).toBe(want));

  it('every accepted value decodes to a valid Date, and encoding gives the seconds back to the ms', () => {
    fc.assert(
      fc.property(fc.double({ min: -MAX_EPOCH_SECONDS, max: MAX_EPOCH_SECONDS, noNaN: true }), (s) => {
        const d = epochSecondsToDate(s);
        expect(Number.isNaN(d.getTime())).toBe(false);
        // `+ 0` folds -0 into 0: a Date has no negative zero.
        expect(dateToEpochSeconds(d) + 0).toBe(Math.round(s * 1000) / 1000 + 0);
      }),
    );
  });
});

// ajv-formats is the reference the JSON Schema package checks `date-time` with.
const require = createRequire(import.meta.url);
const ajvFormats = require('ajv-formats/dist/formats.js') as { fullFormats: Record<string, { validate: (s: string) => boolean }> };
const ajvDateTime = ajvFormats.fullFormats['date-time']!.validate;

describe('date-time', () => {
  it.each([
    ['2023-11-14T22:13:20Z', true, '2023-11-14T22:13:20.000Z'],
    ['2023-11-14T22:13:20.123Z', true, '2023-11-14T22:13:20.123Z'],
    ['2023-11-14t22:13:20z', true, '2023-11-14T22:13:20.000Z'],
    ['2023-11-14 22:13:20Z', true, '2023-11-14T22:13:20.000Z'],
    ['2023-11-14T23:13:20+01:00', true, '2023-11-14T22:13:20.000Z'],
    ['2023-11-14T21:13:20-0100', true, '2023-11-14T22:13:20.000Z'],
    ['2016-12-31T23:59:60Z', true, '2017-01-01T00:00:00.000Z'], // leap second
    ['2024-02-29T00:00:00Z', true, '2024-02-29T00:00:00.000Z'],
    ['0099-01-01T00:00:00Z', true, '0099-01-01T00:00:00.000Z'],
    ['2023-02-29T00:00:00Z', false, undefined],
    ['2023-11-14T22:13:20', false, undefined], // no time zone
    ['2023-11-14', false, undefined],
    ['2023-11-14T24:00:00Z', false, undefined],
    ['2023-11-14T22:13:60Z', false, undefined],
    ['1700000000', false, undefined],
  ])('%j valid=%s', (text, valid, iso) => {
    expect(isDateTime(text)).toBe(valid);
    expect(ajvDateTime(text)).toBe(valid);
    if (iso) expect(dateTimeToDate(text).toISOString()).toBe(iso);
  });

  it('agrees with ajv-formats on generated near-miss strings', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '6', '9'), minLength: n, maxLength: n });
    const text = fc
      .tuple(digits(4), digits(2), digits(2), fc.constantFrom('T', 't', ' ', 'x'), digits(2), digits(2), digits(2), fc.constantFrom('', '.5', '.123'), fc.constantFrom('', 'Z', 'z', '+01:00', '-2359', '+24:00', '+0160'))
      .map(([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`);
    fc.assert(
      fc.property(text, (t) => {
        expect(isDateTime(t), t).toBe(ajvDateTime(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('encodes like the AWS SDK (no .000)', () => {
    expect(dateToDateTime(new Date('2023-11-14T22:13:20.000Z'))).toBe('2023-11-14T22:13:20Z');
    expect(dateToDateTime(new Date('2023-11-14T22:13:20.120Z'))).toBe('2023-11-14T22:13:20.120Z');
  });
});

describe('http-date', () => {
  it.each([
    ['Tue, 14 Nov 2023 22:13:20 GMT', true],
    ['Thu, 01 Jan 1970 00:00:00 GMT', true],
    ['Tue, 14 Nov 2023 22:13:20 UTC', false],
    ['Tuesday, 14-Nov-23 22:13:20 GMT', false],
    ['Tue, 4 Nov 2023 22:13:20 GMT', false],
  ])('%j valid=%s', (text, valid) => expect(isHttpDate(text)).toBe(valid));

  it('round-trips through toUTCString', () => {
    const d = new Date('2023-11-14T22:13:20Z');
    expect(dateToHttpDate(d)).toBe('Tue, 14 Nov 2023 22:13:20 GMT');
    expect(httpDateToDate(dateToHttpDate(d)).getTime()).toBe(d.getTime());
  });
});

/**
 * The rule texts of docs/VALIDATION.md ("Error messages"). Every check puts one of these in its
 * issue's `message`, so `formatIssues` prints `path: rule` and @ota-contract/json-schema can print
 * the same lines from ajv's errors.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const MSG = {
  required: 'is required',
  unknownProperty: 'is not allowed (unknown property)',
  string: 'must be a string',
  boolean: 'must be a boolean',
  integer: 'must be an integer',
  number: 'must be a number',
  wireDouble: 'must be a number or one of "NaN", "Infinity", "-Infinity"',
  epochSeconds: 'must be a number (epoch seconds)',
  dateTime: 'must be an RFC 3339 date-time with a time zone',
  httpDate: 'must be an IMF-fixdate HTTP date',
  base64: 'must be base64 text',
  date: 'must be a valid Date',
  bytes: 'must be a Uint8Array',
  bigint: 'must be a bigint',
  decimal: 'must be a decimal number string',
  json: 'must be a JSON value',
  array: 'must be an array',
  object: 'must be an object',
  notNull: 'must not be null',
  oneMember: 'must set exactly one member',
  unique: 'must not contain duplicate items',
  oneOf: (values: readonly (string | number)[]) => `must be one of ${values.join(', ')}`,
  minCodePoints: (n: number) => `must have at least ${plural(n, 'Unicode code point', 'Unicode code points')}`,
  maxCodePoints: (n: number) => `must have at most ${plural(n, 'Unicode code point', 'Unicode code points')}`,
  minEntries: (n: number) => `must have at least ${plural(n, 'entry', 'entries')}`,
  maxEntries: (n: number) => `must have at most ${plural(n, 'entry', 'entries')}`,
  minBytes: (n: number) => `must have at least ${plural(n, 'byte', 'bytes')}`,
  maxBytes: (n: number) => `must have at most ${plural(n, 'byte', 'bytes')}`,
  pattern: (source: string) => `must match the pattern ${source}`,
  /** `text` is the bound as the model writes it (`1.1`, `255`), or the integer width's bound. */
  min: (text: string) => `must be ≥ ${text}`,
  max: (text: string) => `must be ≤ ${text}`,
  key: (rule: string) => `key ${rule}`,
} as const;

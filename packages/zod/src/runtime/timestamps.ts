/**
 * Timestamp wire formats of restJson1 and their conversion to `Date`, as docs/VALIDATION.md fixes
 * them: epoch seconds (the body default), RFC 3339 `date-time` (checked exactly like ajv-formats 3's
 * full `date-time`, so zod and JSON Schema agree), and IMF-fixdate `http-date`.
 */

/** A JS `Date` holds ±8.64e15 ms; wire seconds outside this would decode to an invalid Date. */
export const MAX_EPOCH_SECONDS = 8_640_000_000_000;

export function isEpochSeconds(v: unknown): v is number {
  return typeof v === 'number' && v >= -MAX_EPOCH_SECONDS && v <= MAX_EPOCH_SECONDS;
}

/** Rounds to milliseconds exactly like the AWS SDK's `parseEpochTimestamp`. */
export function epochSecondsToDate(seconds: number): Date {
  return new Date(Math.round(seconds * 1000));
}

export function dateToEpochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

export function isValidDate(v: unknown): v is Date {
  return v instanceof Date && !Number.isNaN(v.getTime());
}

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function validDate(text: string): RegExpExecArray | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]!) ? m : undefined;
}

function validTime(text: string): RegExpExecArray | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const hr = +m[1]!;
  const min = +m[2]!;
  const sec = +m[3]!;
  const tzSign = m[5] === '-' ? -1 : 1;
  const tzH = +(m[6] || 0);
  const tzM = +(m[7] || 0);
  // A time zone is mandatory (ajv-formats' strictTimeZone).
  if (tzH > 23 || tzM > 59 || !m[4]) return undefined;
  if (hr <= 23 && min <= 59 && sec < 60) return m;
  // A leap second is only valid at 23:59:60 UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61 ? m : undefined;
}

/** RFC 3339 `date-time` with a time zone, accepted exactly when ajv-formats 3 (full) accepts it. */
export function isDateTime(text: string): boolean {
  const parts = text.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && validDate(parts[0]!) !== undefined && validTime(parts[1]!) !== undefined;
}

function utc(year: number, month: number, day: number, hours: number, minutes: number, ms: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hours, minutes, 0, ms);
  return d.getTime();
}

/** Decodes a `date-time` accepted by `isDateTime`; fractional seconds round to milliseconds. */
export function dateTimeToDate(text: string): Date {
  const parts = text.split(DATE_TIME_SEPARATOR);
  const d = validDate(parts[0] ?? '');
  const t = validTime(parts[1] ?? '');
  if (!d || !t) return new Date(Number.NaN);
  const offsetMinutes = t[4]!.toLowerCase() === 'z' ? 0 : (t[5] === '-' ? -1 : 1) * (+t[6]! * 60 + +(t[7] || 0));
  const ms = Math.round(+t[3]! * 1000);
  return new Date(utc(+d[1]!, +d[2]!, +d[3]!, +t[1]!, +t[2]!, ms) - offsetMinutes * 60_000);
}

/** What the AWS SDK sends: ISO 8601 in UTC, without `.000` when the milliseconds are zero. */
export function dateToDateTime(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

export const HTTP_DATE_PATTERN =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isHttpDate(text: string): boolean {
  return HTTP_DATE_PATTERN.test(text);
}

/** Decodes an IMF-fixdate; out-of-range fields roll over as `Date` arithmetic does. */
export function httpDateToDate(text: string): Date {
  const m = HTTP_DATE_PATTERN.exec(text);
  if (!m) return new Date(Number.NaN);
  return new Date(utc(+m[3]!, MONTHS.indexOf(m[2]!) + 1, +m[1]!, +m[4]!, +m[5]!, +m[6]! * 1000));
}

export function dateToHttpDate(date: Date): string {
  return date.toUTCString();
}

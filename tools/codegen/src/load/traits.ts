/**
 * Checks the value of every trait the generator reads. A trait with a wrong value is reported here,
 * with its pointer, instead of surfacing later as a confusing emitter failure.
 */

import { translatePattern } from '../ir/pattern.js';
import type { ModelIssue } from './errors.js';

type Check = (value: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonNegativeInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const annotation: Check = (v) => (isObject(v) ? undefined : 'must be an object ({})');
const nonEmptyString: Check = (v) => (typeof v === 'string' && v.length > 0 ? undefined : 'must be a non-empty string');

const length: Check = (v) => {
  if (!isObject(v)) return 'must be an object with min and/or max';
  const { min, max } = v;
  if (min === undefined && max === undefined) return 'needs min or max';
  if (min !== undefined && !isNonNegativeInt(min)) return `min must be a non-negative integer, got ${JSON.stringify(min)}`;
  if (max !== undefined && !isNonNegativeInt(max)) return `max must be a non-negative integer, got ${JSON.stringify(max)}`;
  if (typeof min === 'number' && typeof max === 'number' && min > max) return `min ${min} is greater than max ${max}`;
  return undefined;
};

const range: Check = (v) => {
  if (!isObject(v)) return 'must be an object with min and/or max';
  const { min, max } = v;
  if (min === undefined && max === undefined) return 'needs min or max';
  for (const [k, n] of [['min', min], ['max', max]] as const) {
    if (n !== undefined && (typeof n !== 'number' || !Number.isFinite(n))) return `${k} must be a finite number, got ${JSON.stringify(n)}`;
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) return `min ${min} is greater than max ${max}`;
  return undefined;
};

const pattern: Check = (v) => {
  if (typeof v !== 'string') return 'must be a string';
  try {
    new RegExp(translatePattern(v), 'u');
    return undefined;
  } catch (e) {
    return `is not a valid ECMAScript regular expression with the u flag: ${JSON.stringify(v)} (${(e as Error).message})`;
  }
};

const http: Check = (v) => {
  if (!isObject(v)) return 'must be an object with method, uri and code';
  if (typeof v.method !== 'string' || !/^[A-Z]+$/.test(v.method)) return `method must be an upper-case HTTP method, got ${JSON.stringify(v.method)}`;
  if (typeof v.uri !== 'string' || !v.uri.startsWith('/')) return `uri must be a string starting with "/", got ${JSON.stringify(v.uri)}`;
  if (v.code !== undefined && !(Number.isInteger(v.code) && (v.code as number) >= 100 && (v.code as number) <= 599)) {
    return `code must be an HTTP status 100..599, got ${JSON.stringify(v.code)}`;
  }
  return undefined;
};

const httpError: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 400 && (v as number) <= 599 ? undefined : `must be an HTTP error status 400..599, got ${JSON.stringify(v)}`;

const error: Check = (v) => (v === 'client' || v === 'server' ? undefined : `must be "client" or "server", got ${JSON.stringify(v)}`);

const timestampFormat: Check = (v) =>
  v === 'epoch-seconds' || v === 'date-time' || v === 'http-date' ? undefined : `must be epoch-seconds, date-time or http-date, got ${JSON.stringify(v)}`;

const documentation: Check = (v) => (typeof v === 'string' ? undefined : 'must be a string');

const deprecated: Check = (v) => (isObject(v) ? undefined : 'must be an object');

const paginated: Check = (v) => {
  if (!isObject(v)) return 'must be an object';
  for (const k of ['inputToken', 'outputToken', 'items', 'pageSize']) {
    if (v[k] !== undefined && typeof v[k] !== 'string') return `${k} must be a string`;
  }
  return undefined;
};

const enumValue: Check = (v) => (typeof v === 'string' || Number.isInteger(v) ? undefined : 'must be a string (enum) or an integer (intEnum)');

/** Trait id → value check. Traits not listed are carried through unchecked (documentation-like or unused). */
export const TRAIT_CHECKS: Readonly<Record<string, Check>> = {
  'smithy.api#length': length,
  'smithy.api#range': range,
  'smithy.api#pattern': pattern,
  'smithy.api#required': annotation,
  'smithy.api#clientOptional': annotation,
  'smithy.api#sparse': annotation,
  'smithy.api#uniqueItems': annotation,
  'smithy.api#sensitive': annotation,
  'smithy.api#input': annotation,
  'smithy.api#output': annotation,
  'smithy.api#httpLabel': annotation,
  'smithy.api#httpPayload': annotation,
  'smithy.api#httpQueryParams': annotation,
  'smithy.api#httpResponseCode': annotation,
  'smithy.api#idempotencyToken': annotation,
  'smithy.api#idempotent': annotation,
  'smithy.api#readonly': annotation,
  'smithy.api#httpQuery': nonEmptyString,
  'smithy.api#httpHeader': (v) => (typeof v === 'string' && HEADER_TOKEN.test(v) ? undefined : 'must be an HTTP header name (an RFC 9110 token: letters, digits and !#$%&\'*+-.^_`|~; no spaces, CR or LF)'),
  'smithy.api#httpPrefixHeaders': (v) => (typeof v === 'string' && (v === '' || HEADER_TOKEN.test(v)) ? undefined : 'must be a header name prefix (RFC 9110 token characters only, or "")'),
  'smithy.api#jsonName': nonEmptyString,
  'smithy.api#mediaType': nonEmptyString,
  'smithy.api#http': http,
  'smithy.api#httpError': httpError,
  'smithy.api#error': error,
  'smithy.api#timestampFormat': timestampFormat,
  'smithy.api#documentation': documentation,
  'smithy.api#deprecated': deprecated,
  'smithy.api#paginated': paginated,
  'smithy.api#enumValue': enumValue,
  'smithy.api#retryable': (v) => (isObject(v) ? undefined : 'must be an object'),
  'smithy.api#mixin': (v) => (isObject(v) && (v.localTraits === undefined || Array.isArray(v.localTraits)) ? undefined : 'must be an object (with an optional localTraits list)'),
  // Smithy 1 enum strings; normalize.ts turns well-formed ones into enum shapes before this runs.
  'smithy.api#enum': (v) =>
    Array.isArray(v) && v.length > 0 && v.every((d) => isObject(d) && typeof d.value === 'string')
      ? undefined
      : 'must be a non-empty list of { value: string, name?: string }',
};

/** RFC 9110 `token`: what a header field name may hold. CR/LF here would split the HTTP message. */
const HEADER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Trait keys of the JSON AST are absolute shape ids (`smithy.api#required`, `aws.api#service`). */
const TRAIT_ID = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*(?:\.(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*)*#(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;

export function checkTraits(traits: unknown, shapeId: string, at: string): ModelIssue[] {
  if (traits === undefined) return [];
  if (!isObject(traits)) return [{ shapeId, pointer: at, message: 'traits must be an object' }];
  const issues: ModelIssue[] = [];
  for (const [id, value] of Object.entries(traits)) {
    const known = Object.hasOwn(TRAIT_CHECKS, id);
    if (!known && !TRAIT_ID.test(id)) {
      issues.push({ shapeId, pointer: `${at}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `trait key ${JSON.stringify(id)} is not an absolute shape id (namespace#Name)` });
      continue;
    }
    // Own entries only: the table is a plain object literal.
    const message = known ? TRAIT_CHECKS[id]!(value) : undefined;
    if (message) issues.push({ shapeId, pointer: `${at}/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `trait ${id} ${message}` });
  }
  return issues;
}

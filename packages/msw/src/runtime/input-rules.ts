/**
 * Server-side input checks in Smithy's terms, over the application-form input the handler read:
 *
 * - *malformed* (the request cannot be deserialized into the input shape: a string where a number
 *   goes, an integer out of its type's range, an invalid timestamp, a union with zero or two
 *   members set) → the caller answers `SerializationException`;
 * - *violations* of constraint traits (`@required`, `@length`, `@range`, `@pattern`, enum values,
 *   `@uniqueItems`), worded exactly as Smithy's framework `ValidationException` words them
 *   (`Value with length 1 at '/string' failed to satisfy constraint: Member must have length
 *   between 2 and 8, inclusive`), with JSON-pointer paths of member names.
 *
 * The generated `inputRules` table (emitter: `emit/msw/input-rules.ts`) describes the shapes.
 */

export interface MemberRule {
  readonly name?: string;
  readonly target: string;
  readonly required?: boolean;
  readonly length?: { readonly min?: number; readonly max?: number };
  /** Bounds as the model's decimal text (`"2.2"`), so messages print them as written. */
  readonly range?: { readonly min?: string; readonly max?: string };
  /** ECMA-262 source (`u` flag) and the model's own text, for the message. */
  readonly pattern?: string;
  readonly patternText?: string;
  readonly uniqueItems?: boolean;
  /** `@default`, as the model's node value (see `defaults.ts`). */
  readonly default?: unknown;
}

export type ShapeRule =
  | { readonly kind: 'structure' | 'union'; readonly members: readonly MemberRule[] }
  | { readonly kind: 'list'; readonly member: MemberRule; readonly sparse?: boolean }
  | { readonly kind: 'map'; readonly key: MemberRule; readonly value: MemberRule; readonly sparse?: boolean }
  /** `listed`: the values a message names, when `@internal` ones are left out. */
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly listed?: readonly string[] }
  | { readonly kind: 'intEnum'; readonly values: readonly number[] }
  | { readonly kind: string };

export type InputRuleTable = Readonly<Record<string, ShapeRule>>;

export interface Violation {
  readonly path: string;
  readonly message: string;
}

export interface InputCheck {
  /** Why the input cannot be deserialized (empty when it can). */
  readonly malformed: string[];
  /** Constraint violations, Smithy-worded. */
  readonly violations: Violation[];
}

const INTEGER_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-9223372036854775808, 9223372036854775807],
};

const patterns = new Map<string, RegExp>();
const compiled = (source: string): RegExp => {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    patterns.set(source, re);
  }
  return re;
};

const a = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
const pointer = (path: string, key: string | number): string => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** A canonical text of a value, for `@uniqueItems` (documents and structures by content, key order ignored). */
function canonical(value: unknown): string {
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value instanceof Uint8Array) return `b:${Array.from(value).join(',')}`;
  if (typeof value === 'bigint') return `n:${value}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** Length in code points (Smithy's @length on strings), without building an array of them. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

function lengthText(min: number | string | undefined, max: number | string | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}, inclusive`;
  return min !== undefined ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
}

class Checker {
  readonly malformed: string[] = [];
  readonly violations: Violation[] = [];
  constructor(private readonly table: InputRuleTable) {}

  violate(path: string, message: string, withLength?: number): void {
    const at = withLength === undefined ? `Value at '${path}'` : `Value with length ${withLength} at '${path}'`;
    this.violations.push({ path, message: `${at} failed to satisfy constraint: ${message}` });
  }

  /** Constraints of the member holding `value` (already known to be of the right kind). */
  constraints(rule: MemberRule, value: unknown, path: string): void {
    if (rule.length) {
      const n = typeof value === 'string' ? codePoints(value) : value instanceof Uint8Array ? value.length : Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : undefined;
      const { min, max } = rule.length;
      if (n !== undefined && ((min !== undefined && n < min) || (max !== undefined && n > max))) this.violate(path, `Member must have length ${lengthText(min, max)}`, n);
    }
    if (rule.range && (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string')) {
      const { min, max } = rule.range;
      const n = Number(value);
      if ((min !== undefined && n < Number(min)) || (max !== undefined && n > Number(max))) this.violate(path, `Member must be ${lengthText(min, max)}`);
    }
    if (rule.pattern && typeof value === 'string' && !compiled(rule.pattern).test(value)) this.violate(path, `Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern}`);
    if (rule.uniqueItems && Array.isArray(value) && new Set(value.map(canonical)).size !== value.length) this.violate(path, 'Member must have unique values');
  }

  member(rule: MemberRule, value: unknown, path: string): void {
    if (value === undefined || value === null) return;
    if (this.shape(rule.target, value, path)) this.constraints(rule, value, path);
  }

  /** Records that the value at `path` is malformed; always false (a method, not a per-call closure: this runs per request). */
  bad(path: string, what: string): false {
    this.malformed.push(`${path || '/'}: ${what}`);
    return false;
  }

  /** Checks `value` against shape `id`; false when it is malformed (its constraints are then moot). */
  shape(id: string, value: unknown, path: string): boolean {
    const rule = this.table[id];
    if (!rule) return true;
    switch (rule.kind) {
      case 'structure':
      case 'union': {
        if (!isRecord(value)) return this.bad(path, `expected ${a(rule.kind)}`);
        const { members } = rule as { members: readonly MemberRule[] };
        if (rule.kind === 'union') {
          const set = Object.keys(value).filter((k) => value[k] !== undefined && value[k] !== null);
          if (set.length !== 1) return this.bad(path, `a union must have exactly one member set, got ${set.length}`);
          if (!members.some((m) => m.name === set[0])) return this.bad(path, `${JSON.stringify(set[0])} is not a member of the union`);
        }
        for (const m of members) {
          const v = Object.hasOwn(value, m.name!) ? value[m.name!] : undefined;
          const at = pointer(path, m.name!);
          if ((v === undefined || v === null) && m.required) this.violate(at, 'Member must not be null');
          else this.member(m, v, at);
        }
        return true;
      }
      case 'list': {
        if (!Array.isArray(value)) return this.bad(path, 'expected a list');
        const { member, sparse } = rule as { member: MemberRule; sparse?: boolean };
        value.forEach((v, i) => {
          if (v === null && !sparse) this.bad(path, `${pointer(path, i)}: null in a dense list`);
          else this.member(member, v, pointer(path, i));
        });
        return this.malformed.length === 0;
      }
      case 'map': {
        if (!isRecord(value)) return this.bad(path, 'expected a map');
        const { key, value: valueRule, sparse } = rule as { key: MemberRule; value: MemberRule; sparse?: boolean };
        for (const [k, v] of Object.entries(value)) {
          // Smithy reports a key's violations at the map itself.
          if (this.shape(key.target, k, path)) this.constraints(key, k, path);
          if (v === null && !sparse) this.bad(path, `${pointer(path, k)}: null in a dense map`);
          else this.member(valueRule, v, pointer(path, k));
        }
        return true;
      }
      case 'enum': {
        if (typeof value !== 'string') return this.bad(path, 'expected a string');
        const { values, listed } = rule as { values: readonly string[]; listed?: readonly string[] };
        if (!values.includes(value)) this.violate(path, `Member must satisfy enum value set: [${(listed ?? values).join(', ')}]`);
        return true;
      }
      case 'intEnum': {
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.bad(path, 'expected an integer');
        const values = (rule as { values: readonly number[] }).values;
        if (!values.includes(value)) this.violate(path, `Member must satisfy enum value set: [${values.join(', ')}]`);
        return true;
      }
      case 'string':
        return typeof value === 'string' || this.bad(path, 'expected a string');
      case 'boolean':
        return typeof value === 'boolean' || this.bad(path, 'expected a boolean');
      case 'byte':
      case 'short':
      case 'integer':
      case 'long': {
        const [lo, hi] = INTEGER_BOUNDS[rule.kind]!;
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.bad(path, `expected ${a(rule.kind)}`);
        return (value >= lo && value <= hi) || this.bad(path, `${value} does not fit ${a(rule.kind)}`);
      }
      case 'float':
      case 'double':
        return typeof value === 'number' || this.bad(path, `expected ${a(rule.kind)}`);
      case 'bigInteger':
        return typeof value === 'bigint' || this.bad(path, 'expected a bigInteger');
      case 'bigDecimal':
        return (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) || this.bad(path, 'expected a bigDecimal');
      case 'timestamp':
        return (value instanceof Date && !Number.isNaN(value.getTime())) || this.bad(path, 'expected a timestamp');
      case 'blob':
        return value instanceof Uint8Array || this.bad(path, 'expected a blob');
      default:
        return true;
    }
  }
}

/** Checks an operation's input (application form) against the rules of its input shape. */
export function checkInputRules(table: InputRuleTable, root: string, input: unknown): InputCheck {
  const checker = new Checker(table);
  checker.shape(root, input, '');
  return { malformed: checker.malformed, violations: checker.malformed.length ? [] : checker.violations };
}

/** Smithy's framework message for a set of violations: `1 validation error detected. <first>; <second>`. */
export function validationMessage(violations: readonly Violation[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected. ${violations.map((v) => v.message).join('; ')}`;
}

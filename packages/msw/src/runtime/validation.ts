/**
 * Contract checks for the mock's data. The generated handlers pass the strict schemas of
 * @ota-contract/zod; the runtime only needs their `safeParse` and turns issues into the messages
 * docs/VALIDATION.md prescribes (`otaUpdateInfo.description: must have at most 2028 Unicode code points`).
 */

/**
 * The part of a zod schema the runtime uses (kept structural so the runtime never imports zod).
 * `data` is not typed: that a schema's output equals the @ota-contract/types type is the zod
 * package's own promise, and the stores check every value at run time anyway.
 */
export interface SafeParser {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly IssueLike[] } };
}

export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  /** zod's `unrecognized_keys` issue lists every unknown property of one object. */
  readonly keys?: readonly string[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `otaUpdateFiles[0].attributes["a b"]`: dots for identifiers, brackets for indexes and other keys. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** At most this many lines, like @ota-contract/zod's `formatIssues` (its `MAX_ISSUES`, docs/VALIDATION.md "Issue cap"). */
const MAX_LINES = 100;
const MORE = '… and more';

/**
 * One `path: rule` line per issue; an unknown-keys issue becomes one line per property. At most
 * `MAX_LINES` lines, then one `… and more` line (the schema's own, when it stopped early), so a
 * million unknown properties make a short message instead of 47 MB.
 */
export function formatIssues(issues: readonly IssueLike[], root = ''): string[] {
  const lines: string[] = [];
  let more: string | undefined;
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' && issue.keys?.length ? issue.keys : [undefined];
    for (const key of keys) {
      const line = () => `${formatPath(key === undefined ? issue.path : [...issue.path, key], root) || '(root)'}: ${issue.message}`;
      if (issue.message.startsWith(MORE)) more = line();
      else if (lines.length < MAX_LINES) lines.push(line());
      else {
        more ??= `${root || '(root)'}: ${MORE} (validation stops after ${MAX_LINES} issues)`;
        break;
      }
    }
  }
  if (more !== undefined) lines.push(more);
  return lines;
}

/** Thrown when data given to the mock breaks the contract; `issues` name each path and rule. */
export class ContractViolationError extends Error {
  readonly issues: readonly string[];
  constructor(what: string, issues: readonly string[]) {
    super(`${what} does not satisfy the contract:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ContractViolationError';
    this.issues = issues;
  }
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: string[] };

export function check<T>(schema: SafeParser, value: unknown, root = ''): CheckResult<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data as T };
  return { ok: false, issues: formatIssues(result.error.issues, root) };
}

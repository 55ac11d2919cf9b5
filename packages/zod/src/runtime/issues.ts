/**
 * Renders zod issues as the `path: rule` lines of docs/VALIDATION.md, e.g.
 * `otaUpdateInfo.otaUpdateFiles[0].fileType: must be ≤ 255`.
 */

import type { core } from 'zod';

/**
 * Most issues one parse collects (docs/VALIDATION.md, "Issue cap"). A map or list stops at its next
 * failing entry once the parse holds this many, and one last issue says so: 1,000,000 invalid map
 * values cost 100 issues, not a million (4.7 s and 2 GB before the cap).
 */
export const MAX_ISSUES = 100;
export const MORE_ISSUES = `… and more (validation stops after ${MAX_ISSUES} issues)`;

type Payload = core.ParsePayload;
interface ParseTally {
  total: number;
  more: boolean;
}
/** One tally per parse: zod gives every `safeParse`/`decode` call a fresh context object, shared by the whole tree. */
const tallies = new WeakMap<object, ParseTally>();

function tallyOf(ctx: object): ParseTally {
  let tally = tallies.get(ctx);
  if (!tally) tallies.set(ctx, (tally = { total: 0, more: false }));
  return tally;
}

/** Where a container's issues start: call before its first entry. */
export function openTally(ctx: object, payload: Payload): { readonly base: number; readonly start: number } {
  return { base: tallyOf(ctx).total, start: payload.issues.length };
}

/**
 * After an entry: records the container's issues in the parse's tally; true when the container must
 * stop. Only a container that already failed stops, so the cap never turns a valid value invalid
 * (even inside a union branch whose issues are discarded), it only drops further issues.
 */
export function issueCapReached(ctx: object, payload: Payload, opened: { readonly base: number; readonly start: number }): boolean {
  const own = payload.issues.length - opened.start;
  const tally = tallyOf(ctx);
  tally.total = opened.base + own;
  if (own === 0 || tally.total < MAX_ISSUES) return false;
  if (!tally.more) {
    tally.more = true;
    payload.issues.push({ code: 'custom', message: MORE_ISSUES, input: undefined, path: [], continue: true } as core.$ZodRawIssue);
  }
  return true;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `a.b[0]["c d"]`; an empty path (the validated value itself) is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

type IssueSource = { readonly issues: readonly core.$ZodIssue[] } | readonly core.$ZodIssue[];

/**
 * One line per issue. zod reports all unknown properties of an object as one `unrecognized_keys`
 * issue at the object; that becomes one line per property, at the property's path. At most
 * `MAX_ISSUES` lines, then the `… and more` line last (wherever the parse put it).
 */
export function formatIssues(source: IssueSource): string[] {
  const issues = 'issues' in source ? source.issues : source;
  const lines: string[] = [];
  let more: string | undefined;
  for (const issue of issues) {
    if (issue.message === MORE_ISSUES) more = `${formatPath(issue.path)}: ${issue.message}`;
    else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) if (lines.length <= MAX_ISSUES) lines.push(`${formatPath([...issue.path, key])}: ${issue.message}`);
    } else if (lines.length <= MAX_ISSUES) lines.push(`${formatPath(issue.path)}: ${issue.message}`);
  }
  if (lines.length > MAX_ISSUES) {
    lines.length = MAX_ISSUES;
    more ??= `(root): ${MORE_ISSUES}`;
  }
  if (more !== undefined) lines.push(more);
  return lines;
}

/**
 * Renders zod issues as the `path: rule` lines of docs/VALIDATION.md, e.g.
 * `otaUpdateInfo.otaUpdateFiles[0].fileType: must be ≤ 255`.
 */

import type { core } from 'zod';

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
 * issue at the object; that becomes one line per property, at the property's path.
 */
export function formatIssues(source: IssueSource): string[] {
  const issues = 'issues' in source ? source.issues : source;
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${formatPath([...issue.path, key])}: ${issue.message}`);
    } else {
      lines.push(`${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  return lines;
}

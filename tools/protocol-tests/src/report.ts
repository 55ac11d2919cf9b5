/** The printed report: a table by case kind and file, the failures, and the one summary line. */

import type { CaseResult } from './runner.js';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally = (rs: readonly CaseResult[]): Tally => ({
  passed: rs.filter((r) => r.outcome.status === 'passed').length,
  failed: rs.filter((r) => r.outcome.status === 'failed').length,
  skipped: rs.filter((r) => r.outcome.status === 'skipped').length,
});

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

function groupBy(results: readonly CaseResult[], key: (r: CaseResult) => string): [string, CaseResult[]][] {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function summaryLine(results: readonly CaseResult[]): string {
  const t = tally(results);
  return `restJson1 compliance: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (of ${results.length})`;
}

export function report(results: readonly CaseResult[], { verbose = false } = {}): string {
  const rows: string[][] = [['kind / file', 'passed', 'failed', 'skipped', 'total']];
  for (const [kind, rs] of groupBy(results, (r) => r.kind)) {
    const t = tally(rs);
    rows.push([kind, String(t.passed), String(t.failed), String(t.skipped), String(rs.length)]);
    for (const [file, fs] of groupBy(rs, (r) => r.case.file || '(unknown file)')) {
      const f = tally(fs);
      rows.push([`  ${file}`, String(f.passed), String(f.failed), String(f.skipped), String(fs.length)]);
    }
  }
  const out = [table(rows), ''];
  const failed = results.filter((r) => r.outcome.status === 'failed');
  if (failed.length) {
    out.push(`failed (${failed.length}):`);
    for (const r of failed) out.push(`  ${r.case.id} [${r.kind}]: ${r.outcome.status === 'failed' ? r.outcome.reason : ''}`.slice(0, verbose ? 4000 : 400));
    out.push('');
  }
  if (verbose) {
    for (const r of results.filter((x) => x.outcome.status === 'skipped')) out.push(`  skipped ${r.case.id} [${r.kind}]: ${r.outcome.status === 'skipped' ? r.outcome.reason : ''}`);
    out.push('');
  }
  out.push(summaryLine(results));
  return out.join('\n');
}

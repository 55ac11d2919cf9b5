/**
 * `pnpm protocol-tests [--verbose] [--only <substring>] [--keep]`: runs AWS's restJson1 compliance
 * suite against freshly generated packages and prints the table and the summary line (the last
 * line). Exits 1 when a case fails.
 */

import { report } from './report.js';
import { generateServices, loadSuite, runCase, type CaseResult } from './runner.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const keep = args.includes('--keep');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

async function main(): Promise<number> {
  const suite = loadSuite();
  const generated = generateServices(suite);
  try {
    const results: CaseResult[] = [];
    for (const c of suite.cases) {
      if (only !== undefined && !c.id.includes(only)) continue;
      results.push(await runCase(c, suite, generated));
    }
    console.log(report(results, { verbose }));
    return results.some((r) => r.outcome.status === 'failed') ? 1 : 0;
  } finally {
    if (keep) for (const ws of generated.values()) console.error(`kept ${ws.dir}`);
    else for (const ws of generated.values()) ws.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  },
);

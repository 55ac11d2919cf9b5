/**
 * The README's examples run as written: each ```ts block is executed against this package's
 * sources, and what it logs must be what its `// …` comments say.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const entry = (sub: string) => JSON.stringify(resolve(import.meta.dirname, `../src/${sub}.ts`));
const dir = mkdtempSync(join(tmpdir(), 'ota-zod-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Comments after a `console.log(...)` (same line, or the comment lines right below it). */
function expectedOutput(code: string): string[] {
  const out: string[] = [];
  let afterLog = false;
  for (const line of code.split('\n')) {
    const trailing = /console\.log\(.*\);\s*\/\/ (.*)$/.exec(line);
    if (trailing) out.push(trailing[1]!);
    const comment = /^\/\/ (.*)$/.exec(line.trim());
    if (comment && afterLog) out.push(comment[1]!);
    else afterLog = line.includes('console.log(');
  }
  return out;
}

it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(3));

it.each(blocks.map((code, i) => [i, code] as const))('example %i logs what it says', async (i, code) => {
  const logged: string[] = [];
  (globalThis as Record<string, unknown>).__readmeLog = (...args: unknown[]) => logged.push(...args.map(String).join(' ').split('\n'));
  const source = code
    .replace("from '@ota-contract/zod/lenient'", `from ${entry('lenient')}`)
    .replace("from '@ota-contract/zod/client'", `from ${entry('client')}`)
    .replace("from '@ota-contract/zod'", `from ${entry('index')}`)
    .replaceAll('console.log(', '(globalThis as any).__readmeLog(');
  const file = join(dir, `example-${i}.ts`);
  writeFileSync(file, source);
  await import(file);
  const want = expectedOutput(code);
  expect(want.length).toBeGreaterThan(0);
  expect(logged).toEqual(want);
});

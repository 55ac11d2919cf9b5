/**
 * The committed skip list (`tools/protocol-tests/skips.txt`): one line per skipped case id, then
 * its reason (`RestJsonFoo  event streams are not generated`); `#` starts a comment line. An id
 * that is not in the suite is an error, so the list cannot rot silently.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const skipsFile = join(import.meta.dirname, '..', 'skips.txt');

export function readSkips(file = skipsFile): Map<string, string> {
  const skips = new Map<string, string>();
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s+(\S.*)$/.exec(text);
    if (!m) throw new Error(`${file}:${i + 1}: expected "<case id> <reason>"`);
    if (skips.has(m[1]!)) throw new Error(`${file}:${i + 1}: ${m[1]} is listed twice`);
    skips.set(m[1]!, m[2]!);
  }
  return skips;
}

/**
 * Test-only readers of the raw inputs (Smithy JSON AST, fact sheet, boto3 reference page). Tests
 * compare the generated package against these directly rather than against the generator's IR,
 * so a bug in load/ or ir/ cannot hide itself.
 */

import { readFileSync } from 'node:fs';

const root = new URL('../../../../', import.meta.url);
export const repoPath = (rel: string) => new URL(rel, root);
export const readRepoFile = (rel: string) => readFileSync(repoPath(rel), 'utf8');

export interface AstShape {
  type: string;
  traits?: Record<string, unknown>;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
  operations?: { target: string }[];
}

export const NS = 'com.amazonaws.iot#';
export const model = JSON.parse(readRepoFile('models/iot/get-ota-update.json')) as { shapes: Record<string, AstShape> };

export function shape(name: string): AstShape {
  const s = model.shapes[`${NS}${name}`];
  if (!s) throw new Error(`model has no shape ${NS}${name}`);
  return s;
}

/** `ShapeName → httpError` from the errors table of FACTS section 2 (`| \`X\` | \`"client"\` | **400** ... |`). */
export function factsErrorStatuses(): Map<string, number> {
  const facts = readRepoFile('models/iot/reference/FACTS-GetOTAUpdate.md');
  const out = new Map<string, number>();
  for (const line of facts.split('\n')) {
    const m = /^\| `(\w+Exception)` \| `?"(?:client|server)"`? \| \*\*(\d{3})\*\*/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  if (out.size === 0) throw new Error('FACTS errors table not found: did its format change?');
  return out;
}

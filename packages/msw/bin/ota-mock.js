#!/usr/bin/env node
// In the workspace (sources present) the TypeScript sources run through tsx, so `pnpm mock` needs
// no build step and never runs a stale dist/; the published package (no src/) runs its dist/.
import { existsSync } from 'node:fs';

const source = new URL('../src/server/cli.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/server/cli.js', import.meta.url).href);
}

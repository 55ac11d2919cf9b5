#!/usr/bin/env node
// Runs the CLI from a bundle of the TypeScript sources that is rebuilt whenever they change (see
// bundle.js), or straight from the sources through tsx when esbuild is missing or OTA_CODEGEN_TSX=1.
import { ensureBundle } from './bundle.js';

const bundle = process.env.OTA_CODEGEN_TSX === '1' ? undefined : await ensureBundle();
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}

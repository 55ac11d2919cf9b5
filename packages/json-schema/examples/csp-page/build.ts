/**
 * Bundles app.ts for the browser next to index.html (`app.js`).
 *
 *   pnpm exec tsx packages/json-schema/examples/csp-page/build.ts [outdir]
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export async function buildPage(outdir: string): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  await build({ entryPoints: [join(import.meta.dirname, 'app.ts')], outfile: join(outdir, 'app.js'), bundle: true, format: 'esm', platform: 'browser', logLevel: 'silent' });
  copyFileSync(join(import.meta.dirname, 'index.html'), join(outdir, 'index.html'));
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(`built ${await buildPage(resolve(process.argv[2] ?? join(import.meta.dirname, 'dist')))}`);
}

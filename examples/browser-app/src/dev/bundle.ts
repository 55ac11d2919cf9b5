/**
 * Bundles the page with esbuild into `<outdir>/app.js`. `pnpm --filter @ota-contract/example-browser-app build`
 * writes `dist/`; the browser test bundles into a temporary directory.
 */

import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

export const appRoot = fileURLToPath(new URL('../..', import.meta.url));
export const publicDir = fileURLToPath(new URL('../../public', import.meta.url));

export async function bundlePage(outdir: string): Promise<{ bytes: number; metafile: Metafile }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../page/main.ts', import.meta.url))],
    outfile: `${outdir}/app.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('app.js'));
  return { bytes: output?.[1].bytes ?? 0, metafile: result.metafile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = fileURLToPath(new URL('../../dist', import.meta.url));
  const { bytes } = await bundlePage(outdir);
  process.stdout.write(`bundled ${outdir}/app.js (${(bytes / 1024).toFixed(0)} KiB)\n`);
}

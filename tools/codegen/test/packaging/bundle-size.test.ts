/**
 * Bundle size of what a browser app pays to validate GetOTAUpdate with @ota-contract/zod: the
 * operation's schemas (`GetOTAUpdateSchemas`: request, response and every error, strict mode, i.e.
 * the whole 70-shape closure) bundled from the package's entry by esbuild 0.28 (minify, ESM,
 * browser, es2022, tree-shaking with the package's `sideEffects: false`), gzipped by node:zlib at
 * level 9.
 *
 * Measured on 2026-11-27 (zod 4.6.7, GetOTAUpdate model):
 *   - with zod bundled (the real-world figure): 114,034 B minified, 33,049 B gzipped, once the
 *     runtime imports zod core values from 'zod/v4/core' (see BENCHMARKS.md; 89,005 B before);
 *   - zod external (our generated code and runtime only): 17,615 B minified, 5,456 B gzipped.
 * Ceilings leave ~15% headroom for model and emitter growth; raising one is a decision to record
 * in BENCHMARKS.md, not a test to silence. zod/mini is not offered (the codecs need classic zod).
 */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './pack.js';

const CEILING_WITH_ZOD_GZIP = 38_000;
const CEILING_OWN_CODE_GZIP = 6_500;

async function bundle(entry: string, external: string[]): Promise<{ minified: number; gzipped: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(output.inputs) };
}

describe('@ota-contract/zod bundle size (GetOTAUpdate schemas)', () => {
  const entry = "export { GetOTAUpdateSchemas } from '@ota-contract/zod';";

  it(`with zod: gzipped under ${CEILING_WITH_ZOD_GZIP} B`, async () => {
    const { gzipped, minified, inputs } = await bundle(entry, []);
    console.log(`@ota-contract/zod GetOTAUpdateSchemas + zod: ${minified} B minified, ${gzipped} B gzipped`);
    // Reading `z.core` as a value (`z.core.util`, `new z.core.$ZodAsyncError()`) defeats
    // tree-shaking and drags in zod's 40+ locales and toJSONSchema (~89 kB gzipped); import such
    // values from 'zod/v4/core' instead.
    expect(inputs.filter((i) => /zod\/v4\/locales\/(?!en\.)/.test(i))).toEqual([]);
    expect(gzipped).toBeLessThan(CEILING_WITH_ZOD_GZIP);
  });

  it(`zod external (our code only): gzipped under ${CEILING_OWN_CODE_GZIP} B`, async () => {
    const { gzipped, minified, inputs } = await bundle(entry, ['zod', 'zod/*']);
    console.log(`@ota-contract/zod GetOTAUpdateSchemas, zod external: ${minified} B minified, ${gzipped} B gzipped`);
    expect(inputs.some((i) => i.includes('packages/zod/src/schemas.gen.ts'))).toBe(true);
    expect(gzipped).toBeLessThan(CEILING_OWN_CODE_GZIP);
  });
});

#!/usr/bin/env node
/**
 * Builds the package in the current directory to dist/: `tsc -p tsconfig.build.json` (ESM + .d.ts),
 * then copies the generated files tsc does not emit: precompiled `*.gen.js` with their `*.gen.d.ts`
 * (tsc resolves the import to the .d.ts and emits neither) and `*.gen.json` documents that no
 * module imports (one that is imported tsc emits already; copying it again is harmless).
 * The build goes to a fresh directory that then replaces dist/ in one rename, so a renamed source
 * never leaves a stale file in the tarball and a reader never sees a half-built dist/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const pkgDir = process.cwd();
const src = join(pkgDir, 'src');
const dist = join(pkgDir, 'dist');
// Beside dist/ on the same file system (for the rename), in an ignored directory.
const out = join(pkgDir, 'node_modules', '.cache', `dist-build-${process.pid}`);
const COPIED = /\.gen\.(js|d\.ts|json)$/;

function fail(message, code = 1) {
  rmSync(out, { recursive: true, force: true });
  if (message) console.error(`build-package: ${message}`);
  process.exit(code);
}

const tsc = createRequire(join(pkgDir, 'package.json')).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', out], { cwd: pkgDir, stdio: 'inherit' });
if (result.status !== 0) fail('', result.status ?? 1);

let copied = 0;
for (const rel of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  if (!COPIED.test(rel)) continue;
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  copyFileSync(join(src, rel), join(out, rel));
  copied++;
}
if (!existsSync(join(out, 'index.js'))) fail('index.js was not produced');
rmSync(dist, { recursive: true, force: true });
renameSync(out, dist);
console.log(`build-package: ${basename(dirname(pkgDir))}/${basename(pkgDir)} → dist/ (+${copied} generated files copied)`);

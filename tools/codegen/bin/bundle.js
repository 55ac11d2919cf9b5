// The CLI runs from an esbuild bundle of src/ (dist/cli.mjs, git-ignored): loading one file is much
// faster than transpiling ~50 TypeScript modules with tsx on every run. The bundle is rebuilt as soon
// as any source it was built from is newer than it, so it can never go stale; without esbuild
// (an install without dev dependencies) the caller falls back to tsx.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = join(root, 'dist/cli.mjs');
/** Entry points and their outputs: the CLI, and the worker emit/parallel.ts starts beside it. */
const entries = { 'src/cli.ts': bundlePath, 'src/emit/emit-worker.ts': join(root, 'dist/emit-worker.mjs') };
const inputsPath = join(root, 'dist/cli.inputs.json');
/** Every file the build wrote (entries and shared chunks): a bundle missing one is rebuilt. */
const outputsPath = join(root, 'dist/cli.outputs.json');

/** True when the bundle exists and none of the files it was built from changed since. */
function isFresh() {
  try {
    const outputs = JSON.parse(readFileSync(outputsPath, 'utf8'));
    const built = Math.min(...[...Object.values(entries), ...outputs].map((out) => statSync(out).mtimeMs));
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
    return Array.isArray(inputs) && inputs.length > 0 && inputs.every((file) => statSync(file).mtimeMs <= built);
  } catch {
    return false;
  }
}

function writeAtomically(file, contents) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

/**
 * Emitters import only `StructureKind` (a numeric enum) from ts-morph as a value; their structures are
 * printed by emit/shared/ts-printer.ts without ts-morph. The bundle gets the enum's values from a
 * tiny module written from the installed ts-morph at build time instead of loading ts-morph (and the
 * TypeScript compiler) on every run. An emitter importing anything else from ts-morph fails the
 * build, and the CLI then runs from the sources.
 */
async function writeStructureKindModule() {
  const { createRequire } = await import('node:module');
  const { StructureKind } = createRequire(import.meta.url)('ts-morph');
  const file = join(root, 'dist/ts-morph-structure-kind.mjs');
  mkdirSync(dirname(file), { recursive: true });
  writeAtomically(file, `// Written by bin/bundle.js from ts-morph's StructureKind.\nexport const StructureKind = ${JSON.stringify(StructureKind)};\n`);
  return file;
}

/** Builds src/cli.ts into dist/cli.mjs, and the worker into dist/emit-worker.mjs. */
async function build(esbuild) {
  const structureKind = await writeStructureKindModule();
  // Stamped with the time the build *started*: a source saved while it ran counts as newer.
  const started = new Date();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.keys(entries).map((input) => ({ in: input, out: basename(entries[input], '.mjs') })),
    outdir: dirname(bundlePath),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // `ast` and `idl` load only the model loader: the emitters (and ajv) sit in chunks that the
    // CLI imports for `generate` and `diff` only.
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay external (resolved from node_modules at run time), except JSON files,
    // which are inlined: a bundled `import x from 'pkg/package.json'` would lose its `with { type: 'json' }`.
    plugins: [
      {
        name: 'external-packages',
        setup(b) {
          b.onResolve({ filter: /^ts-morph$/ }, () => ({ path: structureKind }));
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
        },
      },
    ],
    metafile: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  mkdirSync(dirname(bundlePath), { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).map((f) => resolve(root, f)).sort();
  writeAtomically(inputsPath, `${JSON.stringify(inputs, null, 2)}\n`);
  writeAtomically(outputsPath, `${JSON.stringify(result.outputFiles.map((f) => f.path).sort(), null, 2)}\n`);
  // The CLI last: a run that sees a fresh CLI bundle finds its worker already written.
  for (const file of [...result.outputFiles].sort((a, b) => Number(a.path === bundlePath) - Number(b.path === bundlePath))) {
    writeAtomically(file.path, file.contents);
    utimesSync(file.path, started, started);
  }
}

/** URL of an up-to-date bundle, building it if needed; undefined when esbuild is not installed. */
export async function ensureBundle() {
  if (isFresh()) return pathToFileURL(bundlePath).href;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  try {
    await build(esbuild);
  } catch (e) {
    process.stderr.write(`ota-codegen: could not bundle the CLI, running it from the sources (${String(e.message).split('\n')[0]})\n`);
    return undefined;
  }
  return pathToFileURL(bundlePath).href;
}

/**
 * The precompiled-validator pipeline's own pieces: the linear module assembler against ajv's
 * `standaloneCode`, the dependency order that stops ajv compiling a definition twice, the cached
 * URI resolver against fast-uri, and worker threads against the single-threaded run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import uriModule from 'ajv/dist/runtime/uri.js';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../src/ir/build.js';
import { parseModel } from '../src/load/read.js';
import { MODES, planMode } from '../src/emit/json-schema/index.js';
import { compileDependenciesFirst, defPointer, dependenciesFirst, prepareAjv } from '../src/emit/json-schema/standalone.js';
import { standaloneModule } from '../src/emit/json-schema/standalone-module.js';
import { memoizedUriResolver } from '../src/emit/json-schema/uri-resolver.js';
import type { JsonSchema } from '../src/emit/shared/json-schema-defs.js';

const root = resolve(import.meta.dirname, '../../..');
const modelsDir = join(root, 'tools/codegen/test/models');
const cli = join(root, 'tools/codegen/bin/ota-codegen.js');
const models = [join(root, 'models/iot/get-ota-update.json'), ...readdirSync(modelsDir).filter((f) => f.endsWith('.json') && f !== 'unsupported-protocol.json').sort().map((f) => join(modelsDir, f))];

function irOf(file: string) {
  const source = relative(root, file);
  return buildIr(parseModel(readFileSync(file, 'utf8'), source), { source });
}

const functionDeclarations = (code: string) => [...code.matchAll(/^function (validate\d+)\(/gm)].map((m) => m[1]!);
const duplicates = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

describe('standaloneModule', () => {
  // Each case: a model, a mode, and whether entries are inlined (small models) or not (large ones).
  const cases = models.flatMap((file) => MODES.flatMap((mode) => [true, false].map((inline) => ({ file, mode, inline }))));

  it('writes what ajv standaloneCode writes, byte for byte, except ajv\'s duplicate declarations', () => {
    let identical = 0;
    const ajvDuplicates: string[] = [];
    for (const { file, mode, inline } of cases) {
      const planned = planMode(irOf(file), mode).job;
      const job = { ...planned, inlineInto: inline ? planned.inlineInto : [], options: { ajvInlineRefs: inline } };
      // Two fresh instances compiled the same way: ajv numbers functions per instance.
      const [a, b] = [0, 1].map(() => {
        const prepared = prepareAjv(job);
        compileDependenciesFirst(prepared, job);
        return prepared;
      });
      const theirs = standaloneCode(a!.ajv, a!.refs);
      const ours = standaloneModule(b!.ajv, b!.refs);
      const label = `${relative(root, file)} ${mode} inline=${inline}`;
      expect(duplicates(functionDeclarations(ours)), label).toEqual([]);
      if (duplicates(functionDeclarations(theirs)).length) {
        ajvDuplicates.push(label);
        // Same functions, each once.
        expect(new Set(functionDeclarations(ours)), label).toEqual(new Set(functionDeclarations(theirs)));
      } else {
        expect(ours, label).toBe(theirs);
        identical++;
      }
    }
    // Only the recursive model trips ajv's bug; everything else must have compared byte for byte.
    expect(ajvDuplicates.every((l) => l.includes('recursion.json'))).toBe(true);
    expect(identical).toBeGreaterThanOrEqual(cases.length - 4);
  }, 120_000);

  it('compiles each definition once when dependencies are compiled first (GetOTAUpdate, no inlining)', () => {
    for (const mode of MODES) {
      const job = { ...planMode(irOf(models[0]!), mode).job, inlineInto: [], options: { ajvInlineRefs: false } };
      const prepared = prepareAjv(job);
      compileDependenciesFirst(prepared, job);
      const functions = functionDeclarations(standaloneModule(prepared.ajv, prepared.refs));
      expect(functions.length).toBe(Object.keys(prepared.refs).length);

      // In export order instead, a definition reached by a `$ref` before its own export gets two functions.
      const unordered = prepareAjv(job);
      expect(functionDeclarations(standaloneModule(unordered.ajv, unordered.refs)).length).toBeGreaterThan(functions.length);
    }
  });
});

describe('dependenciesFirst', () => {
  const ref = (key: string) => ({ $ref: defPointer(key) });
  const defs: Record<string, JsonSchema> = {
    Entry: { type: 'object', properties: { a: ref('A'), list: { type: 'array', items: ref('B') } } },
    A: { anyOf: [ref('B'), { type: 'null' }] },
    B: { type: 'object', properties: { next: ref('Node') } },
    Node: { type: 'object', properties: { child: ref('Node'), leaf: ref('Leaf/x~y') } },
    'Leaf/x~y': { type: 'string', enum: ['#/$defs/NotARef'] },
    Unused: { type: 'string' },
  };

  it('puts every definition after the ones it refers to, each once, and only what the roots reach', () => {
    expect(dependenciesFirst(defs, ['Entry', 'A'])).toEqual(['Leaf/x~y', 'Node', 'B', 'A', 'Entry']);
  });

  it('ignores references to keys that are not definitions', () => {
    expect(dependenciesFirst({ X: ref('Missing') }, ['X', 'Nope'])).toEqual(['X']);
  });
});

describe('memoizedUriResolver', () => {
  const fastUri = ('parse' in uriModule ? uriModule : (uriModule as unknown as { default: typeof uriModule }).default);
  const base = 'https://ota-contract.dev/schemas/iot/2015-05-28/get-ota-update.strict.json';
  const refs = ['#/$defs/OTAUpdateInfo', '#/$defs/A%20B', 'other.json#/x', '../up.json', '', 'urn:x:y', `${base}#/$defs/Value`];

  it('answers as fast-uri does, asked once or many times', () => {
    const resolver = memoizedUriResolver();
    for (let round = 0; round < 2; round++) {
      for (const r of refs) {
        expect(resolver.resolve(base, r)).toBe(fastUri.resolve(base, r));
        const parsed = resolver.parse(`${base}${r}`);
        expect(parsed).toEqual(fastUri.parse(`${base}${r}`));
        expect(resolver.serialize(parsed)).toBe(fastUri.serialize(fastUri.parse(`${base}${r}`)));
      }
    }
  });

  it('shares one parsed object per URI, frozen so that no caller can change it for the others', () => {
    const resolver = memoizedUriResolver();
    const parsed = resolver.parse(base);
    expect(resolver.parse(base)).toBe(parsed);
    expect(Object.isFrozen(parsed)).toBe(true);
  });
});

describe('worker threads', () => {
  function generate(model: string, workers: string) {
    const out = mkdtempSync(join(tmpdir(), `ota-workers-${workers}-`));
    const run = spawnSync(process.execPath, [cli, 'generate', '--model', model, '--out', out, '--quiet'], { cwd: root, encoding: 'utf8', env: { ...process.env, OTA_CODEGEN_WORKERS: workers } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    return new Map(files(out).map((f) => [relative(out, f), readFileSync(f, 'utf8')]));
  }

  it.each(['models/iot/get-ota-update.json', 'tools/codegen/test/models/recursion.json'])('give the same files as one thread (%s)', (model) => {
    const threaded = generate(model, 'on');
    const single = generate(model, 'off');
    expect([...threaded.keys()].filter((f) => f.includes('validators.')).length).toBe(4);
    expect(threaded).toEqual(single);
  }, 60_000);

  it('refuses an unknown OTA_CODEGEN_WORKERS value', () => {
    const run = spawnSync(process.execPath, [cli, 'generate', '--check', '--quiet'], { cwd: root, encoding: 'utf8', env: { ...process.env, OTA_CODEGEN_WORKERS: 'maybe' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('OTA_CODEGEN_WORKERS must be auto, on or off');
  });
});

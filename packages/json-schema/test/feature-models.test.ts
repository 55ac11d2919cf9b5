/**
 * The JSON Schema emitter on every IR shape kind: each feature model of the generator
 * (tools/codegen/test/models: recursion, unions, @jsonName, timestamp formats, sparse and unique
 * collections, enum-keyed maps, intEnums, big numbers, documents, HTTP bindings, error bodies,
 * reserved names) is generated in memory; its documents must be valid 2020-12 and compile in
 * strict ajv without a log line, its precompiled modules are written to a scratch directory and
 * imported, and for every shape zod, ajv on the document and the precompiled validator must agree
 * on random valid-then-mutated payloads in both modes. HTTP-part entries: ajv ≡ precompiled.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { IrModel } from '@ota-contract/codegen';
import { generateFromText } from '../../../tools/codegen/src/generate.js';
import { names } from '../../../tools/codegen/src/naming/index.js';
import { ajvOptions } from '../src/runtime/ajv-options.js';
import { compileDocument } from './support/ajv.js';
import { judge, MODES, newStats, type Judge, type Mode, type Target } from './support/agreement.js';
import { caseArb } from './support/mutations.js';
import type { WireNode } from './support/wire-values.js';

const modelsDir = resolve(import.meta.dirname, '../../../tools/codegen/test/models');
const zodRuntime = resolve(import.meta.dirname, '../../zod/src/runtime/index.ts');
const zodEntry = fileURLToPath(import.meta.resolve('zod'));
const resolveDep = (spec: string) => fileURLToPath(import.meta.resolve(spec));
const scratch = mkdtempSync(join(tmpdir(), 'ota-json-schema-features-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const models = readdirSync(modelsDir).filter((f) => f.endsWith('.json') && f !== 'unsupported-protocol.json').sort();
const RUNS_PER_SHAPE = 40;

interface Loaded {
  model: IrModel;
  documents: Record<Mode, { $id: string; $defs: Record<string, unknown> }>;
  precompiled: Record<Mode, Record<string, (v: unknown) => boolean>>;
  zod: Record<Mode, Record<string, { safeParse(v: unknown): { success: boolean } }>>;
  entries: Record<string, { def: string; validator: string }>;
}

/** Generates the model's json-schema and zod files into a scratch directory (bare imports made absolute) and imports them. */
async function load(file: string): Promise<Loaded> {
  const { model, files } = generateFromText(readFileSync(join(modelsDir, file), 'utf8'), { source: `models/${file}`, only: ['json-schema', 'zod'] });
  const dir = mkdtempSync(join(scratch, `${basename(file, '.json')}-`));
  const text = (name: string) => files.find((f) => f.path.endsWith(`/${name}`))!.contents;
  for (const f of files) {
    const contents = f.contents
      .replace(/from "((?:ajv|ajv-formats)\/dist\/[^"]+)"/g, (_m, spec: string) => `from ${JSON.stringify(resolveDep(spec))}`)
      .replace("from './runtime/index.js'", `from ${JSON.stringify(zodRuntime)}`)
      .replace("from 'zod'", `from ${JSON.stringify(zodEntry)}`);
    writeFileSync(join(dir, basename(f.path)), contents);
  }
  const entriesModule = (await import(join(dir, 'entries.gen.ts'))) as { schemaEntries: Loaded['entries'] };
  return {
    model,
    documents: { strict: JSON.parse(text('strict.gen.json')), lenient: JSON.parse(text('lenient.gen.json')) },
    precompiled: { strict: await import(join(dir, 'validators.strict.gen.js')), lenient: await import(join(dir, 'validators.lenient.gen.js')) },
    zod: { strict: await import(join(dir, 'schemas.gen.ts')), lenient: await import(join(dir, 'lenient.gen.ts')) },
    entries: entriesModule.schemaEntries,
  };
}

describe.each(models)('%s', (file) => {
  let loaded: Loaded;

  it('gives valid 2020-12 documents that strict ajv compiles without a log line', async () => {
    loaded = await load(file);
    for (const mode of MODES) {
      const doc = loaded.documents[mode];
      expect(new Ajv2020().validateSchema(doc), mode).toBe(true);
      const logs: string[] = [];
      const logger = { log: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };
      const ajv = new Ajv2020({ strict: true, logger });
      addFormats(ajv);
      ajv.addSchema(doc);
      for (const key of Object.keys(doc.$defs)) expect(ajv.getSchema(`${doc.$id}#/$defs/${key}`), key).toBeTypeOf('function');
      expect(logs).toEqual([]);
    }
  });

  it('zod ≡ ajv (document) ≡ precompiled for every shape, both modes; ajv ≡ precompiled for every HTTP part', () => {
    const { model, documents, precompiled, zod, entries } = loaded;
    const compiled = { strict: compileDocument(documents.strict, ajvOptions), lenient: compileDocument(documents.lenient, ajvOptions) };
    const targets: Target[] = [];
    for (const id of model.shapeOrder) {
      const shape = model.shapes.get(id)!;
      if (shape.prelude) continue;
      const node: WireNode = { kind: 'value', shape, constraints: shape.constraints, format: 'timestampFormat' in shape ? shape.timestampFormat : undefined };
      const judges = {} as Record<Mode, Judge[]>;
      for (const mode of MODES) {
        const pre = precompiled[mode][names.validator(shape)];
        const z = zod[mode][names.zodJsonSchema(shape)];
        expect(pre, names.validator(shape)).toBeTypeOf('function');
        expect(z, names.zodJsonSchema(shape)).toBeDefined();
        const def = compiled[mode].def(names.jsonSchemaDef(shape));
        judges[mode] = [
          { name: `zod ${names.zodJsonSchema(shape)}`, accepts: (v) => z!.safeParse(v).success },
          { name: `ajv #/$defs/${names.jsonSchemaDef(shape)}`, accepts: (v) => def(v) },
          { name: `precompiled ${names.validator(shape)}`, accepts: (v) => pre!(v) },
        ];
      }
      targets.push({ entry: shape.name, node, judges });
    }
    for (const [name, meta] of Object.entries(entries)) {
      if (targets.some((t) => t.entry === name)) continue;
      const doc = documents.strict.$defs[meta.def] as { properties?: Record<string, unknown> };
      if (!doc?.properties) continue;
      // HTTP parts: random JSON objects over the declared keys (no zod counterpart).
      const judges = {} as Record<Mode, Judge[]>;
      for (const mode of MODES) {
        const def = compiled[mode].def(meta.def);
        const pre = precompiled[mode][meta.validator]!;
        judges[mode] = [
          { name: `ajv #/$defs/${meta.def}`, accepts: (v) => def(v) },
          { name: `precompiled ${meta.validator}`, accepts: (v) => pre(v) },
        ];
      }
      const keys = Object.keys(doc.properties);
      const value = fc.dictionary(fc.constantFrom(...keys, 'extra'), fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.string(), fc.integer()));
      const stats = newStats();
      fc.assert(fc.property(value, (v) => judge({ entry: name, node: { kind: 'object', props: [], error: false }, judges }, v, stats)), { seed: 20251127, numRuns: RUNS_PER_SHAPE });
    }
    const stats = newStats();
    for (const target of targets) fc.assert(fc.property(caseArb(model, target.node), (v) => judge(target, v, stats)), { seed: 20251127, numRuns: RUNS_PER_SHAPE });
    expect(stats.strict.runs).toBe(targets.length * RUNS_PER_SHAPE);
    expect(stats.strict.accepted).toBeGreaterThan(0);
    expect(stats.lenient.accepted).toBeLessThan(stats.lenient.runs);
  });
});

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleModel, loadModelFiles } from '../../src/load/assemble.js';
import { serializeIdl } from '../../src/load/idl/serialize.js';
import { deepEqual } from '../../src/load/idl/merge.js';
import { firstDifference, flatten } from './conformance.js';
import { filesUnder, loaderCases, repoRoot } from './upstream.js';

/** JSON AST → IDL → JSON AST gives the model back (byte for byte, or as the reference Model compares). */
function roundTrip(file: string, canonical = false): { before: string; after: string; difference?: string } {
  const model = loadModelFiles([file]);
  const idl = serializeIdl(model);
  const again = assembleModel([{ file: `${relative(repoRoot, file)}.smithy`, text: idl }]);
  if (canonical && !deepEqual(flatten(again), flatten(model))) return { before: '', after: 'x', difference: firstDifference(flatten(again), flatten(model)) };
  return canonical ? { before: '', after: '' } : { before: JSON.stringify(model), after: JSON.stringify(again) };
}

describe('ota-codegen idl (JSON AST → IDL 2.0)', () => {
  it('round-trips every single-namespace JSON case of the reference loader', () => {
    const files = filesUnder(join(loaderCases, 'valid'), '.json').filter((f) => !f.endsWith('__shared.json'));
    const misses: string[] = [];
    let tried = 0;
    for (const f of files) {
      const model = loadModelFiles([f]);
      const namespaces = new Set(Object.keys(model.shapes).map((id) => id.split('#')[0]));
      // Cases that use __shared.json's shapes need it beside them; they are covered by the conformance test.
      // `set` exists only in IDL 1.0; the serializer writes IDL 2.0.
      if (namespaces.size > 1 || JSON.stringify(model).includes('foo.example#') || Object.values(model.shapes).some((s) => s.type === 'set')) continue;
      tried++;
      try {
        const { difference } = roundTrip(f, true);
        if (difference) misses.push(`${relative(loaderCases, f)}: ${difference}`);
      } catch (e) {
        misses.push(`${relative(loaderCases, f)}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    expect(tried).toBeGreaterThan(30);
    expect(misses).toEqual([]);
  });

  it('round-trips GetOTAUpdate and the whole AWS IoT service model', () => {
    for (const f of [join(repoRoot, 'models/iot/get-ota-update.json'), join(repoRoot, '../shared/upstream/aws-models/restJson1/iot-2015-05-28.json')]) {
      const { before, after } = roundTrip(f);
      expect(after.length).toBeGreaterThan(1000);
      expect(after).toBe(before);
    }
  });

  it('writes documentation as /// comments and inline input/output', () => {
    const idl = serializeIdl(loadModelFiles([join(repoRoot, 'models/iot/get-ota-update.json')]));
    expect(idl).toContain('/// Returns the details of one OTA update.');
    expect(idl).toContain('input := {');
    expect(idl).not.toContain('smithy.api#documentation');
    expect(readFileSync(join(repoRoot, 'models/iot/get-ota-update.smithy'), 'utf8')).toContain(idl);
  });
});

import { describe, expect, it } from 'vitest';
import { loadModelFiles, checkAssembledAst } from '../../src/load/assemble.js';
import { buildIr } from '../../src/ir/build.js';
import { upstreamModelFiles } from './upstream.js';

describe('every upstream .smithy file outside the loader cases, loaded together', () => {
  const files = upstreamModelFiles();

  it('finds the prelude, the trait definitions and the restJson1 suite', () => {
    const names = files.map((f) => f.split('/').pop());
    for (const name of ['prelude.smithy', 'smithy.test.smithy', 'aws.protocols.smithy', 'aws.auth.smithy', 'smithy.framework.validation.smithy', 'shared-types.smithy', 'main.smithy']) {
      expect(names).toContain(name);
    }
  });

  it('assembles, validates and builds the IR of both restJson1 services', () => {
    const model = loadModelFiles(files);
    // The prelude is built in and never part of the result.
    expect(Object.keys(model.shapes).filter((id) => id.startsWith('smithy.api#'))).toEqual([]);
    expect(model.shapes['aws.protocoltests.restjson#RestJson']?.type).toBe('service');
    expect(model.shapes['smithy.test#httpRequestTests']?.type).toBe('list');
    // `apply` statements are folded into their targets.
    expect(Object.values(model.shapes).filter((s) => s.type === 'apply')).toEqual([]);
    const checked = checkAssembledAst(model, 'upstream');
    for (const service of ['aws.protocoltests.restjson#RestJson', 'aws.protocoltests.restjson.validation#RestJsonValidation']) {
      const ir = buildIr(checked, { source: 'upstream', service });
      expect(ir.operations.length).toBeGreaterThan(10);
    }
  });
});

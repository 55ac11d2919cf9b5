import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromAst, generateFromText } from '../../src/generate.js';
import { loadModelFiles } from '../../src/load/assemble.js';
import { repoRoot } from './upstream.js';

const jsonPath = join(repoRoot, 'models/iot/get-ota-update.json');
const smithyPath = join(repoRoot, 'models/iot/get-ota-update.smithy');

describe('models/iot/get-ota-update.smithy', () => {
  it('assembles to the same model as get-ota-update.json', () => {
    const fromIdl = loadModelFiles([smithyPath]);
    const fromJson = loadModelFiles([jsonPath]);
    expect(Object.keys(fromIdl.shapes).length).toBeGreaterThan(50);
    expect(JSON.stringify(fromIdl)).toBe(JSON.stringify(fromJson));
  });

  it('generates byte-identical packages (same header source given to both)', () => {
    // The header names the model; given the same name, nothing else may differ.
    const options = { source: 'models/iot/get-ota-update.json' };
    const fromJson = generateFromText(readFileSync(jsonPath, 'utf8'), options).files;
    const fromIdl = generateFromAst(loadModelFiles([smithyPath]), options).files;
    expect(fromIdl.length).toBeGreaterThan(10);
    expect(fromIdl.map((f) => f.path)).toEqual(fromJson.map((f) => f.path));
    for (let i = 0; i < fromJson.length; i++) expect(fromIdl[i]!.contents, fromJson[i]!.path).toBe(fromJson[i]!.contents);
  });
});

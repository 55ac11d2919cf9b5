/**
 * Issue 13 §2, valid models whose output was wrong or that crashed: they must generate, and the
 * output must say what the model says.
 */
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';
import { plainText } from '../../src/ir/docs.js';
import { baseModel, expectGenerated, ID, read, runModel } from './hostile-model.js';

const generate = (model: object) => generateFromText(JSON.stringify(model), { source: 'model.json' }).files;
const file = (files: { path: string; contents: string }[], suffix: string) => files.find((f) => f.path.endsWith(suffix))!.contents;

describe('valid models generate correctly', () => {
  it.each(['2024 beta', 'v1#2', '  spaced  out # x'])('a service version %j generates', (version) => {
    const r = runModel(baseModel({ version }));
    expectGenerated(r);
    const strict = JSON.parse(read(r, 'json-schema/src/strict.gen.json')) as { $id: string; title: string };
    expect(() => new URL(strict.$id)).not.toThrow();
    expect(new URL(strict.$id).pathname).toContain(encodeURIComponent(version));
    expect(strict.title).toContain(version.trim());
  });

  it('a shape named __proto__ is in the fixtures model and every package', () => {
    const m = baseModel();
    m.shapes[ID('__proto__')] = { type: 'structure', members: { a: { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } } } };
    m.shapes[ID('Thing')].members.proto = { target: ID('__proto__') };
    const files = generate(m);
    const fixtureModel = file(files, 'fixtures/src/model.gen.ts');
    expect(fixtureModel).toContain("['__proto__']: {");
    // Evaluated as the module would be: the key is an own property, not the prototype.
    const literal = fixtureModel.slice(fixtureModel.indexOf('= ') + 2, fixtureModel.lastIndexOf(';'));
    const value = new Function(`return (${literal});`)() as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(file(files, 'fixtures/src/fixtures.gen.ts')).toContain("['__proto__']: createFactory");
    expect(file(files, 'types/src/shapes.gen.ts')).toContain('export interface __proto__ {');
  });

  it('a required __proto__ member keeps its rule in the invalid-case table and in zod', () => {
    const m = baseModel();
    m.shapes[ID('Thing')].members.__proto__ = undefined;
    const text = JSON.stringify(m).replace('"note":{', '"__proto__":{"target":"smithy.api#String","traits":{"smithy.api#required":{}}},"note":{');
    const files = generateFromText(text, { source: 'model.json' }).files;
    const invalid = file(files, 'fixtures/src/invalid.gen.ts');
    const literal = invalid.slice(invalid.indexOf('= ') + 2, invalid.lastIndexOf(';'));
    const table = new Function(`return (${literal});`)() as Record<string, Record<string, { kind: string }[]>>;
    const thing = table.Thing!;
    expect(Object.hasOwn(thing, '__proto__')).toBe(true);
    expect(thing['__proto__']!.map((r) => r.kind)).toContain('required');
    expect(file(files, 'zod/src/schemas.gen.ts')).toMatch(/\["__proto__"\]: rt\.string\(\)/);
  });
});

describe('documentation cost is linear in its size', () => {
  /**
   * Best of five runs in CPU milliseconds (process.cpuUsage): on a shared machine wall time also
   * counts the time other processes hold the core, which grows with the run's length.
   */
  const best = (fn: () => void) => {
    let min = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = process.cpuUsage();
      fn();
      const d = process.cpuUsage(start);
      min = Math.min(min, (d.user + d.system) / 1000);
    }
    return min;
  };
  it.each([
    ['only <', '<'],
    ['unclosed tags', '<a '],
    ['closing > only', '>'],
    ['tags', '<p>x</p>'],
    ['spaces between words', 'a '],
    ['entities', '&lt;&amp;'],
  ])('%s: 10× the text takes well under 100× the time (quadratic would)', (_label, unit) => {
    const small = unit.repeat(100_000 / unit.length);
    const large = unit.repeat(1_000_000 / unit.length);
    best(() => plainText(small)); // warm-up
    const ratio = best(() => plainText(large)) / Math.max(best(() => plainText(small)), 0.05);
    expect(ratio).toBeLessThan(35);
  });

  it('1 MB of < in smithy.api#documentation generates', () => {
    const r = generate(baseModel({ doc: '<'.repeat(1_000_000) }));
    expect(r.length).toBeGreaterThan(0);
  });
});

/**
 * load/json.ts: the duplicate-key and depth scan that runs beside JSON.parse. Exact pointers for
 * tricky texts, and its cost on AWS's 1.4 MB IoT model measured against JSON.parse's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataJson, scanJson } from '../../src/load/json.js';
import { root } from './hostile-model.js';

describe('scanJson', () => {
  it.each([
    ['no duplicates', '{"a":1,"b":{"a":2},"c":[{"a":1},{"a":1}]}', []],
    ['top-level duplicate', '{"a":1,"a":2}', ['/a']],
    ['nested, in an array', '{"x":[0,{"k":1,"k":2}]}', ['/x/1/k']],
    ['same key once escaped', '{"ab":1,"a\\u0062":2}', ['/ab']],
    ['braces, commas and quotes inside strings are text', '{"a":"{,\\"a\\":}","b":"\\\\","a":0}', ['/a']],
    ['pointer tokens are escaped', '{"a/b~":{"x":1,"x":1}}', ['/a~1b~0/x']],
    ['many keys (past the small-object limit)', `{${Array.from({ length: 20 }, (_, i) => `"k${i}":0`).join(',')},"k3":1}`, ['/k3']],
  ])('%s', (_label, text, pointers) => {
    JSON.parse(text); // every case is valid JSON
    expect(scanJson(text).map((i) => i.pointer)).toEqual(pointers);
  });

  it('refuses nesting past the limit, naming where', () => {
    const issues = scanJson(`{"a":${'['.repeat(10)}${']'.repeat(10)}}`, 4);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.pointer).toBe('/a/0/0/0'); // the fifth container
    expect(issues[0]!.message).toMatch(/nested more than 4 levels/);
  });

  it('gives the tables keyed by model text a null prototype', () => {
    const m = parseDataJson('{"shapes":{"a#B":{"type":"structure","members":{"__proto__":{"target":"x#Y","traits":{"toString":1}}}}}}') as any;
    expect(Object.getPrototypeOf(m.shapes)).toBe(null);
    expect(m.shapes.constructor).toBeUndefined();
    const members = m.shapes['a#B'].members;
    expect(Object.keys(members)).toEqual(['__proto__']);
    expect(members.__proto__.target).toBe('x#Y');
    expect(Object.getPrototypeOf(members.__proto__.traits)).toBe(null);
  });
});

describe('cost on a large model', () => {
  const iot = resolve(root, '../shared/upstream/aws-models/restJson1/iot-2015-05-28.json');
  it('scanning costs less than 3× JSON.parse (CPU time, best of 7)', () => {
    if (!existsSync(iot)) throw new Error(`missing ${resolve(root, '../shared/upstream/aws-models/restJson1')}: the shared upstream models are needed`);
    const text = readFileSync(iot, 'utf8');
    const best = (fn: () => unknown) => {
      fn();
      let min = Infinity;
      for (let i = 0; i < 7; i++) {
        const t = process.cpuUsage();
        fn();
        const d = process.cpuUsage(t);
        min = Math.min(min, d.user + d.system);
      }
      return min;
    };
    expect(scanJson(text)).toEqual([]);
    expect(best(() => scanJson(text)) / best(() => JSON.parse(text))).toBeLessThan(3);
  });
});

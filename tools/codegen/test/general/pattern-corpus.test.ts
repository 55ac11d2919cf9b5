/**
 * Every @pattern of the shared AWS restJson1 models through the translator, without generating any
 * code: each must translate to ECMAScript that compiles with the `u` flag, and each generation form
 * must be one fast-check's `stringMatching` draws from. Failures are listed by model and pattern.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternForGeneration, patternMatchesNothing, translatePattern } from '../../src/ir/pattern.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpus = resolve(repoRoot, '../shared/upstream/aws-models/restJson1');

/** pattern → the models that use it (first seen first). */
function corpusPatterns(): Map<string, string[]> {
  if (!existsSync(corpus)) throw new Error(`the shared AWS models are missing: ${corpus} does not exist`);
  const patterns = new Map<string, string[]>();
  const walk = (value: unknown, model: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, model));
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'smithy.api#pattern' && typeof v === 'string') {
          const models = patterns.get(v) ?? [];
          if (!models.includes(model)) models.push(model);
          patterns.set(v, models);
        } else walk(v, model);
      }
    }
  };
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.json')).sort()) {
    walk(JSON.parse(readFileSync(resolve(corpus, file), 'utf8')), file.replace(/\.json$/, ''));
  }
  return patterns;
}

describe('every @pattern of the shared AWS restJson1 models', () => {
  const patterns = corpusPatterns();

  it('is read from the corpus', () => {
    expect(patterns.size).toBeGreaterThan(1000);
  });

  it('translates to ECMAScript that compiles with the u flag', () => {
    const failures: string[] = [];
    for (const [pattern, models] of patterns) {
      try {
        new RegExp(translatePattern(pattern), 'u');
      } catch (e) {
        failures.push(`${models.join(', ')}: ${JSON.stringify(pattern)}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has a generation form fast-check draws from, whose strings the exact form mostly keeps', () => {
    const failures: string[] = [];
    let forms = 0;
    let productive = 0;
    for (const [pattern, models] of patterns) {
      const generation = patternForGeneration(pattern);
      if (generation === undefined) continue;
      forms++;
      try {
        const exact = new RegExp(translatePattern(pattern), 'u');
        const drawn = fc.sample(fc.stringMatching(new RegExp(generation, 'u')), { numRuns: 100, seed: 7 });
        if (drawn.filter((s) => exact.test(s)).length >= 10) productive++;
      } catch (e) {
        failures.push(`${models.join(', ')}: ${JSON.stringify(generation)}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(forms).toBeGreaterThan(40); // the corpus's lookarounds, \b and possessive forms
    // Measured: 51 of 54 keep 10+ of 100 draws; the rest keep few (IPv4 forms with \b or (?!$)) or
    // none (connect's `^/^(?=…)…$/$`, which no string can match).
    expect(productive / forms).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('flags as matching no string only patterns that are, and lists them', () => {
    const flagged: string[] = [];
    for (const [pattern, models] of patterns) {
      if (!patternMatchesNothing(pattern)) continue;
      flagged.push(`${models.join(', ')}: ${pattern}`);
      // Each one is unsatisfiable by reading: `^` after a consumed `/`, `$` before one.
      const exact = new RegExp(translatePattern(pattern), 'u');
      for (const s of ['', '/123456789012/', '123456789012', '/Abcdefg1/', 'Abcdefg1']) expect(exact.test(s), `${pattern} on ${s}`).toBe(false);
    }
    // Measured over the 173 shared models (1,466 distinct patterns): these two, both slashes kept
    // from a JavaScript regex literal around an anchored pattern.
    expect(flagged).toEqual([
      'connect-2017-08-08: ^/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$/$',
      'dataexchange-2017-07-25: /^[\\d]{12}$/',
    ]);
  });
});

/**
 * merge-defs.ts: which definitions of a document copy are compiled once for several keys, and that
 * the precompiled module still answers (and reports errors) like ajv on the unmerged document.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { defPointer } from '../src/emit/json-schema/compile-copy.js';
import { mergeIdenticalDefs } from '../src/emit/json-schema/merge-defs.js';
import { emitValidators } from '../src/emit/json-schema/validator-code/index.js';
import type { JsonSchema, JsonValue } from '../src/emit/shared/json-schema-defs.js';

const ref = (key: string) => ({ $ref: defPointer(key) });
const str = { type: 'string', maxLength: 3 };

describe('mergeIdenticalDefs', () => {
  it('merges equal definitions into the first, and then the definitions that become equal through them', () => {
    const defs: Record<string, JsonValue> = {
      A: str,
      B: { ...str },
      C: { type: 'string', maxLength: 4 },
      SA: { type: 'object', properties: { x: ref('A') } },
      SB: { type: 'object', properties: { x: ref('B') } },
      SC: { type: 'object', properties: { x: ref('C') } },
      L: { type: 'array', items: ref('SB') },
      M: { type: 'array', items: ref('SA') },
    };
    const { defs: merged, representative } = mergeIdenticalDefs(defs);
    expect(Object.fromEntries(representative)).toEqual({ A: 'A', B: 'A', C: 'C', SA: 'SA', SB: 'SA', SC: 'SC', L: 'L', M: 'L' });
    expect(Object.keys(merged)).toEqual(['A', 'C', 'SA', 'SC', 'L']);
    expect(merged.L).toEqual({ type: 'array', items: ref('SA') });
  });

  it('follows references under properties named like keywords (required, enum, const)', () => {
    const defs: Record<string, JsonValue> = {
      A: str,
      B: str,
      S: { type: 'object', properties: { required: ref('B'), enum: ref('B'), const: { type: 'array', items: ref('B') } }, required: ['required'] },
    };
    const { defs: merged } = mergeIdenticalDefs(defs);
    expect(merged.S).toEqual({ type: 'object', properties: { required: ref('A'), enum: ref('A'), const: { type: 'array', items: ref('A') } }, required: ['required'] });
  });

  it('keeps groups apart, leaves data keywords alone and keeps recursive definitions', () => {
    const defs: Record<string, JsonValue> = {
      A: str,
      B: str,
      E: { enum: ['#/$defs/A', '#/$defs/B'] },
      F: { enum: ['#/$defs/A', '#/$defs/A'] },
      T: { type: 'object', properties: { next: ref('T') } },
      U: { type: 'object', properties: { next: ref('U') } },
    };
    const { defs: merged, representative } = mergeIdenticalDefs(defs, (k) => (k === 'B' ? 'other' : ''));
    expect(representative.get('B')).toBe('B');
    expect(merged.E).toEqual({ enum: ['#/$defs/A', '#/$defs/B'] });
    expect(representative.get('F')).toBe('F');
    // Equal only up to their own recursion: not merged, which is safe.
    expect(representative.get('U')).toBe('U');
    expect(merged.T).toEqual(defs.T);
  });
});

describe('precompiled validators of a merged document', () => {
  const document: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:test:merge',
    $defs: {
      Name: { type: 'string', pattern: '^[a-z]+$', description: 'a name' },
      Label: { type: 'string', pattern: '^[a-z]+$', description: 'a label, same schema' },
      Person: { type: 'object', properties: { name: ref('Name') }, required: ['name'], additionalProperties: false },
      Thing: { type: 'object', properties: { name: ref('Label') }, required: ['name'], additionalProperties: false },
    },
  };
  const exports = { validatePerson: 'Person', validateThing: 'Thing', validateName: 'Name', validateLabel: 'Label' };

  it('compiles one function per distinct definition, exports every name, and agrees with ajv on the document', async () => {
    const { code } = emitValidators({ document, exports, inlineInto: [], options: { ajvInlineRefs: false } });
    expect([...code.matchAll(/^function check\d+\(/gm)]).toHaveLength(2);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, ((v: unknown) => boolean) & { errors?: unknown }>;
    // As the module was compiled: every `$ref` a call, so errors carry the callee's `schemaPath`.
    const ajv = new Ajv2020({ strict: true, unicodeRegExp: true, inlineRefs: false });
    ajv.addSchema(document);
    const payloads = [{ name: 'x' }, { name: 'X' }, { name: 1 }, {}, { name: 'x', extra: 1 }, 'x', 'X', 3];
    for (const [name, def] of Object.entries(exports)) {
      const reference = ajv.getSchema(`urn:test:merge${defPointer(def)}`)!;
      for (const payload of payloads) {
        expect(module[name]!(payload), `${name}(${JSON.stringify(payload)})`).toBe(reference(payload));
        expect(module[name]!.errors ?? null).toEqual(reference.errors ?? null);
      }
    }
  });
});

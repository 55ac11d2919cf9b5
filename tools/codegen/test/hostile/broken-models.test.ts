/**
 * Issue 13 §2: each broken model gets the promised error (shape id + JSON pointer, exit ≠ 0, no
 * stack trace, nothing written), through the real CLI. One case per `it`.
 */
import { describe, expect, it } from 'vitest';
import { baseModel, expectRefused, ID, runCli, runModel, type Model } from './hostile-model.js';

const SERVICE = ID('Service');
const THING = ID('Thing');
const P = (...tokens: string[]) => tokens.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function broken(mutate: (m: Model) => void): Model {
  const m = baseModel();
  mutate(m);
  return m;
}

describe('lookups never fall through to Object.prototype', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('a member targeting %s is a dangling target', (target) => {
    const r = runModel(broken((m) => (m.shapes[THING].members.id.target = target)));
    expectRefused(r, THING, P('shapes', THING, 'members', 'id', 'target'), new RegExp(`targets "${target}", which is not defined`));
  });

  it.each(['__proto__', 'toString'])('a trait key %s is refused', (key) => {
    // Built from text: `__proto__` as an object-literal key would set the prototype instead.
    const text = JSON.stringify(baseModel(), null, 2).replace('"smithy.api#pattern"', `"${key}": {}, "smithy.api#pattern"`);
    const r = runCli(text);
    expectRefused(r, ID('Label'), P('shapes', ID('Label'), 'traits', key), /not an absolute shape id/);
  });

  it('a service operation {"target": "valueOf"} is refused', () => {
    const r = runModel(broken((m) => m.shapes[SERVICE].operations.push({ target: 'valueOf' })));
    expectRefused(r, SERVICE, P('shapes', SERVICE, 'operations', '1', 'target'), /operation "valueOf" is not defined/);
  });
});

describe('rename values are identifiers', () => {
  it.each([
    ['a number', 42],
    ['an empty string', ''],
    ['a path', '../../etc/Thing'],
    ['a comment breaker', 'Thing*/'],
  ])('a rename to %s is refused', (_label, value) => {
    const r = runModel(broken((m) => (m.shapes[SERVICE].rename = { [THING]: value })));
    expectRefused(r, SERVICE, P('shapes', SERVICE, 'rename', THING), /must be a Smithy identifier/);
  });
});

describe('what the reference validators refuse', () => {
  it('a mixin cycle', () => {
    const r = runModel(
      broken((m) => {
        m.shapes[ID('MixA')] = { type: 'structure', members: {}, mixins: [{ target: ID('MixB') }], traits: { 'smithy.api#mixin': {} } };
        m.shapes[ID('MixB')] = { type: 'structure', members: {}, mixins: [{ target: ID('MixA') }], traits: { 'smithy.api#mixin': {} } };
      }),
    );
    expectRefused(r, ID('MixA'), P('shapes', ID('MixA'), 'mixins'), /mixin cycle: ex\.hostile#MixA → ex\.hostile#MixB → ex\.hostile#MixA/);
  });

  it('duplicate JSON keys (a later duplicate would hide a dangling target)', () => {
    const text = JSON.stringify(baseModel(), null, 2).replace(
      '"label": {',
      '"label": { "target": "ex.hostile#NoSuchShape" },\n        "label": {',
    );
    const r = runCli(text);
    expectRefused(r, undefined, P('shapes', THING, 'members', 'label'), /duplicate key "label"/);
  });

  it('a required member that recurses into its own structure', () => {
    const r = runModel(broken((m) => (m.shapes[THING].members.self = { target: THING, traits: { 'smithy.api#required': {} } })));
    expectRefused(r, THING, P('shapes', THING, 'members'), /required members recurse without end: ex\.hostile#Thing → ex\.hostile#Thing/);
  });

  it.each([
    ['CR/LF', 'x-token\r\nSet-Cookie: a=b'],
    ['a space', 'x token'],
    ['a colon', 'x-token:'],
    ['a comment breaker', 'x*/y'],
    ['an empty name', ''],
  ])('an @httpHeader name holding %s', (_label, header) => {
    const r = runModel(baseModel({ header }));
    expectRefused(r, ID('GetThingInput'), P('shapes', ID('GetThingInput'), 'members', 'token', 'traits', 'smithy.api#httpHeader'), /must be an HTTP header name/);
  });

  it('union members whose names differ only in case', () => {
    const r = runModel(broken((m) => (m.shapes[ID('ShapeChoice')].members.Round = { target: 'smithy.api#String' })));
    expectRefused(r, ID('ShapeChoice'), P('shapes', ID('ShapeChoice'), 'members', 'Round'), /differ only in case/);
  });

  it('a union member name that is not an identifier', () => {
    const r = runModel(broken((m) => (m.shapes[ID('ShapeChoice')].members['a*/b'] = { target: 'smithy.api#String' })));
    expectRefused(r, ID('ShapeChoice'), P('shapes', ID('ShapeChoice'), 'members', 'a*/b'), /is not a Smithy identifier/);
  });

  it('union jsonNames that collide (JsonNameValidator)', () => {
    const r = runModel(broken((m) => (m.shapes[ID('ShapeChoice')].members.round.traits['smithy.api#jsonName'] = 'sq text')));
    expectRefused(r, ID('ShapeChoice'), P('shapes', ID('ShapeChoice'), 'members', 'square', 'traits', 'smithy.api#jsonName'), /both have the JSON name "sq text"/);
  });

  it('a structure jsonName colliding with another member name', () => {
    const r = runModel(broken((m) => (m.shapes[THING].members.label.traits['smithy.api#jsonName'] = 'color')));
    expectRefused(r, THING, P('shapes', THING, 'members', 'color'), /both have the JSON name "color"/);
  });

  it('a shape name that is not an identifier', () => {
    const r = runModel(broken((m) => (m.shapes[ID('Bad*/Name')] = { type: 'string' })));
    expectRefused(r, ID('Bad*/Name'), P('shapes', ID('Bad*/Name')), /not an absolute shape id/);
  });
});

describe('time and memory', () => {
  it('a @default document nested 5,000 deep is refused naming where, without a stack overflow', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = JSON.stringify(
      broken((m) => {
        m.shapes[ID('Doc')] = { type: 'document' };
        m.shapes[THING].members.doc = { target: ID('Doc'), traits: { 'smithy.api#default': 'DEEP' } };
      }),
    ).replace('"DEEP"', deep);
    const r = runCli(text);
    // The pointer names the array where the limit was crossed: the default's path, then /0 per level.
    const prefix = P('shapes', THING, 'members', 'doc', 'traits', 'smithy.api#default');
    const pointer = /at (\S+): nested/.exec(r.stderr)?.[1] ?? '';
    expect(pointer.startsWith(`${prefix}/0`)).toBe(true);
    expect(pointer.slice(prefix.length)).toMatch(/^(\/0){200,256}$/);
    expectRefused(r, undefined, pointer, /nested more than 256 levels deep/);
  });
});

/**
 * What the IR resolves from each hand-written feature model: the facts every emitter relies on
 * (requiredness, defaults, mixins, enums, timestamp formats, bindings, errors, pagination, names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../src/ir/build.js';
import { parseModel } from '../../src/load/read.js';
import type { IrMember, IrModel, StructureShape } from '../../src/ir/types.js';
import { names } from '../../src/naming/index.js';
import { modelsDir } from './harness.js';

function ir(file: string, options: { operations?: string[] } = {}): IrModel {
  return buildIr(parseModel(readFileSync(join(modelsDir, file), 'utf8'), file), { source: file, ...options });
}
function structure(model: IrModel, id: string): StructureShape {
  const s = model.shapes.get(id);
  if (s?.kind !== 'structure') throw new Error(`${id} is not a structure in the IR`);
  return s;
}
function member(model: IrModel, id: string, name: string): IrMember {
  const m = structure(model, id).members.find((x) => x.name === name);
  if (!m) throw new Error(`${id} has no member ${name}`);
  return m;
}

describe('structures: requiredness, defaults, clientOptional, mixins', () => {
  const model = ir('structures.json');
  const input = 'example.structures#CreateWidgetInput';

  it.each([
    // member, required, clientOptional, hasDefault, default
    ['name', true, false, false, undefined],
    ['size', false, false, true, 10],
    ['color', true, true, false, undefined],
    ['weight', true, false, true, 0],
    ['enabled', false, false, false, undefined], // @default(null) removes the target's default
    ['createdBy', true, false, false, undefined], // required comes from the mixin
    ['note', false, false, false, undefined],
  ] as const)('%s: required=%s clientOptional=%s hasDefault=%s', (name, required, clientOptional, hasDefault, value) => {
    const m = member(model, input, name);
    expect({ required: m.required, clientOptional: m.clientOptional, hasDefault: m.hasDefault, default: m.default }).toEqual({ required, clientOptional, hasDefault, default: value });
  });

  it('mixin members come first, in mixin order, then the shape own members', () => {
    expect(structure(model, 'example.structures#Widget').members.map((m) => m.name)).toEqual(['createdBy', 'note', 'name', 'size', 'labels', 'attributes', 'spec']);
    expect(structure(model, input).members.map((m) => m.name)).toEqual(['createdBy', 'note', 'name', 'size', 'color', 'weight', 'enabled', 'spec']);
  });

  it('a member re-declared with its own traits keeps the inherited ones', () => {
    const m = member(model, input, 'createdBy');
    expect(m.docs.text).toBe("Overrides the mixin's docs; stays required.");
    expect(m.required).toBe(true);
  });

  it('localTraits of a mixin are not inherited; the mixin itself is not in the closure', () => {
    expect(structure(model, 'example.structures#Widget').docs.text).toBeUndefined();
    expect(model.shapes.has('example.structures#Audited')).toBe(false);
  });

  it('a mixin member named __proto__ is inherited like any other', () => {
    const text = readFileSync(join(modelsDir, 'structures.json'), 'utf8').replace('"note": { "target": "example.structures#Note" }', '"note": { "target": "example.structures#Note" }, "__proto__": { "target": "smithy.api#String" }');
    const withProto = buildIr(parseModel(text, 'structures.json'), { source: 'structures.json' });
    expect(structure(withProto, 'example.structures#Widget').members.map((m) => m.name)).toContain('__proto__');
  });

  it('an apply entry adds its traits to the member it names', () => {
    const m = member(model, 'example.structures#Spec', 'shape');
    expect(m.docs.text).toBe('Applied to the member from outside.');
    expect(m.constraints.length).toEqual({ min: 1 });
    expect(m.default).toBe('square'); // the member's own traits stay
    expect(model.shapes.has('example.structures#Spec$shape')).toBe(false);
  });

  it('collection defaults and the input/output roles', () => {
    expect(member(model, 'example.structures#Widget', 'labels').default).toEqual([]);
    expect(member(model, 'example.structures#Widget', 'attributes').default).toEqual({});
    expect(structure(model, input).role).toBe('input');
    expect(structure(model, 'example.structures#CreateWidgetOutput').role).toBe('output');
    expect(model.shapes.get('example.structures#WidgetSize')!.default).toBe(10);
  });
});

describe('enums', () => {
  const model = ir('enums.json');
  it('enum values are the @enumValue, in model order', () => {
    const color = model.shapes.get('example.enums#Color');
    expect(color?.kind === 'enum' && color.values.map((v) => [v.name, v.value])).toEqual([
      ['DARK_RED', 'dark-red'],
      ['LIGHT_BLUE', 'light blue'],
      ['green', 'GREEN'],
      ['OLD', 'old'],
    ]);
    expect(color?.default).toBe('dark-red');
  });
  it('intEnum values are integers', () => {
    const size = model.shapes.get('example.enums#Size');
    expect(size?.kind === 'intEnum' && size.values.map((v) => v.value)).toEqual([1, 5, 100]);
  });
  it('a Smithy 1 @enum string becomes an enum shape; values without a name get one', () => {
    const legacy = model.shapes.get('example.enums#LegacyTier');
    expect(legacy?.kind).toBe('enum');
    expect(legacy?.kind === 'enum' && legacy.values.map((v) => [v.name, v.value, v.docs.text])).toEqual([
      ['T2_MICRO', 't2.micro', 'Smallest.'],
      ['M5_LARGE', 'm5.large', undefined],
      ['_2XL', '2xl', undefined],
    ]);
  });
  it('a Smithy 1 @enum value tagged "internal" becomes an @internal enum value', () => {
    const text = JSON.stringify({
      smithy: '2.0',
      shapes: {
        'example.tags#Svc': { type: 'service', version: '1', operations: [{ target: 'example.tags#Op' }], traits: { 'aws.protocols#restJson1': {} } },
        'example.tags#Op': { type: 'operation', input: { target: 'example.tags#OpInput' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/op' } } },
        'example.tags#OpInput': { type: 'structure', members: { mode: { target: 'example.tags#Mode' } } },
        'example.tags#Mode': { type: 'string', traits: { 'smithy.api#enum': [{ value: 'a' }, { value: 'b', tags: ['internal'] }, { value: 'c', tags: ['beta'] }] } },
      },
    });
    const mode = buildIr(parseModel(text, 'tags.json'), { source: 'tags.json' }).shapes.get('example.tags#Mode');
    expect(mode?.kind === 'enum' && mode.values.map((v) => [v.value, v.internal === true])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
  });
});

describe('collections', () => {
  const model = ir('collections.json');
  it.each([
    ['example.collections#NameList', false, undefined],
    ['example.collections#SparseNameList', true, undefined],
    ['example.collections#UniqueNumbers', false, true],
    ['example.collections#LegacySet', false, true], // Smithy 1 set = list + @uniqueItems
  ])('%s: sparse=%s uniqueItems=%s', (id, sparse, unique) => {
    const s = model.shapes.get(id);
    expect(s?.kind).toBe('list');
    expect(s?.kind === 'list' && s.sparse).toBe(sparse);
    expect(s?.constraints.uniqueItems).toBe(unique);
  });
  it('sparse maps and list-member timestamp formats', () => {
    const m = model.shapes.get('example.collections#SparseTagMap');
    expect(m?.kind === 'map' && m.sparse).toBe(true);
    const dates = model.shapes.get('example.collections#DateList');
    expect(dates?.kind === 'list' && dates.member.timestampFormat).toBe('date-time');
  });
});

describe('unions', () => {
  const model = ir('unions.json');
  it('a Unit union member puts the prelude Unit in the closure as an empty structure', () => {
    const unit = model.shapes.get('smithy.api#Unit');
    expect(unit).toMatchObject({ kind: 'structure', members: [], prelude: true });
  });
  it('member json names', () => {
    const value = model.shapes.get('example.unions#Value');
    expect(value?.kind === 'union' && value.members.find((m) => m.name === 'renamed')?.jsonName).toBe('Renamed');
  });
});

describe('recursion', () => {
  it('recursive shapes are in the closure once', () => {
    const model = ir('recursion.json');
    expect(model.shapeOrder.filter((id) => id.startsWith('example.recursion#'))).toEqual([
      'example.recursion#Expression',
      'example.recursion#File',
      'example.recursion#FileList',
      'example.recursion#Folder',
      'example.recursion#LinkedNode',
      'example.recursion#PutTreeInput',
      'example.recursion#PutTreeOutput',
      'example.recursion#Sum',
      'example.recursion#TreeNode',
      'example.recursion#TreeNodeList',
      'example.recursion#TreeNodeMap',
    ]);
  });
});

describe('timestamps', () => {
  const model = ir('timestamps.json');
  const input = 'example.timestamps#GetTimesInput';
  it.each([
    ['at', 'date-time'], // label default
    ['since', 'date-time'], // query default
    ['sinceEpoch', 'epoch-seconds'],
    ['ifModifiedSince', 'http-date'], // header default
    ['headerIso', 'date-time'], // shape trait beats the location default
    ['headerDates', 'http-date'], // a header list: the elements' format
    ['bodyDefault', 'epoch-seconds'],
    ['bodyIso', 'date-time'],
    ['bodyHttpDate', 'http-date'],
    ['shapeIso', 'date-time'],
    ['shapeHttpDate', 'http-date'],
    ['memberOverridesShape', 'epoch-seconds'],
  ])('%s → %s', (name, format) => {
    expect(member(model, input, name).timestampFormat).toBe(format);
  });
  it('map values and list members keep their own formats', () => {
    const map = model.shapes.get('example.timestamps#TimeMap');
    expect(map?.kind === 'map' && map.value.timestampFormat).toBe('http-date');
    const list = model.shapes.get('example.timestamps#IsoList');
    expect(list?.kind === 'list' && list.member.timestampFormat).toBe('date-time');
  });
});

describe('http bindings', () => {
  const model = ir('http-bindings.json');
  it('operations bound through a resource (read + operations) belong to the service', () => {
    expect(model.operations.map((o) => o.name)).toEqual(['DeleteThing', 'GetObject', 'PutConfig', 'PutDocument', 'PutShape', 'PutText']);
  });
  it('labels (greedy too), query literals, Unit output and status codes', () => {
    const get = model.operations.find((o) => o.name === 'GetObject')!;
    expect(get.http.path).toEqual([
      { kind: 'literal', value: 'buckets' },
      { kind: 'label', member: 'bucket', greedy: false },
      { kind: 'literal', value: 'objects' },
      { kind: 'label', member: 'key', greedy: true },
    ]);
    expect(get.http.queryLiterals).toEqual({ 'x-id': 'GetObject' });
    expect(member(model, 'example.http#GetObjectInput', 'key').http).toEqual({ kind: 'label', greedy: true });
    const del = model.operations.find((o) => o.name === 'DeleteThing')!;
    expect(del.output).toBeUndefined();
    expect(del.http.code).toBe(204);
  });
  it.each([
    ['example.http#GetObjectInput', 'versionId', { kind: 'query', name: 'versionId' }],
    ['example.http#GetObjectInput', 'fields', { kind: 'query', name: 'field' }],
    ['example.http#GetObjectInput', 'extra', { kind: 'queryParams' }],
    ['example.http#GetObjectInput', 'range', { kind: 'header', name: 'Range' }],
    ['example.http#GetObjectInput', 'metadata', { kind: 'prefixHeaders', prefix: 'x-meta-' }],
    ['example.http#GetObjectOutput', 'body', { kind: 'payload' }],
    ['example.http#GetObjectOutput', 'status', { kind: 'responseCode' }],
    ['example.http#PutConfigInput', 'config', { kind: 'payload' }],
    ['example.http#PutTextInput', 'text', { kind: 'payload' }],
    ['example.http#PutDocumentInput', 'document', { kind: 'payload' }],
    ['example.http#PutShapeInput', 'shape', { kind: 'payload' }],
  ])('%s.%s', (id, name, binding) => {
    expect(member(model, id, name).http).toEqual(binding);
  });
});

describe('errors', () => {
  const model = ir('errors.json');
  it.each([
    ['example.errors#NotFound', { fault: 'client', httpStatus: 404 }],
    ['example.errors#BadInput', { fault: 'client', httpStatus: 400 }], // no @httpError: 400 for client
    ['example.errors#InternalError', { fault: 'server', httpStatus: 500 }], // no @httpError: 500 for server
    ['example.errors#ThrottledError', { fault: 'client', httpStatus: 400, retryable: { throttling: true } }],
    ['example.errors#Conflict', { fault: 'client', httpStatus: 409, retryable: { throttling: false } }],
  ])('%s', (id, error) => {
    expect(structure(model, id).error).toEqual(error);
  });
  it('service errors apply to every operation; Unit input and output are absent', () => {
    expect(model.service.errors).toEqual(['example.errors#InternalError', 'example.errors#ThrottledError']);
    const ping = model.operations.find((o) => o.name === 'PingItem')!;
    expect(ping.input).toBeUndefined();
    expect(ping.output).toBeUndefined();
    expect(model.shapes.has('smithy.api#Unit')).toBe(false);
  });
});

describe('documentation traits', () => {
  const model = ir('docs-traits.json');
  it('an operation @paginated merges over the service defaults', () => {
    expect(model.operations.find((o) => o.name === 'ListSecrets')!.pagination).toEqual({ inputToken: 'nextToken', outputToken: 'nextToken', pageSize: 'maxResults', items: 'secrets' });
    expect(model.operations.find((o) => o.name === 'CreateSecret')!.pagination).toBeUndefined();
  });
  it('deprecated, sensitive (shape trait reaches members), idempotency tokens, HTML docs as text', () => {
    const input = 'example.docs#CreateSecretInput';
    expect(model.operations.find((o) => o.name === 'CreateSecret')!.docs.deprecated).toEqual({ message: 'Use CreateSecretV2.', since: '2024-06-01' });
    expect(member(model, input, 'legacyFlag').docs.deprecated).toEqual({});
    expect(member(model, input, 'value').docs.sensitive).toBe(true);
    expect(member(model, input, 'pin').docs.sensitive).toBe(true);
    expect(member(model, input, 'name').docs.sensitive).toBeUndefined();
    expect(member(model, input, 'clientToken').idempotencyToken).toBe(true);
    expect(member(model, input, 'name').docs.text).toBe("The secret's name. Use a-z only; never */ in docs.");
    expect(model.service.docs.text).toBe('Stores secrets & lists them.');
  });
});

describe('reserved names', () => {
  const model = ir('reserved-names.json');
  it.each([
    ['example.reserved#Stream', '_Stream'],
    ['example.reserved#Date', '_Date'],
    ['example.reserved#Object', '_Object'],
    ['example.reserved#Function', '_Function'],
    ['example.reserved#Promise', '_Promise'],
    ['example.reserved#Record', '_Record'],
    ['example.reserved#Map', '_Map'],
    ['example.reserved#Symbol', '_Symbol'],
    ['example.reserved#Array', '_Array'],
    ['example.reserved#Error', '_Error'],
    ['example.reserved#SmithyDocument', '_SmithyDocument'], // the types package's own document type
    ['example.other#Object', 'OtherObject'], // the service's rename
  ])('%s → %s', (id, identifier) => {
    expect(names.type(model.shapes.get(id)!)).toBe(identifier);
  });
});

describe('patterns: possessive quantifiers and member overrides', () => {
  const model = ir('java-patterns.json');
  const input = 'example.patterns#CheckPatternsInput';

  it('a possessive quantifier nothing can backtrack into is dropped; elsewhere it is emulated, with a greedy form for generators', () => {
    expect(member(model, input, 'possessiveAtEnd').constraints).toMatchObject({ pattern: '[^\\p{C}]*', patternSource: '[^\\p{C}]*+' });
    expect(member(model, input, 'possessiveAtEnd').constraints.patternForGeneration).toBeUndefined();
    expect(member(model, input, 'possessiveInside').constraints).toMatchObject({ pattern: '^(?=([a-z]+))\\1[0-9]{2}$', patternForGeneration: '^[a-z]+[0-9]{2}$' });
  });

  it('a member @pattern replaces the target pattern together with its generator form', () => {
    const text = readFileSync(join(modelsDir, 'java-patterns.json'), 'utf8');
    const json = JSON.parse(text) as { shapes: Record<string, { members?: Record<string, { traits?: Record<string, unknown> }> }> };
    json.shapes[input]!.members!.possessiveInside!.traits = { 'smithy.api#pattern': '^[a-z]{3}$' };
    const overridden = buildIr(parseModel(JSON.stringify(json), 'java-patterns.json'), { source: 'java-patterns.json' });
    const c = member(overridden, input, 'possessiveInside').constraints;
    expect(c).toMatchObject({ pattern: '^[a-z]{3}$', patternSource: '^[a-z]{3}$', length: { min: 3, max: 12 } });
    expect(c.patternForGeneration).toBeUndefined();
  });
});

describe('bindings a structure\'s side ignores', () => {
  const text = JSON.stringify({
    smithy: '2.0',
    shapes: {
      'example.sides#Svc': { type: 'service', version: '1', operations: [{ target: 'example.sides#Op' }], traits: { 'aws.protocols#restJson1': {} } },
      'example.sides#Op': {
        type: 'operation',
        input: { target: 'example.sides#OpInput' },
        output: { target: 'example.sides#OpOutput' },
        traits: { 'smithy.api#http': { method: 'POST', uri: '/op/{id}' } },
      },
      'example.sides#OpInput': {
        type: 'structure',
        members: {
          id: { target: 'smithy.api#String', traits: { 'smithy.api#httpLabel': {}, 'smithy.api#required': {} } },
          q: { target: 'smithy.api#String', traits: { 'smithy.api#httpQuery': 'q' } },
          code: { target: 'smithy.api#Integer', traits: { 'smithy.api#httpResponseCode': {} } },
        },
      },
      'example.sides#OpOutput': {
        type: 'structure',
        members: {
          q: { target: 'smithy.api#String', traits: { 'smithy.api#httpQuery': 'q' } },
          h: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 'x-h' } },
          code: { target: 'smithy.api#Integer', traits: { 'smithy.api#httpResponseCode': {} } },
        },
      },
    },
  });
  const model = buildIr(parseModel(text, 'sides.json'), { source: 'sides.json' });
  it('an output member bound to @httpQuery travels in the body; its header and status bindings stay', () => {
    expect(structure(model, 'example.sides#OpOutput').members.map((m) => [m.name, m.http?.kind])).toEqual([
      ['q', undefined],
      ['h', 'header'],
      ['code', 'responseCode'],
    ]);
  });
  it('an input member bound to @httpResponseCode travels in the body; labels and query stay', () => {
    expect(structure(model, 'example.sides#OpInput').members.map((m) => [m.name, m.http?.kind])).toEqual([
      ['id', 'label'],
      ['q', 'query'],
      ['code', undefined],
    ]);
  });
});

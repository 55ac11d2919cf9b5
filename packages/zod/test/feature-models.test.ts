/**
 * The zod emitter on every IR shape kind: the generator's feature models (tools/codegen/test/models)
 * are generated in memory, written to a scratch directory and imported, and their strict and lenient
 * schemas run here (recursion, unions, @jsonName, timestamp formats, sparse and unique collections,
 * enum-keyed maps, intEnums, big numbers, documents, HTTP bindings, error bodies, defaults).
 * Type-checking the same output is the generator's feature-model test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFromText } from '../../../tools/codegen/src/generate.js';
import { formatIssues } from '../src/runtime/issues.js';

const modelsDir = resolve(import.meta.dirname, '../../../tools/codegen/test/models');
const runtimeEntry = resolve(import.meta.dirname, '../src/runtime/index.ts');
// The one zod instance the runtime uses too (schemas check each other with instanceof-like traits).
const zodEntry = fileURLToPath(import.meta.resolve('zod'));
const scratch = mkdtempSync(join(tmpdir(), 'ota-zod-features-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Generates the model's zod files and imports them (`import type` of @ota-contract/types is erased). */
async function load(model: string): Promise<{ S: any; L: any }> {
  const path = join(modelsDir, `${model}.json`);
  const { files } = generateFromText(readFileSync(path, 'utf8'), { source: `models/${model}.json`, only: ['zod'] });
  const dir = mkdtempSync(join(scratch, `${model}-`));
  for (const f of files) {
    const text = f.contents.replace("from './runtime/index.js'", `from ${JSON.stringify(runtimeEntry)}`).replace("from 'zod'", `from ${JSON.stringify(zodEntry)}`);
    writeFileSync(join(dir, basename(f.path)), text);
  }
  return { S: await import(join(dir, 'schemas.gen.ts')), L: await import(join(dir, 'lenient.gen.ts')) };
}

const lines: Lines = (r) => (r.success ? [] : formatIssues(r.error));

type Check = (name: string, actual: unknown, expected: unknown) => void;
type Lines = (r: { success: boolean; error?: any }) => string[];
/* eslint-disable @typescript-eslint/no-explicit-any -- the generated modules are loaded at run time */
const MODELS: Record<string, (S: any, L: any, check: Check, lines: Lines) => void> = {
  recursion: (S, L, check, lines) => {
    const tree = { label: 'a', children: [{ label: 'b', byName: { x: { label: 'c', children: [] } } }] };
    const expr = { sum: { left: { literal: 1 }, right: { negate: { literal: 2 } } } };
    const input = { root: tree, expression: expr, folder: { name: 'f', files: [{ name: 'x', parent: { name: 'p', files: [] } }] } };
    check('valid recursive input', lines(S.PutTreeInputCodec.safeDecode(input)), []);
    check('decode keeps the tree', S.PutTreeInputCodec.decode(input), input);
    check('deep error path', lines(S.TreeNodeJsonSchema.safeParse({ label: 'a', children: [{ label: 'b', byName: { 'x y': {} } }] })), ['children[0].byName["x y"].label: is required']);
    check('union inside recursion', lines(S.ExpressionJsonSchema.safeParse({ sum: { left: { literal: 1, negate: { literal: 1 } }, right: { literal: 2 } } })), ['sum.left: must set exactly one member']);
    check('lenient: unknown union member deep inside', L.ExpressionCodec.decode({ negate: { future: 1 } }), { negate: { $unknown: ['future', 1] } });
    check('linked list', S.LinkedNodeCodec.decode({ value: 1, next: { value: 2, next: { value: 3 } } }), { value: 1, next: { value: 2, next: { value: 3 } } });
  },
  unions: (S, L, check, lines) => {
    check('blob member decodes', [...S.ValueCodec.decode({ raw: 'AQID' }).raw], [1, 2, 3]);
    check('timestamp member decodes', S.ValueCodec.decode({ when: 1.5 }).when.getTime(), 1500);
    check('timestamp member encodes', S.ValueCodec.encode({ when: new Date(1500) }), { when: 1.5 });
    check('jsonName member', S.ValueCodec.decode({ Renamed: 'r' }), { renamed: 'r' });
    check('jsonName member encodes', S.ValueCodec.encode({ renamed: 'r' }), { Renamed: 'r' });
    check('Unit member', S.ValueCodec.decode({ nothing: {} }), { nothing: {} });
    check('structure member', S.ValueCodec.decode({ point: { x: 1, y: 2 } }), { point: { x: 1, y: 2 } });
    check('member constraints', lines(S.ValueJsonSchema.safeParse({ text: '' })), ['text: must have at least 1 Unicode code point']);
    check('two members', lines(S.ValueJsonSchema.safeParse({ text: 'a', number: 1 })), ['(root): must set exactly one member']);
    check('member name instead of JSON name', lines(S.ValueJsonSchema.safeParse({ renamed: 'r' })), ['renamed: is not allowed (unknown property)']);
    check('strict app form has no $unknown', lines(S.ValueSchema.safeParse({ $unknown: ['x', 1] })), ['$unknown: is not allowed (unknown property)']);
    check('lenient unknown member', L.ValueCodec.decode({ color: 'red' }), { $unknown: ['color', 'red'] });
    check('lenient $unknown encodes back', L.ValueCodec.encode({ $unknown: ['color', 'red'] } as any), { color: 'red' });
    check('list of unions', S.ValueListCodec.decode([{ number: 1 }, { flag: true }]), [{ number: 1 }, { flag: true }]);
    check('required union absent: strict', lines(S.SetValueInputJsonSchema.safeParse({})), ['value: is required']);
    check('required union absent: lenient leaves it absent', L.SetValueInputCodec.decode({}), {});
  },
  'json-name': (S, L, check, lines) => {
    const wire = { DisplayName: 'd', 'dashed-name': 3, nested: { InnerValue: 'i', choice: { $right: 7 } }, plain: true };
    check('wire schema uses JSON names', lines(S.PutRecordInputJsonSchema.safeParse(wire)), []);
    check('member names are unknown on the wire', lines(S.PutRecordInputJsonSchema.safeParse({ displayName: 'd' })), ['DisplayName: is required', 'displayName: is not allowed (unknown property)']);
    check('codec renames, label passes through', S.PutRecordInputCodec.decode({ ...wire, recordId: 'r1' }), { recordId: 'r1', displayName: 'd', dashed: 3, nested: { innerValue: 'i', choice: { right: 7 } }, plain: true });
    check('codec encodes back', S.PutRecordInputCodec.encode({ recordId: 'r1', displayName: 'd', dashed: 3, nested: { innerValue: 'i', choice: { right: 7 } }, plain: true }), { recordId: 'r1', ...wire });
    check('body has no label', lines(S.PutRecordInputJsonSchema.safeParse({ ...wire, recordId: 'r1' })), ['recordId: is not allowed (unknown property)']);
    check('path schema', lines(S.PutRecordSchemas.path.safeParse({ recordId: 'x' })), []);
    check('lenient renames too', L.NestedCodec.decode({ InnerValue: 'i', extra: 1 }), { innerValue: 'i' });
  },
  timestamps: (S, L, check, lines) => {
    const out = { bodyDefault: 1700000000.5, bodyIso: '2023-11-14T22:13:20.5Z', bodyHttpDate: 'Tue, 14 Nov 2023 22:13:20 GMT', isoList: ['2023-11-14T22:13:20Z'], byName: { a: 'Thu, 01 Jan 1970 00:00:01 GMT' } };
    const app = S.GetTimesOutputCodec.decode(out);
    check('epoch seconds', app.bodyDefault.toISOString(), '2023-11-14T22:13:20.500Z');
    check('date-time shape', app.bodyIso!.toISOString(), '2023-11-14T22:13:20.500Z');
    check('http-date shape', app.bodyHttpDate!.toISOString(), '2023-11-14T22:13:20.000Z');
    check('list of date-time', app.isoList![0]!.toISOString(), '2023-11-14T22:13:20.000Z');
    // The map's value member says http-date.
    check('map of http-dates', app.byName!.a!.getTime(), 1000);
    check('encode', S.GetTimesOutputCodec.encode(app), { ...out, bodyIso: '2023-11-14T22:13:20.500Z' });
    check('bad formats', lines(S.GetTimesOutputJsonSchema.safeParse({ bodyDefault: '2023-11-14T22:13:20Z', bodyIso: 1700000000, bodyHttpDate: '2023-11-14T22:13:20Z', isoList: ['2023-11-14T22:13:20'] })), [
      'bodyDefault: must be a number (epoch seconds)', 'bodyIso: must be a string', 'bodyHttpDate: must be an IMF-fixdate HTTP date', 'isoList[0]: must be an RFC 3339 date-time with a time zone']);
    const input = S.GetTimesInputCodec.decode({ at: new Date(0), bodyIso: '2023-11-14T22:13:20Z', memberOverridesShape: 5, shapeIso: '2023-11-14T22:13:20Z' });
    check('member format overrides the shape format', input.memberOverridesShape!.getTime(), 5000);
    check('bound timestamp passes through as a Date', input.at.getTime(), 0);
    check('body keeps only body members', Object.keys(S.GetTimesInputJsonSchema.shape).sort(), ['bodyDefault', 'bodyHttpDate', 'bodyIso', 'memberOverridesShape', 'shapeHttpDate', 'shapeIso']);
  },
  collections: (S, L, check, lines) => {
    check('sparse list allows null', lines(S.PutCollectionsInputJsonSchema.safeParse({ sparseNames: ['a', null] })), []);
    check('dense list rejects null', lines(S.PutCollectionsInputJsonSchema.safeParse({ names: ['a', null] })), ['names[1]: must be a string']);
    check('list length and element length', lines(S.PutCollectionsInputJsonSchema.safeParse({ names: ['aaaaaaaaa', 'b', 'c', 'd', 'e', 'f'] })), ['names[0]: must have at most 8 Unicode code points', 'names: must have at most 5 entries']);
    check('unique numbers', lines(S.PutCollectionsInputJsonSchema.safeParse({ uniqueNumbers: [1, 2, 1] })), ['uniqueNumbers: must not contain duplicate items']);
    check('unique structures', lines(S.PutCollectionsInputJsonSchema.safeParse({ items: [{ id: 'a', count: 1 }, { count: 1, id: 'a' }] })), ['items: must not contain duplicate items']);
    check('legacy set is unique', lines(S.PutCollectionsInputJsonSchema.safeParse({ legacySet: ['a', 'a'] })), ['legacySet: must not contain duplicate items']);
    check('lenient ignores uniqueness and sizes', lines(L.PutCollectionsInputJsonSchema.safeParse({ uniqueNumbers: [1, 1], names: [] })), []);
    check('map key pattern', lines(S.PutCollectionsInputJsonSchema.safeParse({ tags: { ok: 'x', Bad: 'y' } })), ['tags.Bad: key must match the pattern ^[a-z]+$']);
    check('lenient map keys free', lines(L.PutCollectionsInputJsonSchema.safeParse({ tags: { Bad: 'y' } })), []);
    check('sparse map allows null', lines(S.PutCollectionsInputJsonSchema.safeParse({ sparseTags: { a: null } })), []);
    check('nested lists of doubles', S.PutCollectionsInputCodec.decode({ matrix: [[1, 'NaN'], ['-Infinity']] }).matrix, [[1, NaN], [-Infinity]]);
    // DateList's member says date-time.
    check('list of blobs and dates', S.PutCollectionsInputCodec.encode(S.PutCollectionsInputCodec.decode({ blobs: ['AQID', ''], dates: ['1970-01-01T00:00:00Z', '1970-01-01T00:00:01.250Z'] })), { blobs: ['AQID', ''], dates: ['1970-01-01T00:00:00Z', '1970-01-01T00:00:01.250Z'] });
    check('map of lists', S.PutCollectionsInputCodec.decode({ groups: { g: ['a'] } }).groups, { g: ['a'] });
  },
  'simple-types': (S, L, check, lines) => {
    const ok = { aByte: 10, aShort: -1000, anInteger: 1000, aLong: 1, aFloat: 0.5, aDouble: 'Infinity', aBigInteger: 9007199254740991, aBigDecimal: 1.5, aBoolean: true, aString: 'Name', aBlob: 'AQID', aTimestamp: 0, aDocument: { any: [1, null, 'x'] } };
    check('valid scalars', lines(S.PutScalarsInputJsonSchema.safeParse(ok)), []);
    const app = S.PutScalarsInputCodec.decode(ok);
    check('bigInteger → bigint', typeof app.aBigInteger, 'bigint');
    check('bigDecimal → string', app.aBigDecimal, '1.5');
    check('double string → number', app.aDouble, Infinity);
    check('document as is', app.aDocument, { any: [1, null, 'x'] });
    check('round trip', S.PutScalarsInputCodec.encode(app), ok);
    check('ranges and widths', lines(S.PutScalarsInputJsonSchema.safeParse({ aByte: 11, aShort: -1001, anInteger: 1001, aLong: 0, aFloat: 'NaN', aBigInteger: -1 })), [
      'aByte: must be ≤ 10', 'aShort: must be ≥ -1000', 'anInteger: must be ≤ 1000', 'aLong: must be ≥ 1', 'aFloat: must be ≥ 0', 'aFloat: must be ≤ 1', 'aBigInteger: must be ≥ 0']);
    check('short width', lines(S.PutScalarsInputJsonSchema.safeParse({ aShort: 32768 })), ['aShort: must be ≤ 32767']);
    check('blob length counts bytes', lines(S.PutScalarsInputJsonSchema.safeParse({ aBlob: 'AAAAAAAAAAAAAAAAAAAAAAA=' })), ['aBlob: must have at most 16 bytes']);
    check('string pattern and length', lines(S.PutScalarsInputJsonSchema.safeParse({ aString: '' })), ['aString: must have at least 1 Unicode code point', 'aString: must match the pattern ^[A-Za-z ]+$']);
    check('null document is a value', lines(S.PutScalarsInputJsonSchema.safeParse({ aDocument: null, preludeDocument: null })), []);
    check('lenient keeps a null document', L.PutScalarsInputCodec.decode({ aDocument: null }).aDocument, null);
    check('app bigint range', lines(S.PutScalarsInputSchema.safeParse({ aBigInteger: -1n })), ['aBigInteger: must be ≥ 0']);
    check('app bigDecimal text', lines(S.PutScalarsInputSchema.safeParse({ aBigDecimal: '1.5.5' })), ['aBigDecimal: must be a decimal number string']);
    check('lenient integer beyond width', lines(L.PutScalarsInputJsonSchema.safeParse({ aByte: 1000, aLong: 2 ** 60 })), []);
    check('prelude members inline', lines(S.PutScalarsInputJsonSchema.safeParse({ preludeInteger: 2 ** 31, preludeBlob: '!', preludeTimestamp: 'x' })), ['preludeInteger: must be ≤ 2147483647', 'preludeBlob: must be base64 text', 'preludeTimestamp: must be a number (epoch seconds)']);
  },
  enums: (S, L, check, lines) => {
    check('strict enum values (not names)', lines(S.GetColorInputJsonSchema.safeParse({ color: 'light blue' })), []);
    check('enum name is not a value', lines(S.GetColorInputJsonSchema.safeParse({ color: 'LIGHT_BLUE' })), ['color: must be one of dark-red, light blue, GREEN, old']);
    check('intEnum', lines(S.GetColorInputJsonSchema.safeParse({ color: 'GREEN', size: 2 })), ['size: must be one of 1, 5, 100']);
    check('lenient intEnum accepts any integer', lines(L.GetColorInputJsonSchema.safeParse({ color: 'x', size: 2 })), []);
    check('lenient intEnum still integer', lines(L.GetColorInputJsonSchema.safeParse({ color: 'x', size: 2.5 })), ['size: must be an integer']);
    check('enum-keyed map: keys checked', lines(S.GetColorOutputJsonSchema.safeParse({ sizeByColor: { GREEN: 1, purple: 5 } })), ['sizeByColor.purple: key must be one of dark-red, light blue, GREEN, old']);
    check('lenient required enum zero-filled', L.GetColorInputCodec.decode({}), { color: '' });
  },
  errors: (S, L, check, lines) => {
    check('modeled members', lines(S.NotFoundJsonSchema.safeParse({ message: 'm', resourceId: 'r', __type: 'NotFound' })), []);
    check('required message', lines(S.BadInputJsonSchema.safeParse({ code: 'BadInput' })), ['message: is required']);
    check('Message member is modeled', lines(S.ConflictJsonSchema.safeParse({ Message: 'm', code: 'Conflict' })), []);
    check('header member not in the body', lines(S.ThrottledErrorJsonSchema.safeParse({ retryAfterSeconds: 1 })), ['retryAfterSeconds: is not allowed (unknown property)']);
    check('codec takes the header member in app form', S.ThrottledErrorCodec.decode({ message: 'm', retryAfterSeconds: 3, __type: 'x' }), { message: 'm', retryAfterSeconds: 3 });
    check('errors by operation', Object.keys(S.GetItemSchemas.errors), ['BadInput', 'Conflict', 'InternalError', 'NotFound', 'ThrottledError']);
  },
  'http-bindings': (S, L, check, lines) => {
    check('body of an all-bound input is empty', lines(S.GetObjectInputJsonSchema.safeParse({})), []);
    check('path labels', lines(S.GetObjectSchemas.path.safeParse({ bucket: 'bkt', key: 'k' })), []);
    check('path labels strict', lines(S.GetObjectSchemas.path.safeParse({ bucket: 'b' })), ['bucket: must have at least 3 Unicode code points', 'key: is required']);
    check('app input with bindings', lines(S.GetObjectInputSchema.safeParse({ bucket: 'bkt', key: 'k', partNumber: 1.5, fields: ['a'], extra: { q: 'v' }, metadata: { m: 'v' } })), ['partNumber: must be an integer']);
    check('payload member stays in the wire form', lines(S.PutConfigInputJsonSchema.safeParse({ config: { enabled: true } })), []);
    check('payload blob codec', [...S.GetObjectOutputCodec.decode({ body: 'AQID' }).body!], [1, 2, 3]);
    check('payload union', S.PutShapeInputCodec.decode({ bucket: 'bkt', shape: { circle: 'NaN' } }).shape, { circle: NaN });
  },
  'reserved-names': (S, L, check, lines) => {
    const own = JSON.parse('{"__proto__": "p", "toString": "t"}');
    check('members named __proto__ and toString are own properties', S._ObjectJsonSchema.parse(own), own);
    check('__proto__ member decoded as an own key', Object.keys(S._ObjectCodec.decode(own)), ['toString', '__proto__']);
    check('__proto__ member validated', lines(S._ObjectJsonSchema.safeParse(JSON.parse('{"__proto__": 1}'))), ['__proto__: must be a string']);
    check('absent toString is not the inherited one', lines(S._ObjectJsonSchema.safeParse({})), []);
    check('unknown property next to them', lines(S._ObjectJsonSchema.safeParse({ extra: 1 })), ['extra: is not allowed (unknown property)']);
    check('absent constructor member is not Object', lines(S.GetStreamInputJsonSchema.safeParse({})).filter((l: string) => l.startsWith('constructor')), []);
    check('constructor member', L.GetStreamInputCodec.decode({ constructor: 'c' }).constructor, 'c');
    check('lenient drops unknown, keeps own', L._ObjectCodec.decode(JSON.parse('{"__proto__": "p", "x": 1}')), JSON.parse('{"__proto__": "p"}'));
    check('no prototype was touched', Object.getPrototypeOf(S._ObjectCodec.decode(own)), Object.prototype);
  },
  structures: (S, L, check, lines) => {
    // createdBy is required through the Audited mixin.
    check('clientOptional required member is still required in strict', lines(S.CreateWidgetInputJsonSchema.safeParse({ name: 'n', weight: 1, createdBy: 'me' })), ['color: is required']);
    check('a mixin member', lines(S.CreateWidgetInputJsonSchema.safeParse({ name: 'n', weight: 1, color: 'red' })), ['createdBy: is required']);
    check('member range', lines(S.SpecJsonSchema.safeParse({ depth: 10 })), ['depth: must be ≤ 9']);
    // Smithy 2.0: a member with @default always has a value, required or not; a reader fills it.
    check('lenient fills @default of every member that has one', L.WidgetCodec.decode({ name: 'n' }), { createdBy: '', name: 'n', size: 10, labels: [], attributes: {} });
    check('lenient fills zero values', L.CreateWidgetOutputCodec.decode({ widget: null }), { widget: { createdBy: '', name: '', size: 10, labels: [], attributes: {} } });
    check('strict has no defaults filled', S.WidgetCodec.decode({ name: 'n', size: 3, createdBy: 'me' }), { name: 'n', size: 3, createdBy: 'me' });
  },
};
describe.each(Object.keys(MODELS))('%s.json', (model) => {
  it('generated strict and lenient schemas behave', async () => {
    const { S, L } = await load(model);
    let count = 0;
    const check: Check = (name, actual, expected) => {
      count++;
      expect(actual, name).toEqual(expected);
    };
    MODELS[model]!(S, L, check, lines);
    expect(count).toBeGreaterThan(4);
  });
});

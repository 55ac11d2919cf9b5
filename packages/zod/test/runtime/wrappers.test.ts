import * as z from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/runtime/issues.js';
import { epochSecondsCodec, expected, objectError, string } from '../../src/runtime/leaves.js';
import { errorBody, lenientOptional, lenientRequired, renamed, safeRecord } from '../../src/runtime/wrappers.js';
import { taggedUnion } from '../../src/runtime/union.js';
import * as check from '../../src/runtime/checks.js';

const lines = (r: { success: boolean; error?: z.ZodError }) => (r.success ? [] : formatIssues(r.error!));

afterEach(() => {
  // A polluted prototype would show up on every object.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('safeRecord', () => {
  const map = safeRecord(string(), string().check(check.maxCodePoints(3)), { checkKeys: false });
  const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "c", "toString": "t", "a": "x"}');

  it('zod 4 z.record drops an own __proto__ key (why safeRecord exists)', () => {
    const out = z.record(z.string(), z.unknown()).parse(input);
    expect(Object.keys(out)).not.toContain('__proto__');
  });

  it('validates the value under __proto__ like any other', () => {
    expect(lines(map.safeParse(input))).toEqual(['__proto__: must be a string']);
  });

  it('keeps __proto__, constructor and toString as own entries without touching prototypes', () => {
    const ok = JSON.parse('{"__proto__": "p", "constructor": "c", "toString": "t"}');
    const out = map.parse(ok);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('p');
    expect(out.constructor).toBe('c');
    expect(JSON.stringify(out)).toBe('{"__proto__":"p","constructor":"c","toString":"t"}');
  });

  it('decodes values through codecs and encodes them back', () => {
    const dates = safeRecord(string(), epochSecondsCodec(), { checkKeys: false });
    const wire = JSON.parse('{"__proto__": 1700000000.5, "b": 0}');
    const app = dates.decode(wire);
    expect(Object.getOwnPropertyDescriptor(app, '__proto__')?.value).toEqual(new Date(1700000000500));
    expect(dates.encode(app)).toEqual(wire);
    expect(Object.keys(dates.encode(app))).toEqual(['__proto__', 'b']);
  });

  it('checks keys against the key shape, reporting at the entry', () => {
    const keyed = safeRecord(string().check(check.pattern(/^\w+$/u, '^\\w+$')), string(), { checkKeys: true });
    expect(lines(keyed.safeParse({ ok: 'x', 'a b': 'y' }))).toEqual(['["a b"]: key must match the pattern ^\\w+$']);
  });

  it.each([[[]], ['x'], [null], [undefined], [new Map()]])('rejects %j as not an object', (v) => {
    expect(lines(map.safeParse(v))[0]).toMatch(/^\(root\): (must be an object|is required)$/);
  });
});

describe('lenient members', () => {
  const obj = z.object(
    {
      opt: lenientOptional(string()),
      req: lenientRequired(string(), () => ''),
      when: lenientRequired(epochSecondsCodec(), () => 0),
      noZero: lenientRequired(string()),
    },
    { error: objectError },
  );

  it('null counts as absent; absent required members get their zero value', () => {
    expect(obj.decode({ opt: null, req: null, noZero: null } as never)).toEqual({ opt: undefined, req: '', when: new Date(0), noZero: undefined });
    expect(obj.decode({})).toEqual({ req: '', when: new Date(0) });
  });

  it('still checks the JSON type of present values', () => {
    expect(lines(obj.safeDecode({ opt: 1, req: 2, when: '2023-01-01' } as never))).toEqual(['opt: must be a string', 'req: must be a string', 'when: must be a number (epoch seconds)']);
  });

  it('encoding fills nothing', () => {
    expect(obj.encode({ req: 'r', when: new Date(1000), noZero: 'n' })).toEqual({ req: 'r', when: 1, noZero: 'n' });
  });
});

describe('errorBody', () => {
  const body = errorBody(z.strictObject({ message: string().optional() }, { error: objectError }), ['__type', 'code']);
  it.each([
    [{ message: 'm' }, []],
    [{ message: 'm', __type: 'ThrottlingException', code: 'ThrottlingException' }, []],
    [{ message: 'm', code: 5 }, ['code: must be a string']],
    [{ message: 'm', traceId: 't' }, ['traceId: is not allowed (unknown property)']],
  ])('%j', (given, want) => expect(lines(body.safeParse(given))).toEqual(want));

  it('drops the protocol fields from the output and stays a zod object', () => {
    expect(body.parse({ message: 'm', __type: 'x' })).toEqual({ message: 'm' });
    expect(Object.keys(body.shape)).toEqual(['message']);
  });
});

describe('taggedUnion', () => {
  const members = (form: 'wire' | 'app' | 'codec') => [
    { name: 'when', jsonName: 'when', schema: form === 'codec' ? epochSecondsCodec() : form === 'wire' ? z.number() : z.date() },
    { name: 'text', jsonName: 'TEXT', schema: string() },
  ];
  const strictCodec = taggedUnion<unknown, unknown>(members('codec'), 'codec', false);
  const lenientCodec = taggedUnion<unknown, unknown>(members('codec'), 'codec', true);

  it.each([
    [{ when: 1 }, []],
    [{ TEXT: 'x' }, []],
    [{}, ['(root): must set exactly one member']],
    [{ when: 1, TEXT: 'x' }, ['(root): must set exactly one member']],
    [{ text: 'x' }, ['text: is not allowed (unknown property)']],
    [{ TEXT: null }, ['TEXT: must not be null']],
    [{ TEXT: 1 }, ['TEXT: must be a string']],
    [{ $unknown: ['TEXT', 'x'] }, ['$unknown: is not allowed (unknown property)']],
  ])('strict %j', (given, want) => expect(lines(strictCodec.safeDecode(given))).toEqual(want));

  it('decodes known members by JSON name to member names, and back', () => {
    expect(strictCodec.decode({ TEXT: 'x' })).toEqual({ text: 'x' });
    expect(strictCodec.decode({ when: 1.5 })).toEqual({ when: new Date(1500) });
    expect(strictCodec.encode({ when: new Date(1500) })).toEqual({ when: 1.5 });
    expect(strictCodec.encode({ text: 'x' })).toEqual({ TEXT: 'x' });
  });

  it('lenient: an unknown member becomes $unknown and encodes back to the wire', () => {
    expect(lenientCodec.decode({ future: { a: 1 } })).toEqual({ $unknown: ['future', { a: 1 }] });
    expect(lenientCodec.encode({ $unknown: ['future', { a: 1 }] })).toEqual({ future: { a: 1 } });
    expect(lines(lenientCodec.safeDecode({ future: null }))).toEqual(['future: must not be null']);
    expect(lines(lenientCodec.safeDecode({ a: 1, b: 2 }))).toEqual(['(root): must set exactly one member']);
  });

  it('lenient: ignores a __type property beside the member (restJson1 clients); strict does not', () => {
    expect(lenientCodec.decode({ __type: 'aws.protocoltests.json10#MyUnion', TEXT: 'x' })).toEqual({ text: 'x' });
    expect(lines(lenientCodec.safeDecode({ __type: 'MyUnion' }))).toEqual(['(root): must set exactly one member']);
    expect(lines(strictCodec.safeDecode({ __type: 'MyUnion', TEXT: 'x' }))).toEqual(['(root): must set exactly one member']);
    const typed = taggedUnion<unknown, unknown>([{ name: 'type', jsonName: '__type', schema: string() }], 'codec', true);
    expect(typed.decode({ __type: 'x' })).toEqual({ type: 'x' });
  });

  it('lenient wire form keeps an unknown member as it is', () => {
    const wire = taggedUnion<unknown, unknown>(members('wire'), 'wire', true);
    expect(wire.parse({ future: 1 })).toEqual({ future: 1 });
  });
});

describe('renamed', () => {
  const codec = renamed<{ displayName: string; when: Date }>()(
    z.strictObject({ display_name: string(), when: epochSecondsCodec() }, { error: objectError }),
    { display_name: 'displayName' },
  );
  it('decodes JSON names to member names and back', () => {
    expect(codec.decode({ display_name: 'x', when: 2 })).toEqual({ displayName: 'x', when: new Date(2000) });
    expect(codec.encode({ displayName: 'x', when: new Date(2000) })).toEqual({ display_name: 'x', when: 2 });
  });
  it('reports wire issues under the JSON name', () => {
    expect(lines(codec.safeDecode({ displayName: 'x', when: 2 } as never))).toEqual(['display_name: is required', 'displayName: is not allowed (unknown property)']);
  });
});

describe('expected()', () => {
  it('says "is required" for undefined and the type rule otherwise', () => {
    const s = z.string({ error: expected('must be a string') });
    expect(lines(s.safeParse(undefined))).toEqual(['(root): is required']);
    expect(lines(s.safeParse(null))).toEqual(['(root): must be a string']);
  });
});

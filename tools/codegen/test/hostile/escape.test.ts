/**
 * The escaping module (naming/escape.ts): given/want tables for the cases that matter, and
 * properties that every output is exactly one token of the intended kind whose value is the input.
 */
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { blockComment, jsDocLines, jsonText, jsString, lineComment, memberAccess, propertyKey, regexLiteral, templateLiteralText } from '../../src/naming/escape.js';

const HOSTILE = ['*/', '/*', '${', '`', '"', "'", '\\', '\n', '\r', '\r\n', '\u2028', '\u2029', '</script>', '<!--', '-->', '/', '*', '\uD800', '\uDC00', '\u0000', '\u007f', '\ufeff', 'a', ' ', '😀'];
/** Strings built from hostile pieces and arbitrary UTF-16 code units (lone surrogates included). */
const hostileString = fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), maxLength: 40 });

interface Token { kind: ts.SyntaxKind; text: string; value: string }
function tokens(source: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ESNext, false, ts.LanguageVariant.Standard, source);
  const out: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    out.push({ kind, text: scanner.getTokenText(), value: scanner.getTokenValue() });
  }
  return out;
}

describe('jsString', () => {
  it.each([
    ['plain', 'abc', '"abc"'],
    ['quote and backslash', 'a"b\\c', '"a\\"b\\\\c"'],
    ['newline and CR', 'a\nb\rc', '"a\\nb\\rc"'],
    ['line/paragraph separators', '\u2028\u2029', '"\\u2028\\u2029"'],
    ['script close', '</script>', '"\\u003c/script>"'],
    ['html comment open', '<!--', '"\\u003c!--"'],
    ['lone surrogate', '\uD800', '"\\ud800"'],
    ['DEL and C1', '\u007f\u0085', '"\\u007f\\u0085"'],
    ['pair kept', '😀', '"😀"'],
  ])('%s', (_label, given, want) => {
    expect(jsString(given)).toBe(want);
  });
  it('is exactly one string literal token whose value is the input', () => {
    fc.assert(fc.property(hostileString, (s) => {
      const out = jsString(s);
      const toks = tokens(out);
      expect(toks).toHaveLength(1);
      expect(toks[0]!.kind).toBe(ts.SyntaxKind.StringLiteral);
      expect(toks[0]!.value).toBe(s);
      expect(JSON.parse(out)).toBe(s);
      expect(out).not.toMatch(/[<\u2028\u2029\n\r]/);
      const single = tokens(jsString(s, "'"));
      expect(single).toHaveLength(1);
      expect(single[0]!.text.startsWith("'")).toBe(true);
      expect(single[0]!.value).toBe(s);
    }), { numRuns: 2000 });
  });
});

describe('propertyKey / memberAccess', () => {
  it.each([
    ['identifier', 'abc', 'abc'],
    ['__proto__ is computed', '__proto__', '["__proto__"]'],
    ['not an identifier', 'a-b', '"a-b"'],
    ['hostile', '*/"`${x}', '"*/\\"`${x}"'],
  ])('%s', (_label, given, want) => {
    expect(propertyKey(given)).toBe(want);
  });
  it('defines an own property, never the prototype', () => {
    fc.assert(fc.property(hostileString, (k) => {
      const file = ts.createSourceFile('x.ts', `({ ${propertyKey(k)}: 1 });`, ts.ScriptTarget.ESNext);
      expect(file.statements).toHaveLength(1);
      const obj = ((file.statements[0] as ts.ExpressionStatement).expression as ts.ParenthesizedExpression).expression as ts.ObjectLiteralExpression;
      expect(obj.properties).toHaveLength(1);
      const name = (obj.properties[0] as ts.PropertyAssignment).name;
      const text = ts.isComputedPropertyName(name) ? (name.expression as ts.StringLiteral).text : ts.isIdentifier(name) ? name.text : (name as ts.StringLiteral).text;
      expect(text).toBe(k);
      if (k === '__proto__') expect(ts.isComputedPropertyName(name)).toBe(true);
    }), { numRuns: 1000 });
    expect(memberAccess('o', 'a')).toBe('o.a');
    expect(memberAccess('o', '__proto__')).toBe('o["__proto__"]');
  });
});

describe('blockComment / jsDocLines', () => {
  it.each([
    ['close', 'a */ b', 'a *\\/ b'],
    ['open', 'a /* b', 'a /\\* b'],
    ['leading slash', '/x', '\\/x'],
    ['trailing star', 'x*', 'x\\*'],
    ['already escaped stays', 'x\\*', 'x\\*'],
    ['line terminators', 'a\r\nb\rc\u2028d\u2029e', 'a\nb\nc\nd\ne'],
    ['lone surrogate', 'a\uDC00', 'a\\udc00'],
  ])('%s', (_label, given, want) => {
    expect(blockComment(given)).toBe(want);
  });
  it('is idempotent', () => {
    fc.assert(fc.property(hostileString, (s) => {
      expect(blockComment(blockComment(s))).toBe(blockComment(s));
    }), { numRuns: 2000 });
  });
  it('jsDocLines prefixes every line', () => {
    expect(jsDocLines('one')).toEqual(['/** one */']);
    expect(jsDocLines('one\n\ntwo */', '  ')).toEqual(['  /**', '   * one', '   *', '   * two *\\/', '   */']);
  });
  it('is exactly one comment, in both block and JSDoc form', () => {
    fc.assert(fc.property(hostileString, (s) => {
      for (const source of [`/*${blockComment(s)}*/`, `/**${blockComment(s)}*/`, jsDocLines(s).join('\n'), `/* ${blockComment(s)} */`]) {
        const toks = tokens(source);
        expect(toks.map((t) => t.kind)).toEqual([ts.SyntaxKind.MultiLineCommentTrivia]);
        expect(toks[0]!.text).toBe(source);
      }
    }), { numRuns: 2000 });
  });
});

describe('lineComment', () => {
  it.each([
    ['newline', 'a\nb', 'a\\nb'],
    ['CR', 'a\rb', 'a\\rb'],
    ['separators', '\u2028\u2029', '\\u2028\\u2029'],
    ['comment close is harmless', '*/', '*/'],
  ])('%s', (_label, given, want) => {
    expect(lineComment(given)).toBe(want);
  });
  it('is exactly one line comment', () => {
    fc.assert(fc.property(hostileString, (s) => {
      const source = `// ${lineComment(s)}`;
      const toks = tokens(source);
      expect(toks.map((t) => t.kind)).toEqual([ts.SyntaxKind.SingleLineCommentTrivia]);
      expect(toks[0]!.text).toBe(source);
    }), { numRuns: 2000 });
  });
});

describe('templateLiteralText', () => {
  it.each([
    ['backtick', 'a`b', 'a\\`b'],
    ['substitution', '${x}', '\\${x}'],
    ['lone dollar and brace kept', '$ {', '$ {'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['CR', '\r', '\\u000d'],
  ])('%s', (_label, given, want) => {
    expect(templateLiteralText(given)).toBe(want);
  });
  it('is exactly one no-substitution template whose cooked value is the input', () => {
    fc.assert(fc.property(hostileString, (s) => {
      const toks = tokens(`\`${templateLiteralText(s)}\``);
      expect(toks).toHaveLength(1);
      expect(toks[0]!.kind).toBe(ts.SyntaxKind.NoSubstitutionTemplateLiteral);
      expect(toks[0]!.value).toBe(s);
    }), { numRuns: 2000 });
  });
});

describe('regexLiteral', () => {
  it('uses the constructor form with string literals', () => {
    expect(regexLiteral('^[/]*</script>$', 'u')).toBe('new RegExp("^[/]*\\u003c/script>$", \'u\')');
  });
  it('refuses bad flags and patterns that would throw at import time', () => {
    expect(() => regexLiteral('a', 'uu')).toThrow(/invalid flags/);
    expect(() => regexLiteral('a', 'x')).toThrow(/invalid flags/);
    expect(() => regexLiteral('(', 'u')).toThrow(SyntaxError);
  });
  it('is one `new RegExp(string, string)` expression whose source is the input', () => {
    fc.assert(fc.property(hostileString, (s) => {
      let ok = true;
      try { new RegExp(s, 'u'); } catch { ok = false; }
      if (!ok) return;
      const file = ts.createSourceFile('x.ts', `(${regexLiteral(s, 'u')});`, ts.ScriptTarget.ESNext);
      expect(file.statements).toHaveLength(1);
      const expr = ((file.statements[0] as ts.ExpressionStatement).expression as ts.ParenthesizedExpression).expression;
      expect(ts.isNewExpression(expr)).toBe(true);
      const args = (expr as ts.NewExpression).arguments!;
      expect(args.map((a) => ts.isStringLiteral(a) && a.text)).toEqual([s, 'u']);
    }), { numRuns: 1000 });
  });
});

describe('jsonText', () => {
  it('escapes what JSON leaves raw but JS/HTML mind', () => {
    expect(jsonText({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script>\\u2028"}');
  });
  it('parses back to the same value and holds no <, U+2028, U+2029', () => {
    fc.assert(fc.property(fc.dictionary(hostileString, fc.oneof(hostileString, fc.integer(), fc.array(hostileString, { maxLength: 3 }))), (v) => {
      const out = jsonText(v, 2);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
      expect(out).not.toMatch(/[<\u2028\u2029]/);
    }), { numRuns: 500 });
  });
});

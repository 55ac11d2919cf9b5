/**
 * Escapes in quoted strings and text blocks (https://smithy.io/2.0/spec/idl.html#string-escape-characters):
 * `\"` `\\` `\/` `\b` `\f` `\n` `\r` `\t`, `\uXXXX` (four hex digits), and a backslash before a
 * newline, which removes both (line continuation). Anything else is an error, as in the reference loader.
 */

export interface StringError {
  error: string;
}

const SIMPLE_ESCAPES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
});

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Decodes the text between the quotes; line endings inside the string become `\n`. */
export function parseQuotedString(raw: string): string | StringError {
  if (raw.indexOf('\\') < 0 && raw.indexOf('\r') < 0) return raw;
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0d) {
      out += raw.slice(from, i) + '\n';
      if (raw.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
      continue;
    }
    if (c !== 0x5c) continue;
    out += raw.slice(from, i);
    const next = raw[i + 1];
    if (next === undefined) return { error: 'a backslash ends the string' };
    if (next === '\n') {
      i++;
    } else if (next === '\r') {
      i += raw[i + 2] === '\n' ? 2 : 1;
    } else if (next === 'u') {
      for (let k = 2; k < 6; k++) {
        const h = raw.charCodeAt(i + k);
        if (Number.isNaN(h)) return { error: 'unclosed unicode escape (\\u needs four hex digits)' };
        if (!isHex(h)) return { error: `invalid unicode escape character '${raw[i + k]}'` };
      }
      out += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (SIMPLE_ESCAPES[next] !== undefined) {
      out += SIMPLE_ESCAPES[next];
      i++;
    } else {
      return { error: `invalid escape \\${next}` };
    }
    from = i + 1;
  }
  return out + raw.slice(from);
}

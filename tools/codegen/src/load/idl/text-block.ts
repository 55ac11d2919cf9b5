/**
 * Text blocks (`"""` … `"""`, https://smithy.io/2.0/spec/idl.html#text-blocks): the opening quotes
 * must be followed by a newline; incidental indentation is the smallest indentation of the lines
 * that are not whitespace-only, plus the last line (the one holding the closing quotes) whatever it
 * holds; it is removed from every line, trailing spaces are removed from every line, and only then
 * are escapes decoded (so `\` before a newline joins lines after the indentation is gone).
 */

import { parseQuotedString, type StringError } from './strings.js';

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;

/** `raw` is the text between the opening and closing `"""`. */
export function parseTextBlock(raw: string): string | StringError {
  const normalized = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (normalized.length === 0) return { error: 'empty text block ("""""")' };
  if (normalized.charCodeAt(0) !== 0x0a) return { error: 'a text block must start with a new line after its opening """' };
  const lines = normalized.slice(1).split('\n');
  let indent = Infinity;
  const last = lines.length - 1;
  for (let index = 0; index <= last; index++) {
    const line = lines[index]!;
    let k = 0;
    while (k < line.length && isSpace(line.charCodeAt(k))) k++;
    if ((k < line.length || index === last) && k < indent) indent = k;
  }
  const stripped: string[] = new Array<string>(lines.length);
  for (let index = 0; index <= last; index++) {
    const line = lines[index]!;
    let end = line.length;
    while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
    stripped[index] = line.slice(Math.min(indent, end), end);
  }
  return parseQuotedString(stripped.join('\n'));
}

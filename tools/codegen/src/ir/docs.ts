import type { Traits } from '../load/ast.js';
import type { Documentation } from './types.js';

/** Tags that separate words: replaced by a space, every other tag by nothing. */
const BLOCK_TAG = /^<\/?(p|li|ul|ol|br|note|important)\b/i;

const ENTITIES: readonly [string, number][] = [['&lt;', 60], ['&gt;', 62], ['&quot;', 34], ['&#39;', 39], ['&amp;', 38]];

/** What `\s` matches in a JS regex. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * AWS documentation is HTML; generated JSDoc wants plain text (and never raw HTML): tags dropped
 * (block tags become a space), the five entities AWS uses decoded, whitespace collapsed, trimmed.
 *
 * One left-to-right pass into a preallocated buffer, so the cost is linear in the text. The regex
 * chain this replaces (`/<[^>]+>/g` and friends) retried from every `<` to the end of the text
 * when no `>` followed: quadratic, 1 MB of `<` took minutes. A tag runs from a `<` to the next `>`
 * with no other `<` in between (so `a < b <p>` keeps `a < b`); with no `>` left, the rest is text.
 */
export function plainText(html: string): string {
  const out = new Uint16Array(html.length);
  let n = 0;
  let space = false;
  const push = (c: number): void => {
    if (isSpace(c)) {
      space = n > 0; // collapse runs, drop leading
      return;
    }
    if (space) out[n++] = 32;
    space = false;
    out[n++] = c;
  };
  let nextGt = html.indexOf('>');
  for (let i = 0; i < html.length; ) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */ && nextGt > i + 1) {
      const nextLt = html.indexOf('<', i + 1);
      if (nextLt < 0 || nextLt > nextGt) {
        if (BLOCK_TAG.test(html.slice(i, Math.min(nextGt, i + 12)))) push(32);
        i = nextGt + 1;
        nextGt = html.indexOf('>', i);
        continue;
      }
    }
    if (c === 38 /* & */) {
      const entity = ENTITIES.find(([e]) => html.startsWith(e, i));
      if (entity) {
        push(entity[1]);
        i += entity[0].length;
        continue;
      }
    }
    push(c);
    i++;
    if (nextGt >= 0 && nextGt < i) nextGt = html.indexOf('>', i);
  }
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) parts.push(String.fromCharCode.apply(null, out.subarray(k, Math.min(n, k + 8192)) as unknown as number[]));
  return parts.join('');
}

export function documentationOf(traits: Traits | undefined): Documentation {
  const docs: Documentation = {};
  const text = traits?.['smithy.api#documentation'];
  if (typeof text === 'string' && text.trim() !== '') docs.text = plainText(text);
  const deprecated = traits?.['smithy.api#deprecated'] as { message?: string; since?: string } | undefined;
  if (deprecated) docs.deprecated = { ...(deprecated.message ? { message: deprecated.message } : {}), ...(deprecated.since ? { since: deprecated.since } : {}) };
  if (traits && 'smithy.api#sensitive' in traits) docs.sensitive = true;
  return docs;
}

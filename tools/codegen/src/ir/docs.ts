import type { Traits } from '../load/ast.js';
import type { Documentation } from './types.js';

/** Tags that separate words: replaced by a space, every other tag by nothing. */
const BLOCK_TAG = /^<\/?(p|li|ul|ol|br|note|important)\b/i;

/**
 * Drops `<...>` tags in one left-to-right pass. A regex such as `/<[^>]+>/g` retries from every
 * `<` to the end of the text when no `>` follows, which is quadratic (1 MB of `<` took minutes).
 * Here each `<` is looked at once: a tag runs from the last `<` before the next `>` to that `>`,
 * and when no `>` is left, the rest is text.
 */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const gt = html.indexOf('>', i);
    // Searched within [i, gt) only, so the text is scanned once overall.
    const back = gt < 0 ? -1 : html.slice(i, gt).lastIndexOf('<');
    const lt = back < 0 ? -1 : i + back;
    if (gt < 0 || lt < i || lt === gt - 1) {
      // No tag ends here (no `>` left, no `<` before it, or `<>`): text up to and including the `>`.
      if (gt < 0) return out + html.slice(i);
      out += html.slice(i, gt + 1);
      i = gt + 1;
      continue;
    }
    out += html.slice(i, lt) + (BLOCK_TAG.test(html.slice(lt, Math.min(gt, lt + 12))) ? ' ' : '');
    i = gt + 1;
  }
  return out;
}

/** AWS documentation is HTML; generated JSDoc wants plain text (and never raw HTML). */
export function plainText(html: string): string {
  return stripTags(html)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
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

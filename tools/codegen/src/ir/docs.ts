import type { Traits } from '../load/ast.js';
import type { Documentation } from './types.js';

/** AWS documentation is HTML; generated JSDoc wants plain text (and never raw HTML). */
export function plainText(html: string): string {
  return html
    .replace(/<\/?(p|li|ul|ol|br|note|important)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
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

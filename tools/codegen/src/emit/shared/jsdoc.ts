/**
 * JSDoc text for generated declarations: the model's documentation, then the constraints in
 * Markdown (never raw HTML), so an editor hover tells a user what the contract allows.
 */

import type { Constraints, Documentation, IrMember, IrShape } from '../../ir/types.js';
import { blockComment, jsonText } from '../../naming/escape.js';

/** Model text inside a block comment: see naming/escape.ts (kept as a name emitters already use). */
export const escapeComment = blockComment;

export function constraintLines(c: Constraints, kind: IrShape['kind']): string[] {
  const lines: string[] = [];
  const unit = kind === 'string' ? ' Unicode code points' : kind === 'blob' ? ' bytes' : kind === 'list' || kind === 'map' ? ' entries' : '';
  if (c.length) {
    const { min, max } = c.length;
    lines.push(`- Length: ${min ?? 0}..${max ?? '∞'}${unit}`);
  }
  if (c.pattern !== undefined) lines.push(`- Pattern: \`${c.patternSource ?? c.pattern}\`${c.patternSource !== undefined && c.patternSource !== c.pattern ? ` (ECMAScript: \`${c.pattern}\`)` : ''}`);
  if (c.patternMatchesNothing) lines.push('- Warning: this pattern can match no string, so no valid value exists');
  if (c.range) lines.push(`- Range: ${c.range.minText ?? '-∞'}..${c.range.maxText ?? '∞'} (inclusive)`);
  if (c.uniqueItems) lines.push('- Items are unique');
  return lines;
}

export interface DocParts {
  docs: Documentation;
  constraints?: Constraints;
  kind?: IrShape['kind'];
  extra?: string[];
  defaultValue?: { present: boolean; value?: unknown };
}

/** Returns the JSDoc body (no `/**`), or undefined when there is nothing to say. */
export function jsdoc(parts: DocParts): string | undefined {
  const blocks: string[] = [];
  if (parts.docs.text) blocks.push(parts.docs.text);
  const bullets = [...(parts.constraints && parts.kind ? constraintLines(parts.constraints, parts.kind) : []), ...(parts.extra ?? [])];
  if (parts.docs.sensitive) bullets.push('- Sensitive: do not log');
  if (bullets.length) blocks.push(bullets.join('\n'));
  const tags: string[] = [];
  if (parts.defaultValue?.present) tags.push(`@defaultValue ${jsonText(parts.defaultValue.value)}`);
  if (parts.docs.deprecated) tags.push(`@deprecated${parts.docs.deprecated.message ? ` ${parts.docs.deprecated.message}` : ''}${parts.docs.deprecated.since ? ` (since ${parts.docs.deprecated.since})` : ''}`);
  if (tags.length) blocks.push(tags.join('\n'));
  return blocks.length ? blockComment(blocks.join('\n\n')) : undefined;
}

export function memberDoc(member: IrMember, target: IrShape, extra: string[] = []): string | undefined {
  return jsdoc({
    docs: member.docs,
    constraints: member.constraints,
    kind: target.kind,
    extra: [...(member.required ? ['- Required'] : []), ...extra],
    defaultValue: { present: member.hasDefault, value: member.default },
  });
}

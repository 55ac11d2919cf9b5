/**
 * Constraint comparison. A bound that admits fewer values than before is tightened (major: a
 * payload that was valid may now be rejected); one that admits more is loosened (minor). A missing
 * bound is the widest one: length min 0, max ∞; range −∞..∞.
 */

import type { Constraints, LengthBounds, RangeBounds } from '../ir/types.js';
import type { ModelChange } from './types.js';

type Change = Omit<ModelChange, 'target'>;

function show(n: number | undefined, text?: string, open = '∞'): string {
  return text ?? (n === undefined ? open : String(n));
}

function compareBound(what: string, side: 'min' | 'max', before: number, after: number, shown: [string, string]): Change[] {
  if (before === after) return [];
  // Raising a minimum or lowering a maximum admits fewer values.
  const tighter = side === 'min' ? after > before : after < before;
  return [{
    level: tighter ? 'major' : 'minor',
    code: tighter ? 'constraint-tightened' : 'constraint-loosened',
    message: `${what} ${side} ${after > before ? 'raised' : 'lowered'} ${shown[0]} → ${shown[1]}`,
  }];
}

function compareLength(a: LengthBounds | undefined, b: LengthBounds | undefined, unit: string): Change[] {
  const what = `length${unit ? ` (${unit})` : ''}`;
  return [
    ...compareBound(what, 'min', a?.min ?? 0, b?.min ?? 0, [String(a?.min ?? 0), String(b?.min ?? 0)]),
    ...compareBound(what, 'max', a?.max ?? Infinity, b?.max ?? Infinity, [show(a?.max), show(b?.max)]),
  ];
}

function compareRange(a: RangeBounds | undefined, b: RangeBounds | undefined): Change[] {
  return [
    ...compareBound('range', 'min', a?.min ?? -Infinity, b?.min ?? -Infinity, [show(a?.min, a?.minText, '−∞'), show(b?.min, b?.minText, '−∞')]),
    ...compareBound('range', 'max', a?.max ?? Infinity, b?.max ?? Infinity, [show(a?.max, a?.maxText), show(b?.max, b?.maxText)]),
  ];
}

function comparePattern(a: Constraints, b: Constraints): Change[] {
  if (a.pattern === b.pattern) return [];
  if (a.pattern === undefined) return [{ level: 'major', code: 'constraint-tightened', message: `pattern added: ${b.patternSource ?? b.pattern}` }];
  if (b.pattern === undefined) return [{ level: 'minor', code: 'constraint-loosened', message: `pattern removed: ${a.patternSource ?? a.pattern}` }];
  // Whether one regular expression accepts a superset of another is not decidable here: assume not.
  return [{ level: 'major', code: 'constraint-tightened', message: `pattern changed: ${a.patternSource ?? a.pattern} → ${b.patternSource ?? b.pattern}` }];
}

/** Changes between two sets of constraints on the same thing, tightenings first. */
export function compareConstraints(a: Constraints, b: Constraints, unit = ''): Change[] {
  const changes = [...compareLength(a.length, b.length, unit), ...compareRange(a.range, b.range), ...comparePattern(a, b)];
  if (!a.uniqueItems && b.uniqueItems) changes.push({ level: 'major', code: 'constraint-tightened', message: 'uniqueItems added' });
  if (a.uniqueItems && !b.uniqueItems) changes.push({ level: 'minor', code: 'constraint-loosened', message: 'uniqueItems removed' });
  return changes;
}

export function sameConstraints(a: Constraints, b: Constraints): boolean {
  return compareConstraints(a, b).length === 0;
}

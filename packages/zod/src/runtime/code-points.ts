/**
 * Smithy `@length` counts Unicode code points; JS `.length` (and zod's `.min`/`.max`) count UTF-16
 * code units. A string of n code units holds between ceil(n/2) and n code points, so the UTF-16
 * length alone decides most cases and the loop below only runs in the ambiguous zone.
 */

/** Number of code points, counting a lone surrogate as one (as `[...s].length` and ajv do). */
export function codePointLength(s: string): number {
  let count = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** `codePointLength(s) >= min`, without counting when the UTF-16 length already decides. */
export function hasAtLeastCodePoints(s: string, min: number): boolean {
  const n = s.length;
  if (n < min) return false;
  // ceil(n / 2) code points at the very least.
  if (n >= 2 * min - 1) return true;
  return codePointLength(s) >= min;
}

/** `codePointLength(s) <= max`, without counting when the UTF-16 length already decides. */
export function hasAtMostCodePoints(s: string, max: number): boolean {
  const n = s.length;
  if (n <= max) return true;
  if (n > 2 * max) return false;
  return codePointLength(s) <= max;
}

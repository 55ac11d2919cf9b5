/**
 * restJson1 sends the non-finite doubles as the JSON strings "NaN", "Infinity" and "-Infinity"
 * (JSON has no literal for them); the application form holds plain JS numbers.
 */

export type WireDouble = number | 'NaN' | 'Infinity' | '-Infinity';

export function isNonFiniteText(v: unknown): v is 'NaN' | 'Infinity' | '-Infinity' {
  return v === 'NaN' || v === 'Infinity' || v === '-Infinity';
}

/** A finite JSON number or one of the three strings. */
export function isWireDouble(v: unknown): v is WireDouble {
  return typeof v === 'number' ? Number.isFinite(v) : isNonFiniteText(v);
}

export function wireToDouble(v: WireDouble): number {
  return typeof v === 'number' ? v : Number(v);
}

export function doubleToWire(n: number): WireDouble {
  return Number.isFinite(n) ? n : (String(n) as 'NaN' | 'Infinity' | '-Infinity');
}

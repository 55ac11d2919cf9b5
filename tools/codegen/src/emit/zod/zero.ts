/**
 * Lenient mode fills an absent or `null` `@required` member (Smithy 2.0 client error correction):
 * with the member's `@default` when it has one, else the Smithy zero value of its type. The value is
 * written in the form the schema reads (wire for `SJsonSchema`/`SCodec`, application for `SSchema`).
 */

import type { IrMember, SimpleShape } from '../../ir/types.js';
import { lit, shape, type EmitContext } from './context.js';

/** A JS expression, or undefined when the type has no zero value (a union). */
export function zeroExpr(ctx: EmitContext, m: IrMember, side: 'wire' | 'app'): string | undefined {
  const target = shape(ctx, m.target);
  if (target.kind === 'union') return undefined;
  const format = m.timestampFormat ?? (target as SimpleShape).timestampFormat ?? 'epoch-seconds';
  if (m.hasDefault && m.default !== undefined && m.default !== null) {
    const d = m.default;
    if (side === 'wire' || !['timestamp', 'blob', 'bigInteger', 'bigDecimal'].includes(target.kind)) return lit(d);
    if (target.kind === 'timestamp') return typeof d === 'number' ? `new Date(${d * 1000})` : `new Date(${lit(d)})`;
    if (target.kind === 'blob' && typeof d === 'string') return `rt.base64ToBytes(${lit(d)})`;
    if (target.kind === 'bigInteger' && typeof d === 'number' && Number.isInteger(d)) return `${d}n`;
    if (target.kind === 'bigDecimal') return lit(String(d));
  }
  switch (target.kind) {
    case 'string':
    case 'enum':
      return "''";
    case 'boolean':
      return 'false';
    case 'blob':
      return side === 'wire' ? "''" : 'new Uint8Array(0)';
    case 'timestamp':
      if (side === 'app') return 'new Date(0)';
      return format === 'date-time' ? lit('1970-01-01T00:00:00Z') : format === 'http-date' ? lit('Thu, 01 Jan 1970 00:00:00 GMT') : '0';
    case 'bigInteger':
      return side === 'wire' ? '0' : '0n';
    case 'bigDecimal':
      return side === 'wire' ? '0' : "'0'";
    case 'document':
      return 'null';
    case 'list':
      return '[]';
    case 'map':
    case 'structure':
      return '{}';
    default:
      return '0';
  }
}

/**
 * The scalar kind an HTTP-bound value (header, query, label, payload) has at run time, by IR shape
 * kind: one table for the emitters whose runtimes read and write such values (the msw handlers'
 * `runtime/wire-values.ts` and the zod client decoder's `runtime/client/http-values.ts`), so both
 * sides of the wire agree on how a value travels.
 */

import type { IrShape } from '../../ir/types.js';

export const HTTP_SCALAR: Readonly<Partial<Record<IrShape['kind'], string>>> = {
  string: 'string',
  enum: 'string',
  boolean: 'boolean',
  byte: 'integer',
  short: 'integer',
  integer: 'integer',
  long: 'integer',
  intEnum: 'integer',
  float: 'float',
  double: 'float',
  bigInteger: 'bigInteger',
  bigDecimal: 'bigDecimal',
  timestamp: 'timestamp',
  blob: 'blob',
  document: 'document',
};

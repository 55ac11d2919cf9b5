/** The shapes of the `smithy.api` prelude that a model may target without defining them. */

import type { AstShape } from './ast.js';

const PRIMITIVE_DEFAULTS: Record<string, [string, unknown]> = {
  PrimitiveBoolean: ['boolean', false],
  PrimitiveByte: ['byte', 0],
  PrimitiveShort: ['short', 0],
  PrimitiveInteger: ['integer', 0],
  PrimitiveLong: ['long', 0],
  PrimitiveFloat: ['float', 0],
  PrimitiveDouble: ['double', 0],
};

const SIMPLE: Record<string, string> = {
  String: 'string',
  Blob: 'blob',
  Boolean: 'boolean',
  Byte: 'byte',
  Short: 'short',
  Integer: 'integer',
  Long: 'long',
  Float: 'float',
  Double: 'double',
  BigInteger: 'bigInteger',
  BigDecimal: 'bigDecimal',
  Timestamp: 'timestamp',
  Document: 'document',
};

export const UNIT = 'smithy.api#Unit';

export const PRELUDE_SHAPES: ReadonlyMap<string, AstShape> = new Map<string, AstShape>([
  ...Object.entries(SIMPLE).map(([name, type]): [string, AstShape] => [`smithy.api#${name}`, { type }]),
  ...Object.entries(PRIMITIVE_DEFAULTS).map(([name, [type, def]]): [string, AstShape] => [
    `smithy.api#${name}`,
    { type, traits: { 'smithy.api#default': def } },
  ]),
  [UNIT, { type: 'structure', members: {}, traits: { 'smithy.api#unitType': {} } }],
]);

export function isPrelude(id: string): boolean {
  return id.startsWith('smithy.api#');
}

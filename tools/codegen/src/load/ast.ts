/**
 * The Smithy 2.0 JSON AST as it sits in a file (https://smithy.io/2.0/spec/json-ast.html).
 * Only `load/` and `ir/` look at these types; emitters see the IR.
 */

export type Traits = Record<string, unknown>;

export interface AstMember {
  target: string;
  traits?: Traits;
}

export interface AstShape {
  type: string;
  traits?: Traits;
  members?: Record<string, AstMember>;
  member?: AstMember;
  key?: AstMember;
  value?: AstMember;
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
  operations?: { target: string }[];
  resources?: { target: string }[];
  version?: string;
  // resource lifecycle operations; read only to find operations
  create?: { target: string };
  put?: { target: string };
  read?: { target: string };
  update?: { target: string };
  delete?: { target: string };
  list?: { target: string };
  collectionOperations?: { target: string }[];
  mixins?: { target: string }[];
  rename?: Record<string, string>;
}

export interface AstModel {
  smithy: string;
  metadata?: Record<string, unknown>;
  shapes: Record<string, AstShape>;
}

export const SIMPLE_TYPES = [
  'blob',
  'boolean',
  'string',
  'byte',
  'short',
  'integer',
  'long',
  'float',
  'double',
  'bigInteger',
  'bigDecimal',
  'timestamp',
  'document',
] as const;

export const AGGREGATE_TYPES = ['list', 'set', 'map', 'structure', 'union', 'enum', 'intEnum'] as const;
export const SERVICE_TYPES = ['service', 'operation', 'resource'] as const;

export const KNOWN_TYPES: ReadonlySet<string> = new Set([...SIMPLE_TYPES, ...AGGREGATE_TYPES, ...SERVICE_TYPES]);

/**
 * What the IDL parser hands the assembler: one file's statements with every shape reference still
 * as written (`String`, `smithy.api#String`, `Foo$bar`). References are resolved only once every file
 * is parsed, because a relative id means "the shape of that name in this namespace, if any file
 * defines one, else the prelude's" (https://smithy.io/2.0/spec/idl.html#relative-shape-id-resolution).
 */

export interface Pos {
  line: number;
  column: number;
}

/** An unquoted shape id as written in the file (in a trait value, a target, a `with` list...). */
export class ShapeIdNode {
  constructor(
    readonly text: string,
    readonly pos: Pos,
  ) {}
}

/** `@foo` or `@foo()`: no value; becomes `{}` or `[]` depending on the trait's shape. */
export const ANNOTATION: unique symbol = Symbol('annotation');

export type NodeValue = null | boolean | number | string | NodeValue[] | { [key: string]: NodeValue } | ShapeIdNode;

export interface ParsedTrait {
  name: ShapeIdNode;
  value: NodeValue | typeof ANNOTATION;
}

export interface ParsedMember {
  name: string;
  pos: Pos;
  /** Undefined for an elided member (`$id`): the target comes from the resource or a mixin. */
  target?: ShapeIdNode;
  traits: ParsedTrait[];
}

export interface ParsedShape {
  /** Absolute shape id. */
  id: string;
  type: string;
  pos: Pos;
  traits: ParsedTrait[];
  mixins: ShapeIdNode[];
  /** Present for shapes that have members (structure, union, list, map, enum, intEnum, set). */
  members?: ParsedMember[];
  forResource?: ShapeIdNode;
  input?: ShapeIdNode;
  output?: ShapeIdNode;
  errors?: ShapeIdNode[];
  /** service / resource: the node object of its properties. */
  body?: { [key: string]: NodeValue };
}

export interface ParsedApply {
  target: ShapeIdNode;
  traits: ParsedTrait[];
}

export interface ParsedFile {
  file: string;
  /** "1.0" or "2.0". */
  version: string;
  namespace?: string;
  /** `use` statements: the name a file may use → absolute shape id. */
  uses: Map<string, { id: string; pos: Pos }>;
  metadata: { key: string; value: NodeValue; pos: Pos }[];
  shapes: ParsedShape[];
  applies: ParsedApply[];
}

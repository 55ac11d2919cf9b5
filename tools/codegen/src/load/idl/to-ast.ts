/**
 * One parsed IDL file → JSON AST shapes, once every input is known: shape ids resolved, trait values'
 * unquoted shape ids resolved, annotation traits given the empty value their shape calls for,
 * service and resource bodies checked and turned into the AST's `{ "target": ... }` form.
 * Elided members are left with an empty target for the assembler, which knows the mixins' members.
 */

import type { AstMember, AstShape, Traits } from '../ast.js';
import type { ModelIssue } from '../errors.js';
import { inheritedMember } from './members.js';
import { mergeTrait } from './merge.js';
import { resolveShapeId, typeOf, type FileScope, type Universe } from './shape-ids.js';
import { ANNOTATION, ShapeIdNode, type NodeValue, type ParsedFile, type ParsedMember, type ParsedShape, type ParsedTrait, type Pos } from './types.js';

export interface Elided {
  shapeId: string;
  member: string;
  pos: Pos;
  file: string;
  forResource?: string;
}

export class FileConverter {
  readonly scope: FileScope;
  readonly elided: Elided[] = [];
  /** Checks that need every file's shapes (mixins); run by the assembler after elision. */
  readonly deferred: ((shapes: Record<string, AstShape>) => void)[] = [];

  constructor(
    readonly parsed: ParsedFile,
    readonly u: Universe,
    readonly issues: ModelIssue[],
  ) {
    this.scope = { file: parsed.file, namespace: parsed.namespace, version: parsed.version, uses: parsed.uses };
  }

  issue(pos: Pos, message: string, shapeId?: string): void {
    this.issues.push({ pointer: '', message, file: this.parsed.file, line: pos.line, column: pos.column, ...(shapeId ? { shapeId } : {}) });
  }

  /** A reference that must name a shape of the model or the prelude. */
  ref(node: ShapeIdNode, what: string, shapeId?: string): string {
    const { id, exists } = resolveShapeId(node, this.scope, this.u);
    if (!exists) this.issue(node.pos, `${what} ${node.text} does not resolve to a shape (resolved as ${id})`, shapeId);
    return id;
  }

  /**
   * Node value → JSON; unquoted shape ids become absolute ids (an error when they name nothing).
   * Converted in place: the parser's arrays and prototype-free objects are used by nothing else,
   * and protocol-test trait values are large.
   */
  value(v: NodeValue, shapeId?: string): unknown {
    if (v instanceof ShapeIdNode) {
      const { id, exists } = resolveShapeId(v, this.scope, this.u);
      if (!exists) this.issue(v.pos, `syntactic shape id ${v.text} does not resolve to a valid shape id (${id})`, shapeId);
      return id;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i]!;
        if (x !== null && typeof x === 'object') v[i] = this.value(x, shapeId) as NodeValue;
      }
      return v;
    }
    if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        const x = v[k]!;
        if (x !== null && typeof x === 'object') v[k] = this.value(x, shapeId) as NodeValue;
      }
    }
    return v;
  }

  traits(list: ParsedTrait[], shapeId: string, into: Traits = Object.create(null) as Traits): Traits {
    for (const t of list) {
      const { id, exists } = resolveShapeId(t.name, this.scope, this.u);
      // An absolute trait id (written so, or brought in by `use`) needs no definition, as for JSON
      // models; a bare relative name must resolve to a shape.
      if (!exists && !t.name.text.includes('#') && !this.scope.uses.has(t.name.text)) this.issue(t.name.pos, `unknown trait @${t.name.text} (resolved as ${id})`, shapeId);
      const value = t.value === ANNOTATION ? (typeOf(this.u, id) === 'list' || typeOf(this.u, id) === 'set' ? [] : Object.create(null)) : this.value(t.value, shapeId);
      const conflict = mergeTrait(into, id, value);
      if (conflict) this.issue(t.name.pos, conflict, shapeId);
    }
    return into;
  }

  shape(p: ParsedShape): AstShape {
    const out: AstShape = { type: p.type };
    if (p.mixins.length) out.mixins = p.mixins.map((m) => ({ target: this.ref(m, 'mixin', p.id) }));
    const forResource = p.forResource ? this.ref(p.forResource, 'resource', p.id) : undefined;
    if (forResource && p.forResource && typeOf(this.u, forResource) !== 'resource' && typeOf(this.u, forResource) !== undefined) {
      this.issue(p.forResource.pos, `the target of the for production must be a resource shape, but found a ${typeOf(this.u, forResource)} shape: ${forResource}`, p.id);
    }
    if (p.members) this.members(p, out, forResource);
    if (p.type === 'operation') {
      // As `smithy ast` writes them: no input or output is smithy.api#Unit; no errors, no key.
      out.input = { target: p.input ? this.ref(p.input, 'input', p.id) : UNIT };
      out.output = { target: p.output ? this.ref(p.output, 'output', p.id) : UNIT };
      if (p.errors?.length) out.errors = p.errors.map((e) => ({ target: this.ref(e, 'error', p.id) }));
    }
    if (p.body) this.body(p, out);
    const traits = this.traits(p.traits, p.id);
    if (Object.keys(traits).length) out.traits = traits;
    if (this.parsed.version === '1.0' && 'smithy.api#mixin' in traits) this.issue(p.pos, 'mixins can only be used in Smithy 2.0 or later', p.id);
    return out;
  }

  private members(p: ParsedShape, out: AstShape, forResource: string | undefined): void {
    const named = Object.create(null) as Record<string, AstMember>;
    for (const m of p.members!) {
      const member: AstMember = { target: m.target ? this.ref(m.target, 'member target', `${p.id}$${m.name}`) : '' };
      if (!m.target) this.elided.push({ shapeId: p.id, member: m.name, pos: m.pos, file: this.parsed.file, ...(forResource ? { forResource } : {}) });
      const traits = this.traits(m.traits, `${p.id}$${m.name}`);
      if (Object.keys(traits).length) member.traits = traits;
      this.checkEnumValue(p, m, member);
      named[m.name] = member;
    }
    if (p.type === 'list' || p.type === 'set') this.fixed(p, out, named, ['member']);
    else if (p.type === 'map') this.fixed(p, out, named, ['key', 'value']);
    else out.members = named;
  }

  /** list / set / map: only their fixed member names. */
  private fixed(p: ParsedShape, out: AstShape, named: Record<string, AstMember>, allowed: ('member' | 'key' | 'value')[]): void {
    for (const m of p.members!) {
      if (!(allowed as string[]).includes(m.name)) this.issue(m.pos, `${p.type} shapes may only have members named ${allowed.join(' and ')}, not ${m.name}`, p.id);
    }
    for (const name of allowed) if (named[name]) out[name] = named[name];
  }

  /**
   * Enum values are checked once mixins are known: a member redeclared from a mixin keeps the
   * mixin's value; any other enum member without one is named by its value.
   */
  private checkEnumValue(p: ParsedShape, m: ParsedMember, member: AstMember): void {
    if (p.type !== 'enum' && p.type !== 'intEnum') return;
    const id = `${p.id}$${m.name}`;
    this.deferred.push((shapes) => {
      const v = member.traits?.[ENUM_VALUE];
      if (v === undefined) {
        const shape = shapes[p.id];
        if (shape && inheritedMember(shapes, shape, m.name)) return;
        if (p.type === 'enum') member.traits = { [ENUM_VALUE]: m.name, ...(member.traits ?? {}) };
        else this.issue(m.pos, 'intEnum members require integer values, but found none', id);
      } else if (p.type === 'enum') {
        if (typeof v !== 'string') this.issue(m.pos, `enum members can only be assigned string values, but found: ${JSON.stringify(v)}`, id);
      } else if (typeof v !== 'number') this.issue(m.pos, `intEnum members require integer values, but found: ${JSON.stringify(v)}`, id);
      else if (!Number.isInteger(v)) this.issue(m.pos, 'intEnum members do not support floating point values', id);
      else if (v > 2147483647 || v < -2147483648) this.issue(m.pos, `intEnum members must fit within an integer, but found: ${v}`, id);
    });
  }

  /** service / resource properties → the JSON AST form. */
  private body(p: ParsedShape, out: AstShape): void {
    const spec = p.type === 'service' ? SERVICE_PROPERTIES : RESOURCE_PROPERTIES;
    const o = out as unknown as Record<string, unknown>;
    for (const key of Object.keys(p.body!)) {
      const v = p.body![key]!;
      const kind = spec[key];
      if (kind === undefined) {
        this.issue(p.pos, `unknown property ${key} for ${p.type} ${p.id}`, p.id);
      } else if (kind === 'string') {
        if (typeof v !== 'string') this.issue(p.pos, `${key} must be a string`, p.id);
        else o[key] = v;
      } else if (kind === 'ref') {
        if (!(v instanceof ShapeIdNode)) this.issue(p.pos, `${key} must be a shape id`, p.id);
        else o[key] = { target: this.ref(v, key, p.id) };
      } else if (kind === 'refs') {
        if (!Array.isArray(v) || !v.every((x) => x instanceof ShapeIdNode)) this.issue(p.pos, `${key} must be a list of shape ids`, p.id);
        else o[key] = v.map((x) => ({ target: this.ref(x as ShapeIdNode, key, p.id) }));
      } else if (kind === 'refMap') {
        const map = v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ShapeIdNode) ? v : undefined;
        if (!map || !Object.values(map).every((x) => x instanceof ShapeIdNode)) this.issue(p.pos, `${key} must map names to shape ids`, p.id);
        else {
          if (key === 'properties' && this.parsed.version === '1.0') this.issue(p.pos, 'resource properties can only be used with Smithy version 2 or later', p.id);
          const refs = Object.create(null) as Record<string, { target: string }>;
          for (const name of Object.keys(map)) refs[name] = { target: this.ref(map[name] as ShapeIdNode, `${key} ${name}`, p.id) };
          o[key] = refs;
        }
      } else {
        // rename: absolute shape id → new name
        const map = v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ShapeIdNode) ? v : undefined;
        if (!map || !Object.values(map).every((x) => typeof x === 'string')) this.issue(p.pos, 'rename must map shape ids to names', p.id);
        else o[key] = Object.assign(Object.create(null) as Record<string, string>, map);
      }
    }
  }
}

const ENUM_VALUE = 'smithy.api#enumValue';
const UNIT = 'smithy.api#Unit';

type PropertyKind = 'string' | 'ref' | 'refs' | 'refMap' | 'rename';
const SERVICE_PROPERTIES: Record<string, PropertyKind> = Object.assign(Object.create(null) as Record<string, PropertyKind>, {
  version: 'string', operations: 'refs', resources: 'refs', errors: 'refs', rename: 'rename',
});
const RESOURCE_PROPERTIES: Record<string, PropertyKind> = Object.assign(Object.create(null) as Record<string, PropertyKind>, {
  identifiers: 'refMap', properties: 'refMap', create: 'ref', put: 'ref', read: 'ref', update: 'ref', delete: 'ref', list: 'ref',
  operations: 'refs', collectionOperations: 'refs', resources: 'refs',
});

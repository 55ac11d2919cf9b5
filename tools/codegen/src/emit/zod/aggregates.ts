/**
 * Expressions for members, lists, maps, structures and unions, in one form and mode. References go
 * to the target's named schema; a member that overrides its target's constraints (or timestamp
 * format) gets an inline schema instead.
 */

import type { Constraints, IrMember, IrShape, ListShape, MapShape, SimpleShape, StructureShape, TimestampFormat, UnionShape } from '../../ir/types.js';
import { lit, schemaName, shape, typeRef, type EmitContext, type Form } from './context.js';
import { enumExpr, isSimpleKind, simpleExpr } from './leaves.js';
import { isBound, sameConstraints } from './plan.js';
import { zeroExpr } from './zero.js';
import { propertyKey } from '../../naming/escape.js';

/** A property key in an object literal; `__proto__` must be computed, or it sets the prototype. */
export const quoteKey = (k: string) => propertyKey(k);
/** Own properties of `Object.prototype`: as member names they need `rt.ownKeysObject`. */
const PROTOTYPE_NAMES = new Set(['constructor', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf']);
const indent = (text: string) => text.split('\n').map((l) => `  ${l}`).join('\n');

export function shapeExpr(ctx: EmitContext, s: IrShape, form: Form, constraints: Constraints = s.constraints, timestampFormat?: TimestampFormat): string {
  if (isSimpleKind(s)) return simpleExpr(ctx, s.kind, form, constraints, s.id, timestampFormat ?? (s as SimpleShape).timestampFormat);
  switch (s.kind) {
    case 'enum':
    case 'intEnum':
      return enumExpr(ctx, s);
    case 'list':
      return listExpr(ctx, s, form, constraints);
    case 'map':
      return mapExpr(ctx, s, form, constraints);
    case 'structure':
      return structureExpr(ctx, s, form);
    case 'union':
      return unionExpr(ctx, s, form);
  }
}

/** The schema a member refers to, before optionality. */
export function memberBase(ctx: EmitContext, m: IrMember, form: Form): string {
  const target = shape(ctx, m.target);
  const shapeFormat = target.kind === 'timestamp' ? ((target as SimpleShape).timestampFormat ?? 'epoch-seconds') : undefined;
  const aggregate = target.kind === 'structure' || target.kind === 'union';
  // A Smithy 1 `set` is a list whose shape (not its members' traits) carries uniqueItems.
  const constraints = target.constraints.uniqueItems ? { ...m.constraints, uniqueItems: true } : m.constraints;
  const inline =
    target.prelude ||
    (!aggregate && !sameConstraints(constraints, target.constraints)) ||
    (target.kind === 'timestamp' && (m.timestampFormat ?? 'epoch-seconds') !== shapeFormat);
  if (inline) return shapeExpr(ctx, target, form, constraints, m.timestampFormat);
  const name = schemaName(target, form);
  const current = ctx.current;
  const sameCycle = current !== undefined && ctx.plan.cyclic.has(target.id) && ctx.plan.component.get(target.id) === ctx.plan.component.get(current);
  return sameCycle ? `z.lazy(() => ${name})` : name;
}

function listExpr(ctx: EmitContext, s: ListShape, form: Form, c: Constraints): string {
  const element = memberBase(ctx, s.member, form) + (s.sparse ? '.nullable()' : '');
  const checks: string[] = [];
  if (ctx.mode === 'strict') {
    if (c.length && (c.length.min !== undefined || c.length.max !== undefined)) checks.push(`rt.check.arrayLength(${c.length.min ?? 'undefined'}, ${c.length.max ?? 'undefined'})`);
    if (c.uniqueItems) checks.push('rt.check.uniqueItems()');
  }
  const expr = `rt.array(${element})${checks.length ? `.check(${checks.join(', ')})` : ''}`;
  return dropsNull(ctx, s.sparse, s.member) ? `rt.dropNullEntries(${expr})` : expr;
}

function mapExpr(ctx: EmitContext, s: MapShape, form: Form, c: Constraints): string {
  const strict = ctx.mode === 'strict';
  const keyTarget = shape(ctx, s.key.target);
  const keyConstrained = keyTarget.kind === 'enum' || Object.keys(s.key.constraints).length > 0;
  const checkKeys = strict && keyConstrained;
  const key = checkKeys ? memberBase(ctx, s.key, 'wire') : 'rt.string()';
  const value = memberBase(ctx, s.value, form) + (s.sparse ? '.nullable()' : '');
  const length = strict && c.length && (c.length.min !== undefined || c.length.max !== undefined) ? `.check(rt.check.mapLength(${c.length.min ?? 'undefined'}, ${c.length.max ?? 'undefined'}))` : '';
  const expr = `rt.safeRecord(${key}, ${value}, { checkKeys: ${checkKeys} })${length}`;
  return dropsNull(ctx, s.sparse, s.value) ? `rt.dropNullEntries(${expr})` : expr;
}

/**
 * Lenient dense lists and maps accept `null` entries and drop them when decoding (docs/VALIDATION.md);
 * a `null` document entry is a value, kept like in a sparse collection.
 */
function dropsNull(ctx: EmitContext, sparse: boolean | undefined, element: IrMember): boolean {
  return ctx.mode === 'lenient' && !sparse && shape(ctx, element.target).kind !== 'document';
}

function structureMember(ctx: EmitContext, m: IrMember, form: Form): string {
  // An event stream is checked event by event as it is read (runtime/event-stream), not as a value:
  // the application and codec forms only require an AsyncIterable (the wire form has no such member).
  if (m.eventStream) return 'rt.eventStream().optional()';
  // A codec passes HTTP-bound members through in the application form (they are not JSON).
  const base = memberBase(ctx, m, form === 'codec' && isBound(m) ? 'app' : form);
  if (ctx.mode === 'strict') return m.required ? base : `${base}.optional()`;
  // A `null` document is a value, not an absent member (docs/VALIDATION.md); lenient mode does not
  // enforce `@required`, and a document has no zero value to fill in, so an absent one stays absent.
  if (shape(ctx, m.target).kind === 'document') return `${base}.optional()`;
  // An optional member with a `@default` is filled with it when absent or `null`, like a required one
  // (Smithy 2.0: a client populates defaults missing from a response; docs/VALIDATION.md).
  const defaulted = !m.required && m.hasDefault && m.default !== undefined && m.default !== null;
  if (m.required || defaulted) {
    const zero = zeroExpr(ctx, m, form === 'app' || isBound(m) ? 'app' : 'wire');
    if (defaulted && zero === undefined) return `rt.lenientOptional(${base})`;
    if (zero === undefined) return `rt.lenientRequired(${base})`;
    return `rt.lenientRequired(${base}, () => ${zero.startsWith('{') ? `(${zero})` : zero})`;
  }
  return `rt.lenientOptional(${base})`;
}

function structureExpr(ctx: EmitContext, s: StructureShape, form: Form): string {
  const members = s.members.filter((m) => form !== 'wire' || !isBound(m));
  // Wire and codec objects are keyed by JSON names; bound members keep their member names, unless a
  // body member's JSON name holds it (api-gateway: label `httpMethod`, @jsonName `requestHttpMethod`,
  // beside a body member whose @jsonName is `httpMethod`): then the bound member's own @jsonName,
  // else its name with `_` appended until free.
  const bodyKeys = new Set(form === 'app' ? [] : members.filter((m) => !isBound(m)).map((m) => m.jsonName));
  const keys = new Map<IrMember, string>();
  for (const m of members) {
    let key = form === 'app' ? m.name : isBound(m) ? m.name : m.jsonName;
    if (form !== 'app' && isBound(m) && bodyKeys.has(key)) {
      key = bodyKeys.has(m.jsonName) ? m.name : m.jsonName;
      while (bodyKeys.has(key)) key += '_';
    }
    keys.set(m, key);
  }
  const keyOf = (m: IrMember) => keys.get(m)!;
  const body = members.map((m) => `${quoteKey(keyOf(m))}: ${structureMember(ctx, m, form)},`);
  const fn = ctx.mode === 'strict' ? 'z.strictObject' : 'z.object';
  let expr = body.length ? `${fn}({\n${indent(body.join('\n'))}\n}, { error: rt.objectError })` : `${fn}({}, { error: rt.objectError })`;
  if (members.some((m) => PROTOTYPE_NAMES.has(keyOf(m)))) expr = `rt.ownKeysObject(${expr})`;
  if (ctx.mode === 'strict' && s.error && form !== 'app') {
    const modeled = new Set(s.members.map((m) => m.jsonName));
    expr = `rt.errorBody(${expr}, ${lit(['__type', 'code'].filter((f) => !modeled.has(f)))})`;
  }
  const renames = members.filter((m) => keyOf(m) !== m.name);
  if (form === 'codec' && renames.length) {
    const map = `{ ${renames.map((m) => `${quoteKey(keyOf(m))}: ${lit(m.name)}`).join(', ')} }`;
    expr = `rt.renamed<${appType(ctx, s)}>()(${expr}, ${map})`;
  }
  return expr;
}

/** The application type of a structure or union as @ota-contract/types spells it (strict unions drop `$unknown`). */
export function appType(ctx: EmitContext, s: IrShape): string {
  const t = typeRef(ctx, s, false);
  return s.kind === 'union' && ctx.mode === 'strict' ? `Exclude<${t}, ${t}.$UnknownMember>` : t;
}

function unionExpr(ctx: EmitContext, s: UnionShape, form: Form): string {
  const members = s.members.map((m) => `{ name: ${lit(m.name)}, jsonName: ${lit(m.jsonName)}, schema: ${memberBase(ctx, m, form)} },`);
  const wire = typeRef(ctx, s, true);
  const app = appType(ctx, s);
  const types = form === 'wire' ? `${wire}, ${wire}` : form === 'app' ? `${app}, ${app}` : `${app}, ${wire}`;
  return `rt.taggedUnion<${types}>([\n${indent(members.join('\n'))}\n], ${lit(form)}, ${ctx.mode === 'lenient'})`;
}

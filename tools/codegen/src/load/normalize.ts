/**
 * Rewrites the forms a JSON AST may legally take into the one form `ir/` reads, so the IR builder
 * never has to know about them:
 *
 * - **Mixins.** The JSON AST serialises a shape with its `mixins` and only the members and traits
 *   it introduces itself; inherited members appear only when they add traits of their own. Here
 *   each shape gets its mixins' members (mixin order first, then its own) and traits (the mixin's,
 *   minus `@mixin` and its `localTraits`, overridden by the shape's own), as the Smithy spec says.
 * - **Smithy 1 `@enum` strings.** A string with the deprecated `smithy.api#enum` trait becomes an
 *   `enum` shape (members named by `name`, or derived from the value when the model has none).
 * - **`apply` entries** (`"ns#Shape$member": { "type": "apply", "traits": {...} }`) add their
 *   traits to the shape or member they name and disappear.
 *
 * Pure and defensive: anything malformed is left as it is for `validate.ts` to report with its pointer.
 */

import type { AstMember, AstModel, AstShape, Traits } from './ast.js';
import { UNIT } from './prelude.js';

const MIXIN = 'smithy.api#mixin';
const ENUM = 'smithy.api#enum';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A prototype-free copy of `sources` merged left to right. Every table keyed by model text (shapes,
 * members, traits, renames) is one: a key `__proto__` stays a key, `toString` finds nothing inherited.
 */
function dict<T>(...sources: (Record<string, T> | undefined)[]): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, ...sources);
}

export function normalizeModel(model: AstModel): AstModel {
  const source = applyTraits(model.shapes);
  const done = new Map<string, AstShape>();
  const inProgress = new Set<string>();

  const flatten = (id: string): AstShape | undefined => {
    const cached = done.get(id);
    if (cached) return cached;
    const shape = source[id];
    if (!isObject(shape)) return undefined;
    const mixins = Array.isArray(shape.mixins) ? shape.mixins.filter((m): m is { target: string } => isObject(m) && typeof m.target === 'string') : [];
    // A mixin cycle is a model error; stop here and let the shape stand unflattened.
    if (mixins.length === 0 || inProgress.has(id)) return shape;
    inProgress.add(id);
    const parents = mixins.map((m) => flatten(m.target)).filter((s): s is AstShape => s !== undefined);
    inProgress.delete(id);
    const result = applyMixins(shape, parents);
    done.set(id, result);
    return result;
  };

  const shapes = dict<AstShape>();
  for (const id of Object.keys(source)) {
    const flat = flatten(id);
    shapes[id] = flat && flat.type === 'string' && Array.isArray(flat.traits?.[ENUM]) ? enumTraitToShape(flat) : (flat ?? source[id]!);
  }
  return { ...model, shapes };
}

/**
 * Folds `apply` entries into their targets (a copy; the input is not changed). An entry whose target
 * does not exist is kept, so validation reports it.
 */
function applyTraits(shapes: Record<string, AstShape>): Record<string, AstShape> {
  const applies = Object.keys(shapes).filter((id) => isObject(shapes[id]) && shapes[id]!.type === 'apply' && isObject(shapes[id]!.traits));
  if (applies.length === 0) return shapes;
  const out = dict(shapes);
  for (const id of applies) {
    const [container = '', member] = id.split('$', 2);
    const target = out[container];
    if (!isObject(target) || target.type === 'apply') continue;
    const traits = shapes[id]!.traits!;
    if (member === undefined) {
      out[container] = { ...target, traits: dict(target.traits, traits) };
    } else if (isObject(target.members) && isObject(target.members[member])) {
      const m = target.members[member]!;
      out[container] = { ...target, members: dict(target.members as Record<string, AstMember>, dict({ [member]: { ...m, traits: dict(m.traits, traits) } })) };
    } else if ((member === 'member' || member === 'key' || member === 'value') && isObject(target[member])) {
      const m = target[member]!;
      out[container] = { ...target, [member]: { ...m, traits: dict(m.traits, traits) } };
    } else continue;
    delete out[id];
  }
  return out;
}

/** Traits a mixin passes on: all but `@mixin` itself and the ones it lists as `localTraits`. */
function inheritedTraits(mixin: AstShape): Traits {
  const traits = dict(mixin.traits);
  const mixinTrait = traits[MIXIN];
  const local = isObject(mixinTrait) && Array.isArray(mixinTrait.localTraits) ? (mixinTrait.localTraits as unknown[]) : [];
  delete traits[MIXIN];
  for (const t of local) if (typeof t === 'string') delete traits[t];
  return traits;
}

function mergeMember(inherited: AstMember | undefined, own: AstMember | undefined): AstMember | undefined {
  if (!inherited) return own;
  if (!own) return inherited;
  const traits = dict(inherited.traits, own.traits);
  return { target: own.target ?? inherited.target, ...(Object.keys(traits).length ? { traits } : {}) };
}

function applyMixins(shape: AstShape, parents: AstShape[]): AstShape {
  const out: AstShape = { ...shape };
  const traits: Traits = dict();
  for (const p of parents) Object.assign(traits, inheritedTraits(p));
  Object.assign(traits, shape.traits ?? {});
  if (Object.keys(traits).length) out.traits = traits;

  if (shape.members !== undefined || parents.some((p) => p.members)) {
    // Null prototype: a member may be named `__proto__`, which a plain object would swallow.
    const members = Object.create(null) as Record<string, AstMember>;
    for (const p of parents) for (const [name, m] of Object.entries(p.members ?? {})) members[name] = mergeMember(members[name], m)!;
    const own = isObject(shape.members) ? shape.members : {};
    for (const [name, m] of Object.entries(own)) members[name] = mergeMember(members[name], m)!;
    out.members = members;
  }
  for (const key of ['member', 'key', 'value'] as const) {
    const merged = parents.reduce<AstMember | undefined>((acc, p) => mergeMember(acc, p[key]), undefined);
    const m = mergeMember(merged, shape[key]);
    if (m) out[key] = m;
  }
  for (const key of ['input', 'output', 'version'] as const) {
    if (out[key] === undefined) {
      const inherited = parents.find((p) => p[key] !== undefined)?.[key];
      if (inherited !== undefined) (out as unknown as Record<string, unknown>)[key] = inherited;
    }
  }
  for (const key of ['errors', 'operations', 'resources'] as const) {
    const seen = new Set<string>();
    const refs = [...parents.flatMap((p) => p[key] ?? []), ...(Array.isArray(shape[key]) ? shape[key]! : [])].filter((r) => {
      if (!isObject(r) || seen.has(r.target)) return false;
      seen.add(r.target);
      return true;
    });
    if (refs.length) out[key] = refs;
  }
  const rename = dict<string>(...parents.map((p) => p.rename), shape.rename);
  if (Object.keys(rename).length) out.rename = rename;
  return out;
}

interface EnumDefinition {
  value?: unknown;
  name?: unknown;
  documentation?: unknown;
  deprecated?: unknown;
  tags?: unknown;
}

/** `string` + Smithy 1 `@enum` → Smithy 2 `enum` shape. */
function enumTraitToShape(shape: AstShape): AstShape {
  const { [ENUM]: definitions, ...traits } = shape.traits ?? {};
  const used = new Set<string>();
  const members = dict<AstMember>();
  for (const def of definitions as EnumDefinition[]) {
    if (!isObject(def) || typeof def.value !== 'string') return shape; // malformed: validate.ts reports it
    let name = typeof def.name === 'string' && def.name ? def.name : memberNameFor(def.value);
    for (let n = 2; used.has(name); n++) name = `${memberNameFor(def.value)}_${n}`;
    used.add(name);
    const memberTraits: Traits = dict({ 'smithy.api#enumValue': def.value });
    if (typeof def.documentation === 'string') memberTraits['smithy.api#documentation'] = def.documentation;
    if (def.deprecated === true) memberTraits['smithy.api#deprecated'] = {};
    // As Smithy's own conversion does: tags carry over, and the "internal" tag becomes @internal
    // (a valid value that public listings, such as validation messages, leave out).
    if (Array.isArray(def.tags) && def.tags.every((t) => typeof t === 'string') && def.tags.length) {
      memberTraits['smithy.api#tags'] = [...def.tags];
      if (def.tags.includes('internal')) memberTraits['smithy.api#internal'] = {};
    }
    members[name] = { target: UNIT, traits: memberTraits };
  }
  const out: AstShape = { ...shape, type: 'enum', members, traits: dict(traits) };
  if (Object.keys(traits).length === 0) delete out.traits;
  return out;
}

/** `"m5.large"` → `M5_LARGE`, `"2xl"` → `_2XL`: a valid member name for a value that has none. */
function memberNameFor(value: string): string {
  const base = value.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'EMPTY';
  return /^[0-9]/.test(base) ? `_${base}` : base;
}

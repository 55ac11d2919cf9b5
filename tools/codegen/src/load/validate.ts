/**
 * Structural validation of a Smithy 2.0 JSON AST: known shape types, targets that resolve, trait
 * values of the right form, and `@http` URIs whose labels match `@httpLabel` members. All problems
 * are collected (not just the first) so one run shows everything to fix.
 */

import { KNOWN_TYPES, type AstMember, type AstModel, type AstShape } from './ast.js';
import { pointer, type ModelIssue } from './errors.js';
import { PRELUDE_SHAPES, UNIT } from './prelude.js';
import { checkTraits } from './traits.js';
import { checkHttpBindings } from './http-bindings.js';
import { checkModelRules } from './model-rules.js';

/** Smithy's absolute shape id: `namespace#Name`, each part an identifier (model-rules.ts). */
const IDENT = '(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*';
const SHAPE_ID = new RegExp(`^${IDENT}(?:\\.${IDENT})*#${IDENT}$`);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateAst(raw: unknown): ModelIssue[] {
  if (!isObject(raw)) return [{ pointer: '', message: 'a Smithy JSON AST must be a JSON object' }];
  const issues: ModelIssue[] = [];
  if (typeof raw.smithy !== 'string' || !/^2(\.0)?$/.test(raw.smithy)) {
    issues.push({ pointer: '/smithy', message: `expected Smithy IDL version "2.0", got ${JSON.stringify(raw.smithy)}` });
  }
  if (!isObject(raw.shapes)) {
    issues.push({ pointer: '/shapes', message: 'missing "shapes" object' });
    return issues;
  }
  const shapes = raw.shapes as Record<string, unknown>;
  // Own entries only: a target `constructor` or `valueOf` must not find Object.prototype's.
  const local = (id: string): AstShape | undefined => (Object.hasOwn(shapes, id) ? (shapes[id] as AstShape) : undefined);
  const exists = (id: unknown): boolean => typeof id === 'string' && (Object.hasOwn(shapes, id) || PRELUDE_SHAPES.has(id));
  const typeOf = (id: string): string | undefined => (local(id) ?? PRELUDE_SHAPES.get(id))?.type;

  for (const [id, value] of Object.entries(shapes)) {
    const at = pointer('shapes', id);
    // normalize.ts folds every `apply` whose target exists into it; one left here has none.
    if (isObject(value) && value.type === 'apply') {
      issues.push({ shapeId: id, pointer: `${at}/type`, message: `applies traits to ${id}, which is not defined in the model` });
      continue;
    }
    if (!SHAPE_ID.test(id)) issues.push({ shapeId: id, pointer: at, message: 'not an absolute shape id (namespace#Name)' });
    if (!isObject(value)) {
      issues.push({ shapeId: id, pointer: at, message: 'shape must be an object' });
      continue;
    }
    const shape = value as unknown as AstShape;
    if (typeof shape.type !== 'string' || !KNOWN_TYPES.has(shape.type)) {
      issues.push({ shapeId: id, pointer: `${at}/type`, message: `unknown shape type ${JSON.stringify(shape.type)}` });
      continue;
    }
    issues.push(...checkTraits(shape.traits, id, `${at}/traits`));
    const checkMember = (member: unknown, memberAt: string, label: string): void => {
      if (!isObject(member)) {
        issues.push({ shapeId: id, pointer: memberAt, message: `${label} must be an object with a target` });
        return;
      }
      const m = member as unknown as AstMember;
      if (!exists(m.target)) {
        issues.push({ shapeId: id, pointer: `${memberAt}/target`, message: `${label} targets ${JSON.stringify(m.target)}, which is not defined in the model` });
      }
      issues.push(...checkTraits(m.traits, id, `${memberAt}/traits`));
    };
    const checkRef = (ref: unknown, refAt: string, label: string): void => {
      if (!isObject(ref) || !exists(ref.target)) {
        issues.push({ shapeId: id, pointer: `${refAt}/target`, message: `${label} ${JSON.stringify(isObject(ref) ? ref.target : ref)} is not defined in the model` });
      }
    };

    if (shape.mixins !== undefined) {
      if (!Array.isArray(shape.mixins)) issues.push({ shapeId: id, pointer: `${at}/mixins`, message: 'mixins must be an array of shape references' });
      else {
        shape.mixins.forEach((ref, i) => {
          checkRef(ref, pointer('shapes', id, 'mixins', i), 'mixin');
          const target = isObject(ref) && typeof ref.target === 'string' ? local(ref.target) : undefined;
          if (target && !(isObject(target.traits) && 'smithy.api#mixin' in target.traits)) {
            issues.push({ shapeId: id, pointer: pointer('shapes', id, 'mixins', i, 'target'), message: `mixin ${ref.target} has no smithy.api#mixin trait` });
          }
        });
      }
    }

    switch (shape.type) {
      case 'list':
      case 'set':
        checkMember(shape.member, `${at}/member`, 'list member');
        break;
      case 'map':
        checkMember(shape.key, `${at}/key`, 'map key');
        checkMember(shape.value, `${at}/value`, 'map value');
        if (isObject(shape.key) && typeof shape.key.target === 'string' && exists(shape.key.target) && typeOf(shape.key.target) !== 'string' && typeOf(shape.key.target) !== 'enum') {
          issues.push({ shapeId: id, pointer: `${at}/key/target`, message: 'map keys must target a string or enum shape' });
        }
        break;
      case 'structure':
      case 'union':
      case 'enum':
      case 'intEnum': {
        const members = shape.members ?? {};
        if (!isObject(members)) {
          issues.push({ shapeId: id, pointer: `${at}/members`, message: 'members must be an object' });
          break;
        }
        for (const [name, member] of Object.entries(members)) {
          const memberAt = pointer('shapes', id, 'members', name);
          checkMember(member, memberAt, `member ${name}`);
          if ((shape.type === 'enum' || shape.type === 'intEnum') && isObject(member) && member.target !== UNIT) {
            issues.push({ shapeId: id, pointer: `${memberAt}/target`, message: `${shape.type} members must target ${UNIT}` });
          }
          if (shape.type === 'intEnum' && isObject(member) && !Number.isInteger((member.traits as Record<string, unknown> | undefined)?.['smithy.api#enumValue'])) {
            issues.push({ shapeId: id, pointer: `${memberAt}/traits`, message: 'intEnum members need an integer smithy.api#enumValue' });
          }
        }
        break;
      }
      case 'operation':
        if (shape.input) checkRef(shape.input, `${at}/input`, 'input');
        if (shape.output) checkRef(shape.output, `${at}/output`, 'output');
        (shape.errors ?? []).forEach((e, i) => {
          checkRef(e, pointer('shapes', id, 'errors', i), 'error');
          const target = isObject(e) && typeof e.target === 'string' ? local(e.target) : undefined;
          if (target && !target.traits?.['smithy.api#error']) {
            issues.push({ shapeId: id, pointer: pointer('shapes', id, 'errors', i, 'target'), message: `error ${e.target} has no smithy.api#error trait` });
          }
        });
        break;
      case 'service':
      case 'resource':
        for (const key of ['operations', 'resources', 'errors', 'collectionOperations'] as const) {
          (shape[key] ?? []).forEach((ref, i) => checkRef(ref, pointer('shapes', id, key, i), key.replace(/s$/, '')));
        }
        for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const) {
          if (shape[key] !== undefined) checkRef(shape[key], pointer('shapes', id, key), `${key} operation`);
        }
        break;
    }
  }

  issues.push(...checkHttpBindings(shapes));
  issues.push(...checkModelRules(shapes));
  return issues;
}

export function asAstModel(raw: unknown): AstModel {
  return raw as AstModel;
}

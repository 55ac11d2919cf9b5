/**
 * Structural validation of a Smithy 2.0 JSON AST: known shape types, targets that resolve, trait
 * values of the right form, and `@http` URIs whose labels match `@httpLabel` members. All problems
 * are collected (not just the first) so one run shows everything to fix.
 */

import { KNOWN_TYPES, type AstMember, type AstModel, type AstShape } from './ast.js';
import { pointer, type ModelIssue } from './errors.js';
import { PRELUDE_SHAPES, UNIT } from './prelude.js';
import { checkTraits } from './traits.js';
import { parseUri } from '../ir/uri.js';

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;

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
  const exists = (id: unknown): boolean => typeof id === 'string' && (id in shapes || PRELUDE_SHAPES.has(id));
  const typeOf = (id: string): string | undefined => ((shapes[id] as AstShape | undefined) ?? PRELUDE_SHAPES.get(id))?.type;

  for (const [id, value] of Object.entries(shapes)) {
    const at = pointer('shapes', id);
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
        if (shape.type === 'structure') checkHttpLabels(id, shape, shapes, issues);
        break;
      }
      case 'operation':
        if (shape.input) checkRef(shape.input, `${at}/input`, 'input');
        if (shape.output) checkRef(shape.output, `${at}/output`, 'output');
        (shape.errors ?? []).forEach((e, i) => {
          checkRef(e, pointer('shapes', id, 'errors', i), 'error');
          const target = isObject(e) ? (shapes[e.target as string] as AstShape | undefined) : undefined;
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
        break;
    }
  }

  // An operation's @http URI and its input's @httpLabel members must describe the same labels.
  for (const [id, value] of Object.entries(shapes)) {
    const shape = value as AstShape;
    if (!isObject(shape) || shape.type !== 'operation') continue;
    const http = shape.traits?.['smithy.api#http'] as { uri?: unknown } | undefined;
    if (!isObject(http) || typeof http.uri !== 'string') continue;
    const inputId = shape.input?.target;
    const input = inputId && inputId !== UNIT ? (shapes[inputId] as AstShape | undefined) : undefined;
    const labelMembers = new Set(
      Object.entries(input?.members ?? {})
        .filter(([, m]) => isObject(m) && isObject(m.traits) && 'smithy.api#httpLabel' in m.traits)
        .map(([name]) => name),
    );
    let segments;
    try {
      segments = parseUri(http.uri).path;
    } catch (e) {
      issues.push({ shapeId: id, pointer: pointer('shapes', id, 'traits', 'smithy.api#http', 'uri'), message: (e as Error).message });
      continue;
    }
    const uriLabels = new Set(segments.flatMap((s) => (s.kind === 'label' ? [s.member] : [])));
    for (const label of uriLabels) {
      if (!labelMembers.has(label)) {
        issues.push({
          shapeId: id,
          pointer: pointer('shapes', id, 'traits', 'smithy.api#http', 'uri'),
          message: `URI label {${label}} has no input member with @httpLabel${inputId ? ` in ${inputId}` : ''}`,
        });
      }
    }
    for (const name of labelMembers) {
      if (!uriLabels.has(name)) {
        issues.push({
          shapeId: inputId,
          pointer: pointer('shapes', inputId!, 'members', name, 'traits', 'smithy.api#httpLabel'),
          message: `member ${name} has @httpLabel but the URI ${JSON.stringify(http.uri)} of ${id} has no {${name}} label`,
        });
      }
    }
  }
  return issues;
}

/** `@httpLabel` members must be `@required` (Smithy http-bindings spec). */
function checkHttpLabels(id: string, shape: AstShape, _shapes: Record<string, unknown>, issues: ModelIssue[]): void {
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const traits = isObject(member) && isObject(member.traits) ? member.traits : undefined;
    if (traits && 'smithy.api#httpLabel' in traits && !('smithy.api#required' in traits)) {
      issues.push({ shapeId: id, pointer: pointer('shapes', id, 'members', name, 'traits'), message: `@httpLabel member ${name} must also be @required` });
    }
  }
}

export function asAstModel(raw: unknown): AstModel {
  return raw as AstModel;
}

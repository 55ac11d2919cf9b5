/**
 * The HTTP binding rules of the Smithy spec (https://smithy.io/2.0/spec/http-bindings.html) that a
 * restJson1 contract depends on, checked once so emitters can trust every binding they are given:
 * what each binding trait may target, one binding per member, one payload per structure with no
 * other body members beside it, and `@http` URI labels that match `@httpLabel` members.
 */

import { pointer, type ModelIssue } from './errors.js';
import type { AstMember, AstShape } from './ast.js';
import { PRELUDE_SHAPES, UNIT } from './prelude.js';
import { parseUri } from '../ir/uri.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const SCALARS = new Set(['string', 'enum', 'intEnum', 'boolean', 'byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal', 'timestamp']);
const BINDINGS = ['httpLabel', 'httpQuery', 'httpQueryParams', 'httpHeader', 'httpPrefixHeaders', 'httpPayload', 'httpResponseCode'] as const;
type Binding = (typeof BINDINGS)[number];

export function checkHttpBindings(shapes: Record<string, unknown>): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const shapeOf = (id: string | undefined): AstShape | undefined => (id === undefined ? undefined : ((Object.hasOwn(shapes, id) ? (shapes[id] as AstShape) : undefined) ?? PRELUDE_SHAPES.get(id)));
  const typeOf = (id: string | undefined): string | undefined => {
    const s = shapeOf(id);
    return isObject(s) && typeof s.type === 'string' ? s.type : undefined;
  };
  const isList = (t: string | undefined) => t === 'list' || t === 'set';
  const elementType = (id: string): string | undefined => {
    const s = shapeOf(id);
    return isObject(s) && isList(s.type) && isObject(s.member) ? typeOf(s.member.target) : undefined;
  };
  const mapValueType = (id: string): { key?: string; value?: string; element?: string } | undefined => {
    const s = shapeOf(id);
    if (!isObject(s) || s.type !== 'map' || !isObject(s.value)) return undefined;
    const valueType = typeOf(s.value.target);
    return { ...(isObject(s.key) ? { key: typeOf(s.key.target) } : {}), value: valueType, element: isList(valueType) ? elementType(s.value.target) : undefined };
  };

  /** Returns why `target` cannot carry `binding`, or undefined when it can. */
  const targetProblem = (binding: Binding, target: string): string | undefined => {
    const t = typeOf(target);
    if (t === undefined) return undefined; // a dangling target is reported elsewhere
    switch (binding) {
      case 'httpLabel':
        return SCALARS.has(t) ? undefined : `@httpLabel needs a string, number, boolean, timestamp or enum target, not a ${t}`;
      case 'httpQuery':
      case 'httpHeader':
        return SCALARS.has(t) || t === 'blob' || (isList(t) && SCALARS.has(elementType(target) ?? ''))
          ? undefined
          : `@${binding} needs a simple target or a list of simple values, not a ${t}`;
      case 'httpQueryParams': {
        const m = mapValueType(target);
        return m && (m.value === 'string' || m.value === 'enum' || m.element === 'string' || m.element === 'enum')
          ? undefined
          : '@httpQueryParams needs a map of strings or of lists of strings';
      }
      case 'httpPrefixHeaders': {
        const m = mapValueType(target);
        return m && (m.value === 'string' || m.value === 'enum') ? undefined : '@httpPrefixHeaders needs a map of strings';
      }
      case 'httpPayload':
        return ['structure', 'union', 'document', 'blob', 'string', 'enum'].includes(t)
          ? undefined
          : `@httpPayload needs a structure, union, document, blob, string or enum target, not a ${t}`;
      case 'httpResponseCode':
        return t === 'integer' ? undefined : `@httpResponseCode needs an integer target, not a ${t}`;
    }
  };

  for (const [id, value] of Object.entries(shapes)) {
    if (!isObject(value) || value.type !== 'structure' || !isObject(value.members)) continue;
    let payload: string | undefined;
    const bodyMembers: string[] = [];
    for (const [name, member] of Object.entries(value.members as Record<string, AstMember>)) {
      if (!isObject(member) || !isObject(member.traits)) {
        bodyMembers.push(name);
        continue;
      }
      const traits = member.traits;
      const at = pointer('shapes', id, 'members', name, 'traits');
      const bound = BINDINGS.filter((b) => `smithy.api#${b}` in traits);
      if (bound.length > 1) issues.push({ shapeId: id, pointer: at, message: `member ${name} has conflicting HTTP bindings: ${bound.map((b) => `@${b}`).join(', ')}` });
      if (bound.length === 0) bodyMembers.push(name);
      for (const b of bound) {
        const problem = typeof member.target === 'string' ? targetProblem(b, member.target) : undefined;
        if (problem) issues.push({ shapeId: id, pointer: `${at}/smithy.api#${b}`, message: `member ${name}: ${problem}` });
      }
      if ('smithy.api#httpLabel' in traits && !('smithy.api#required' in traits)) {
        issues.push({ shapeId: id, pointer: at, message: `@httpLabel member ${name} must also be @required` });
      }
      if ('smithy.api#httpPayload' in traits) {
        if (payload !== undefined) issues.push({ shapeId: id, pointer: `${at}/smithy.api#httpPayload`, message: `only one member may be @httpPayload (${payload} already is)` });
        payload ??= name;
      }
    }
    if (payload !== undefined && bodyMembers.length > 0) {
      issues.push({
        shapeId: id,
        pointer: pointer('shapes', id, 'members', payload, 'traits', 'smithy.api#httpPayload'),
        message: `member ${payload} is the @httpPayload, so ${bodyMembers.join(', ')} must be bound to the HTTP message too (no other body members are allowed)`,
      });
    }
  }

  for (const [id, value] of Object.entries(shapes)) {
    if (!isObject(value) || value.type !== 'operation') continue;
    issues.push(...checkUriLabels(id, value as unknown as AstShape, shapes, typeOf));
  }
  return issues;
}

/** An operation's `@http` URI and its input's `@httpLabel` members must describe the same labels. */
function checkUriLabels(id: string, shape: AstShape, shapes: Record<string, unknown>, typeOf: (id: string | undefined) => string | undefined): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const http = shape.traits?.['smithy.api#http'] as { uri?: unknown } | undefined;
  if (!isObject(http) || typeof http.uri !== 'string') return issues;
  const uriAt = pointer('shapes', id, 'traits', 'smithy.api#http', 'uri');
  const inputId = shape.input?.target;
  const input = inputId && inputId !== UNIT && Object.hasOwn(shapes, inputId) ? (shapes[inputId] as AstShape) : undefined;
  const members = isObject(input?.members) ? (input.members as Record<string, AstMember>) : {};
  const labelMembers = new Set(Object.entries(members).filter(([, m]) => isObject(m) && isObject(m.traits) && 'smithy.api#httpLabel' in m.traits).map(([name]) => name));
  let segments;
  try {
    segments = parseUri(http.uri).path;
  } catch (e) {
    return [{ shapeId: id, pointer: uriAt, message: (e as Error).message }];
  }
  const labels = segments.flatMap((s) => (s.kind === 'label' ? [s] : []));
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label.member)) issues.push({ shapeId: id, pointer: uriAt, message: `URI label {${label.member}} appears more than once` });
    seen.add(label.member);
    if (!labelMembers.has(label.member)) {
      issues.push({ shapeId: id, pointer: uriAt, message: `URI label {${label.member}} has no input member with @httpLabel${inputId ? ` in ${inputId}` : ''}` });
    } else if (label.greedy && typeOf(members[label.member]?.target) !== 'string') {
      issues.push({ shapeId: id, pointer: uriAt, message: `greedy label {${label.member}+} must target a string` });
    }
  }
  if (labels.filter((l) => l.greedy).length > 1) issues.push({ shapeId: id, pointer: uriAt, message: 'a URI may have at most one greedy label' });
  for (const name of labelMembers) {
    if (!seen.has(name)) {
      issues.push({
        shapeId: inputId,
        pointer: pointer('shapes', inputId!, 'members', name, 'traits', 'smithy.api#httpLabel'),
        message: `member ${name} has @httpLabel but the URI ${JSON.stringify(http.uri)} of ${id} has no {${name}} label`,
      });
    }
  }
  return issues;
}

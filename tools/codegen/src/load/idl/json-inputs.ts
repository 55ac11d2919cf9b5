/** JSON AST files among the inputs of assembly: parsed with load/json.ts's guards, shapes checked for what assembly relies on. */

import { ModelError } from '../errors.js';
import { parseDataJson, scanJson } from '../json.js';
import type { ModelInput } from '../assemble.js';

export function parseJsonAst(input: ModelInput): Record<string, unknown> {
  let raw: unknown;
  // The same guards as a single JSON model (load/json.ts): duplicate keys and runaway nesting refused.
  const jsonIssues = scanJson(input.text);
  try {
    raw = jsonIssues.length > 0 ? JSON.parse(input.text) : parseDataJson(input.text);
  } catch (e) {
    throw new ModelError(input.file, [{ pointer: '', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  if (jsonIssues.length > 0) throw new ModelError(input.file, jsonIssues);
  const model = raw as Record<string, unknown> | null;
  if (typeof model !== 'object' || model === null || Array.isArray(model)) throw new ModelError(input.file, [{ pointer: '', message: 'a Smithy JSON AST must be a JSON object' }]);
  if (typeof model.smithy !== 'string' || !/^[12](\.\d+)?$/.test(model.smithy)) {
    throw new ModelError(input.file, [{ pointer: '/smithy', message: `expected a Smithy version ("2.0" or "1.0"), got ${JSON.stringify(model.smithy)}` }]);
  }
  if (model.shapes === undefined) model.shapes = {};
  if (typeof model.shapes !== 'object' || model.shapes === null || Array.isArray(model.shapes)) throw new ModelError(input.file, [{ pointer: '/shapes', message: '"shapes" must be an object' }]);
  return model;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v: unknown): boolean => isObject(v) && typeof v.target === 'string';

/**
 * The structure assembly itself relies on in a JSON AST shape (an object with a type; traits an
 * object; mixins a list of references; members objects with a target). Anything else is reported
 * here, with its pointer, and the shape is left out; validate.ts checks the rest.
 */
export function jsonShapeProblem(shape: unknown): { at: string[]; message: string } | undefined {
  if (!isObject(shape)) return { at: [], message: 'a shape must be an object' };
  if (typeof shape.type !== 'string') return { at: ['type'], message: 'a shape needs a "type" string' };
  if (shape.traits !== undefined && !isObject(shape.traits)) return { at: ['traits'], message: '"traits" must be an object' };
  if (shape.type === 'apply') return undefined;
  if (shape.mixins !== undefined && !(Array.isArray(shape.mixins) && shape.mixins.every(isRef))) return { at: ['mixins'], message: '"mixins" must be a list of { "target": shape id }' };
  if (shape.members !== undefined) {
    if (!isObject(shape.members)) return { at: ['members'], message: '"members" must be an object' };
    for (const name of Object.keys(shape.members)) {
      if (!isRef(shape.members[name])) return { at: ['members', name], message: 'a member must be an object with a "target" string' };
      const traits = (shape.members[name] as Record<string, unknown>).traits;
      if (traits !== undefined && !isObject(traits)) return { at: ['members', name, 'traits'], message: '"traits" must be an object' };
    }
  }
  for (const slot of ['member', 'key', 'value']) {
    const m = shape[slot];
    if (m !== undefined && !(isRef(m) && ((m as Record<string, unknown>).traits === undefined || isObject((m as Record<string, unknown>).traits)))) {
      return { at: [slot], message: `"${slot}" must be an object with a "target" string` };
    }
  }
  return undefined;
}

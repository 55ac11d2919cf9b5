import { readFileSync } from 'node:fs';
import type { AstModel } from './ast.js';
import { ModelError } from './errors.js';
import { parseDataJson, scanJson } from './json.js';
import { normalizeModel } from './normalize.js';
import { validateAst } from './validate.js';

/** Parses and validates model text. Throws `ModelError` listing every problem. */
export function parseModel(text: string, file: string): AstModel {
  let raw: unknown;
  // Duplicate keys and runaway nesting are refused before anything reads the model (load/json.ts);
  // objects come back prototype-free.
  const jsonIssues = scanJson(text);
  try {
    raw = jsonIssues.length > 0 ? JSON.parse(text) : parseDataJson(text);
  } catch (e) {
    throw new ModelError(file, [{ pointer: '', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  if (jsonIssues.length > 0) throw new ModelError(file, jsonIssues);
  // Mixins are applied before validation, so inherited members are checked like any other.
  const model = isModelLike(raw) ? normalizeModel(raw) : raw;
  const issues = validateAst(model);
  if (issues.length > 0) throw new ModelError(file, issues);
  return model as AstModel;
}

function isModelLike(raw: unknown): raw is AstModel {
  const shapes = (raw as { shapes?: unknown } | null)?.shapes;
  return typeof raw === 'object' && raw !== null && typeof shapes === 'object' && shapes !== null && !Array.isArray(shapes);
}

export function readModel(file: string): AstModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ModelError(file, [{ pointer: '', message: `cannot read the model: ${(e as Error).message}` }]);
  }
  return parseModel(text, file);
}

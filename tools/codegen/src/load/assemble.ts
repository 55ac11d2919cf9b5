/**
 * Model assembly: any number of `.smithy` (IDL 2.0 / 1.0) and `.json` (JSON AST) files, or folders
 * holding them, become one Smithy 2.0 JSON AST, as the reference loader assembles them
 * (https://smithy.io/2.0/spec/model.html#model-files): shapes from every file in one space, relative
 * ids resolved against all of them, `apply` from any file, metadata merged, conflicts refused. The
 * prelude is built in; its shapes are never part of the result. Mixins stay as written (as
 * `smithy ast` prints them); `normalize.ts` flattens them for the pipeline.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstModel, AstShape } from './ast.js';
import { ModelError, pointer, type ModelIssue } from './errors.js';
import { normalizeModel } from './normalize.js';
import { validateAst } from './validate.js';
import { checkAssembled } from './idl/model-checks.js';
import { applyAll, type PendingApply } from './idl/apply.js';
import { resolveElided } from './idl/elide.js';
import { deepEqual, mergeTrait } from './idl/merge.js';
import { parseIdl } from './idl/parser.js';
import { FileConverter, type Elided } from './idl/to-ast.js';
import { canonicalShape } from './idl/canonical.js';
import { isObject, jsonShapeProblem, parseJsonAst } from './idl/json-inputs.js';
import type { Universe } from './idl/shape-ids.js';
import type { ParsedFile, Pos } from './idl/types.js';

export interface ModelInput {
  /** Name used in errors (a path, usually relative to the working directory). */
  file: string;
  text: string;
}

/** Reads the files and folders (every `.smithy` and `.json` below, sorted) and assembles them. Throws `ModelError`. */
export function loadModelFiles(paths: readonly string[]): AstModel {
  return assembleModel(readInputs(paths));
}

export function readInputs(paths: readonly string[]): ModelInput[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new ModelError(path, [{ pointer: '', message: 'no such file or folder' }]);
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        const child = join(path, entry);
        if (statSync(child).isDirectory()) walk(child);
        else if (entry.endsWith('.smithy') || entry.endsWith('.json')) files.push(child);
      }
    } else files.push(path);
  };
  for (const p of paths) walk(p);
  return [...new Set(files)].map((file) => {
    try {
      return { file: displayName(file), text: readFileSync(file, 'utf8') };
    } catch (e) {
      throw new ModelError(file, [{ pointer: '', message: `cannot read the model: ${(e as Error).message}` }]);
    }
  });
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

interface Definition {
  shape: AstShape;
  file: string;
  pos?: Pos;
}

/** Assembles in-memory inputs (`.smithy` by name, anything else as a JSON AST). Throws `ModelError`. */
export function assembleModel(inputs: readonly ModelInput[]): AstModel {
  const idl: ParsedFile[] = [];
  const json: { file: string; model: Record<string, unknown> }[] = [];
  for (const input of inputs) {
    if (input.file.endsWith('.smithy')) idl.push(parseIdl(input.text.replace(/^\uFEFF/, ''), input.file));
    else json.push({ file: input.file, model: parseJsonAst(input) });
  }

  const issues: ModelIssue[] = [];
  const u: Universe = { defined: new Map() };
  const isPreludeId = (id: string): boolean => id.startsWith('smithy.api#');
  for (const f of idl) for (const s of f.shapes) if (!isPreludeId(s.id)) u.defined.set(s.id, s.type);
  for (const { model } of json) {
    for (const [id, s] of Object.entries(model.shapes as Record<string, AstShape>)) {
      if (s && typeof s === 'object' && s.type !== 'apply' && !isPreludeId(id)) u.defined.set(id, s.type);
    }
  }

  const defs = new Map<string, Definition>();
  const define = (id: string, def: Definition): void => {
    if (isPreludeId(id)) return;
    const previous = defs.get(id);
    if (!previous) defs.set(id, def);
    else if (!deepEqual(previous.shape, def.shape)) {
      issues.push({ shapeId: id, pointer: '', message: `conflicting definitions of ${id} in ${previous.file} and ${def.file}`, file: def.file, line: def.pos?.line ?? 1, column: def.pos?.column ?? 1 });
    }
  };
  const applies: PendingApply[] = [];
  const elided: Elided[] = [];
  const deferred: ((shapes: Record<string, AstShape>) => void)[] = [];
  const metadata = Object.create(null) as Record<string, unknown>;

  for (const f of idl) {
    const conv = new FileConverter(f, u, issues);
    checkUseConflicts(f, issues);
    for (const s of f.shapes) define(s.id, { shape: conv.shape(s), file: f.file, pos: s.pos });
    elided.push(...conv.elided);
    deferred.push(...conv.deferred);
    for (const a of f.applies) {
      const target = conv.ref(a.target, 'apply target');
      applies.push({ target, traits: conv.traits(a.traits, target), file: f.file, pos: a.target.pos });
    }
    for (const m of f.metadata) {
      const conflict = mergeTrait(metadata, m.key, conv.value(m.value));
      if (conflict) issues.push({ pointer: '', message: `metadata ${conflict}`, file: f.file, line: m.pos.line, column: m.pos.column });
    }
  }
  for (const { file, model } of json) {
    for (const [id, shape] of Object.entries(model.shapes as Record<string, AstShape>)) {
      const problem = jsonShapeProblem(shape);
      if (problem) issues.push({ shapeId: id, pointer: pointer('shapes', id, ...problem.at), message: `${file}: ${problem.message}` });
      else if (shape.type === 'apply') applies.push({ target: id, traits: { ...(shape.traits ?? {}) }, file });
      else define(id, { shape, file });
    }
    const meta = model.metadata;
    if (meta !== undefined && !isObject(meta)) issues.push({ pointer: '/metadata', message: `${file}: metadata must be an object` });
    if (isObject(meta)) {
      for (const [key, value] of Object.entries(meta)) {
        const conflict = mergeTrait(metadata, key, value);
        if (conflict) issues.push({ pointer: `/metadata/${key}`, message: `metadata ${conflict}`, file, line: 1, column: 1 });
      }
    }
  }

  const shapes = Object.create(null) as Record<string, AstShape>;
  for (const [id, def] of defs) shapes[id] = def.shape;
  resolveElided(shapes, elided, issues);
  for (const check of deferred) check(shapes);
  applyAll(shapes, applies, issues);
  const located = new Map([...defs].filter(([, d]) => d.pos).map(([id, d]) => [id, { file: d.file, pos: d.pos! }]));
  checkAssembled(shapes, located, idl, issues);
  if (issues.length) throw new ModelError(issues[0]!.file ?? inputs[0]?.file ?? 'model', issues);

  const out: AstModel = { smithy: '2.0', shapes: Object.create(null) as AstModel['shapes'] };
  const keys = Object.keys(metadata).sort();
  if (keys.length) {
    out.metadata = Object.create(null) as Record<string, unknown>;
    for (const k of keys) out.metadata[k] = metadata[k];
  }
  for (const id of Object.keys(shapes).sort()) out.shapes[id] = canonicalShape(shapes[id]!);
  return out;
}

/** An assembled model as the pipeline reads it: mixins flattened, then validated like a JSON model. */
export function checkAssembledAst(model: AstModel, file: string): AstModel {
  const normalized = normalizeModel(model);
  const issues = validateAst(normalized);
  if (issues.length > 0) throw new ModelError(file, issues);
  return normalized;
}

/** A shape defined under a name that a `use` statement also brings in. */
function checkUseConflicts(f: ParsedFile, issues: ModelIssue[]): void {
  for (const s of f.shapes) {
    const name = s.id.slice(s.id.indexOf('#') + 1);
    const used = f.uses.get(name);
    if (used && used.id !== s.id) issues.push({ shapeId: s.id, pointer: '', message: `shape name ${name} conflicts with imported shape ${used.id}`, file: f.file, line: s.pos.line, column: s.pos.column });
  }
}

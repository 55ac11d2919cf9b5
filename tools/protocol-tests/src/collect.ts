/**
 * The case collector: every entry of `smithy.test#httpRequestTests`, `httpResponseTests`,
 * `httpMalformedRequestTests` and `eventStreamTests` in the assembled suite, on operations and on
 * error structures, with the service and operation it exercises. Its length is T, the denominator
 * of the summary line: event stream cases count although nothing here can run them.
 */

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { AstModel } from '../../codegen/src/load/ast.js';
import { suiteModelDir } from './suite.js';
import type { AppliesTo, CaseMessage, MalformedBodyAssertion, NodeValue, ProtocolCase, TraitKind } from './types.js';

const TRAITS: readonly TraitKind[] = ['httpRequestTests', 'httpResponseTests', 'httpMalformedRequestTests', 'eventStreamTests'];

type Node = Readonly<Record<string, NodeValue>>;

const asRecord = (v: NodeValue | undefined): Node => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});
const asStrings = (v: NodeValue | undefined): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);
const asStringMap = (v: NodeValue | undefined): Record<string, string> | undefined =>
  v === undefined ? undefined : Object.fromEntries(Object.entries(asRecord(v)).map(([k, x]) => [k, String(x)]));

/** Request or response part of a case, as the suite spells it. */
export function caseMessage(raw: Node): CaseMessage {
  const out: Record<string, unknown> = {};
  for (const k of ['method', 'uri', 'host', 'body', 'bodyMediaType'] as const) if (typeof raw[k] === 'string') out[k] = raw[k];
  for (const k of ['queryParams', 'forbidQueryParams', 'requireQueryParams', 'forbidHeaders', 'requireHeaders'] as const) if (raw[k] !== undefined) out[k] = asStrings(raw[k]);
  if (raw.headers !== undefined) out.headers = asStringMap(raw.headers);
  if (typeof raw.code === 'number') out.code = raw.code;
  return out as CaseMessage;
}

/** Operation ids of each service (its own operations and those of its resources, recursively). */
function operationsByService(ast: AstModel): Map<string, string[]> {
  const shapes = ast.shapes as Record<string, { type: string; operations?: { target: string }[]; resources?: { target: string }[] } & Record<string, unknown>>;
  const result = new Map<string, string[]>();
  const walk = (id: string, out: Set<string>): void => {
    const s = shapes[id];
    if (!s) return;
    for (const op of s.operations ?? []) out.add(op.target);
    for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const) {
      const t = (s as Record<string, { target?: string } | undefined>)[key]?.target;
      if (t) out.add(t);
    }
    for (const r of s.resources ?? []) walk(r.target, out);
  };
  for (const [id, s] of Object.entries(shapes)) {
    if (s.type !== 'service') continue;
    const ops = new Set<string>();
    walk(id, ops);
    result.set(id, [...ops].sort());
  }
  return result;
}

/**
 * Case id → the suite file that declares it. The AST keeps no source locations, and `apply` puts
 * cases in other files than their shapes, so the files are searched for `id: "<case id>"`.
 */
export function caseFiles(files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bid\s*:\s*"([A-Za-z_][A-Za-z0-9_]*)"/g)) if (!out.has(m[1]!)) out.set(m[1]!, relative(suiteModelDir, file));
  }
  return out;
}

/** An operation tagged `client-only` / `server-only` (the suite's convention) limits its cases that set no `appliesTo`. */
function sideOnlyTag(traits: Record<string, unknown> | undefined): AppliesTo {
  const tags = traits?.['smithy.api#tags'];
  if (Array.isArray(tags) && tags.includes('client-only')) return 'client';
  if (Array.isArray(tags) && tags.includes('server-only')) return 'server';
  return 'both';
}

/** Every case of the suite, in a stable order (by shape id, then as declared); `files` maps case ids to files. */
export function collectCases(ast: AstModel, files: ReadonlyMap<string, string> = new Map()): ProtocolCase[] {
  const byService = operationsByService(ast);
  const serviceOf = new Map<string, string>();
  for (const [service, ops] of [...byService].sort(([a], [b]) => (a < b ? -1 : 1))) for (const op of ops) if (!serviceOf.has(op)) serviceOf.set(op, service);
  const shapes = ast.shapes as Record<string, { type: string; traits?: Record<string, unknown>; errors?: { target: string }[] }>;
  // Error structure → the first operation (by id) that declares it, and that operation's service.
  const declaring = new Map<string, string>();
  for (const id of Object.keys(shapes).sort()) {
    const s = shapes[id]!;
    if (s.type === 'operation') for (const e of s.errors ?? []) if (!declaring.has(e.target)) declaring.set(e.target, id);
  }
  const cases: ProtocolCase[] = [];
  for (const id of Object.keys(shapes).sort()) {
    const shape = shapes[id]!;
    for (const trait of TRAITS) {
      const list = shape.traits?.[`smithy.test#${trait}`];
      if (!Array.isArray(list)) continue;
      const operation = shape.type === 'operation' ? id : (declaring.get(id) ?? '');
      for (const entry of list as Node[]) {
        const applies = entry.appliesTo;
        const appliesTo: AppliesTo = trait === 'httpMalformedRequestTests' ? 'server' : applies === 'client' || applies === 'server' ? applies : sideOnlyTag(shape.traits);
        const message = caseMessage(trait === 'httpMalformedRequestTests' ? asRecord(entry.request) : entry);
        const c: ProtocolCase = {
          id: String(entry.id),
          trait,
          appliesTo,
          service: serviceOf.get(operation) ?? '',
          operation,
          ...(shape.type === 'operation' ? {} : { error: id }),
          file: files.get(String(entry.id)) ?? '',
          protocol: String(entry.protocol ?? ''),
          params: asRecord(entry.params),
          tags: asStrings(entry.tags) ?? [],
          message,
          ...(trait === 'httpMalformedRequestTests' ? { expected: expectedResponse(asRecord(entry.response)) } : {}),
          raw: entry,
        };
        cases.push(c);
      }
    }
  }
  return cases;
}

function expectedResponse(raw: Node): NonNullable<ProtocolCase['expected']> {
  const { body, ...rest } = raw;
  const message = caseMessage(rest);
  const b = asRecord(body);
  const assertion = asRecord(b.assertion);
  if (body === undefined) return message as NonNullable<ProtocolCase['expected']>;
  const a: MalformedBodyAssertion = {
    mediaType: String(b.mediaType ?? ''),
    ...(typeof assertion.contents === 'string' ? { contents: assertion.contents } : {}),
    ...(typeof assertion.messageRegex === 'string' ? { messageRegex: assertion.messageRegex } : {}),
  };
  return { ...message, assertion: a } as NonNullable<ProtocolCase['expected']>;
}

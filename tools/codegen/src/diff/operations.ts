/** Operations and the service: HTTP bindings, input/output shapes, and the errors each may return. */

import type { IrOperation, IrService } from '../ir/types.js';
import { compareDocs } from './docs.js';
import type { ModelChange } from './types.js';

function compareErrorLists(a: readonly string[], b: readonly string[], target: string): ModelChange[] {
  const out: ModelChange[] = [];
  // A removed error is a symbol and a mockable case gone; a new one is a case old clients treat as unknown.
  for (const e of a) if (!b.includes(e)) out.push({ level: 'major', code: 'operation-error-removed', target, message: `error ${e} removed` });
  for (const e of b) if (!a.includes(e)) out.push({ level: 'minor', code: 'operation-error-added', target, message: `error ${e} added` });
  return out;
}

export function compareOperation(a: IrOperation, b: IrOperation): ModelChange[] {
  const out: ModelChange[] = [];
  const add = (c: Omit<ModelChange, 'target'>) => out.push({ ...c, target: a.id });
  if (a.http.method !== b.http.method || a.http.uri !== b.http.uri) add({ level: 'major', code: 'operation-changed', message: `HTTP ${a.http.method} ${a.http.uri} → ${b.http.method} ${b.http.uri}` });
  if (a.http.code !== b.http.code) add({ level: 'major', code: 'operation-changed', message: `success status ${a.http.code} → ${b.http.code}` });
  if (a.input !== b.input) add({ level: 'major', code: 'operation-changed', message: `input ${a.input ?? 'Unit'} → ${b.input ?? 'Unit'}` });
  if (a.output !== b.output) add({ level: 'major', code: 'operation-changed', message: `output ${a.output ?? 'Unit'} → ${b.output ?? 'Unit'}` });
  out.push(...compareErrorLists(a.errors, b.errors, a.id));
  if (a.idempotent !== b.idempotent || a.readonly !== b.readonly) add({ level: 'minor', code: 'operation-changed', message: `@idempotent/@readonly ${a.idempotent}/${a.readonly} → ${b.idempotent}/${b.readonly}` });
  if (JSON.stringify(a.pagination) !== JSON.stringify(b.pagination)) add({ level: 'minor', code: 'operation-changed', message: 'pagination changed' });
  out.push(...compareDocs(a.docs, b.docs, a.id));
  return out;
}

export function compareOperations(a: readonly IrOperation[], b: readonly IrOperation[]): ModelChange[] {
  const out: ModelChange[] = [];
  const after = new Map(b.map((o) => [o.id, o]));
  for (const op of a) {
    const next = after.get(op.id);
    if (!next) out.push({ level: 'major', code: 'operation-removed', target: op.id, message: 'operation removed' });
    else out.push(...compareOperation(op, next));
  }
  const before = new Set(a.map((o) => o.id));
  for (const op of b) if (!before.has(op.id)) out.push({ level: 'minor', code: 'operation-added', target: op.id, message: `operation added (${op.http.method} ${op.http.uri})` });
  return out;
}

export function compareService(a: IrService, b: IrService): ModelChange[] {
  const out: ModelChange[] = [];
  if (a.id !== b.id) out.push({ level: 'major', code: 'service-changed', target: b.id, message: `service ${a.id} → ${b.id}` });
  out.push(...compareErrorLists(a.errors, b.errors, b.id));
  for (const field of ['version', 'sdkId', 'signingName', 'title'] as const) {
    if (a[field] !== b[field]) out.push({ level: 'patch', code: 'service-changed', target: b.id, message: `${field} ${a[field] ?? 'none'} → ${b[field] ?? 'none'}` });
  }
  out.push(...compareDocs(a.docs, b.docs, b.id));
  return out;
}

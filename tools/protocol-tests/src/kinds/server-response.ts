/**
 * `httpResponseTests` that apply to servers: the operation's resolver answers with `params` (the
 * output, or the error the case is declared on, as a `ModeledError`); the response's status, listed
 * headers, forbidden / required headers and body must be the case's. The call that triggers the
 * resolver is a minimal valid request of the operation (labels and required body members filled in).
 */

import type { IrModel, IrOperation } from '../../../codegen/src/ir/types.js';
import { answer, bytesOf, errorText, mswOf, operationOf } from '../handlers.js';
import { bodyProblem, headerProblems } from '../http.js';
import { toApplication } from '../params.js';
import type { CaseKind, CaseOutcome, GeneratedService, NodeValue, ProtocolCase } from '../types.js';

/** A label value each simple kind accepts. */
function labelSample(model: IrModel, target: string, format: string | undefined): string {
  const shape = model.shapes.get(target);
  switch (shape?.kind) {
    case 'enum':
      return encodeURIComponent(shape.values[0]?.value ?? 'a');
    case 'intEnum':
      return String(shape.values[0]?.value ?? 1);
    case 'boolean':
      return 'true';
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'bigInteger':
    case 'bigDecimal':
      return '1';
    case 'timestamp':
      return format === 'epoch-seconds' ? '0' : format === 'http-date' ? encodeURIComponent('Thu, 01 Jan 1970 00:00:00 GMT') : '1970-01-01T00%3A00%3A00Z';
    default:
      return 'a';
  }
}

export function minimalRequest(model: IrModel, op: IrOperation): Request {
  const input = op.input ? model.shapes.get(op.input) : undefined;
  const members = input && input.kind === 'structure' ? input.members : [];
  const path = op.http.path
    .map((s) => {
      if (s.kind === 'literal') return encodeURIComponent(s.value);
      const m = members.find((x) => x.name === s.member);
      return m ? labelSample(model, m.target, m.timestampFormat) : 'a';
    })
    .join('/');
  const query = Object.entries(op.http.queryLiterals).map(([k, v]) => (v === '' ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`));
  const url = `https://example.com/${path}${query.length ? `?${query.join('&')}` : ''}`;
  // Required body members (without a default) get a minimal value, so the call reaches the resolver.
  const body: Record<string, unknown> = {};
  for (const m of members) if (m.required && !m.hasDefault && m.http === undefined) body[m.jsonName] = minimalJson(model, m.target, 0);
  if (Object.keys(body).length === 0) return new Request(url, { method: op.http.method });
  return new Request(url, { method: op.http.method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

/** The smallest JSON value of a shape that its required members and kind accept. */
function minimalJson(model: IrModel, target: string, depth: number): unknown {
  const shape = model.shapes.get(target);
  switch (shape?.kind) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      if (depth < 20) for (const m of shape.members) if (m.required && !m.hasDefault) out[m.jsonName] = minimalJson(model, m.target, depth + 1);
      return out;
    }
    case 'union': {
      const first = shape.members[0];
      return first && depth < 20 ? { [first.jsonName]: minimalJson(model, first.target, depth + 1) } : {};
    }
    case 'list':
      return [];
    case 'map':
    case 'document':
      return {};
    case 'enum':
      return shape.values[0]?.value ?? 'a';
    case 'intEnum':
      return shape.values[0]?.value ?? 1;
    case 'boolean':
      return true;
    case 'timestamp':
      return 0;
    case 'blob':
      return 'YQ==';
    case 'string':
      return 'a';
    case undefined:
      return null;
    default:
      return 1;
  }
}

export const serverResponse: CaseKind = {
  name: 'server-response',
  claims: (c) => c.trait === 'httpResponseTests' && c.appliesTo !== 'client',
  async run(c: ProtocolCase, service: GeneratedService): Promise<CaseOutcome> {
    const op = operationOf(service, c.operation);
    if (!op) return { status: 'failed', reason: `operation ${c.operation} is not in the generated model` };
    const msw = await mswOf(service);
    const model = service.model;
    const params = c.params as NodeValue;
    const errorShape = c.error ? model.shapes.get(c.error) : undefined;
    if (c.error && !errorShape) return { status: 'failed', reason: `error ${c.error} is not in the generated model` };
    const answerWith = () => (errorShape ? new msw.ModeledError(errorShape.name, toApplication(model, errorShape.id, params)) : op.output ? toApplication(model, op.output, params) : {});
    let response: Response | undefined;
    try {
      response = await answer(service, minimalRequest(model, op), { [op.name]: answerWith });
    } catch (e) {
      return { status: 'failed', reason: `the handler threw ${errorText(e)}` };
    }
    if (!response) return { status: 'failed', reason: 'no handler matched the minimal request of the operation' };
    const problems = headerProblems(c.message, response);
    const body = await bytesOf(response);
    if (c.message.body !== undefined) {
      const p = bodyProblem(c.message.body, c.message.bodyMediaType ?? response.headers.get('content-type') ?? undefined, body);
      if (p) problems.push(p);
    }
    if (problems.length && response.status >= 400 && !c.error) problems.push(`(the handler answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 300)})`);
    return problems.length ? { status: 'failed', reason: problems.join('; ') } : { status: 'passed' };
  },
};

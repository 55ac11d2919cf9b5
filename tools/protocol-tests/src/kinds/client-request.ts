/**
 * `httpRequestTests` that apply to clients (appliesTo client, or unset: then beside the server side,
 * see `bothSides`): `params` go through the generated serializer a client would use,
 * `serialize<Op>Request` of `@ota-contract/zod/client`, at the endpoint `https://<host>`; the
 * request's method, path, host (`resolvedHost` when the case gives one), query parameters
 * (`queryParams` each present, `forbidQueryParams` absent, `requireQueryParams` present), headers
 * (listed / forbidden / required) and body (JSON-equal for a JSON media type, else the same bytes;
 * `body: ""` means none) must be the case's, after `compressRequest` (`@requestCompression`).
 * Absent idempotency tokens are made as the suite's clients make them
 * (`00000000-0000-4000-8000-000000000000`).
 */

import { names } from '../../../codegen/src/naming/index.js';
import { errorText, operationOf } from '../handlers.js';
import { bodyProblem, headerProblems } from '../http.js';
import { toApplication } from '../params.js';
import type { CaseKind, CaseOutcome, GeneratedService, NodeValue, ProtocolCase } from '../types.js';
import { withoutNullMembers } from './client-response.js';

interface Serialized {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}
type Serializer = (input: unknown, options?: { idempotencyToken?: () => string }) => Serialized;
type RequestUrl = (endpoint: string, request: { path: string }) => string;
type Compress = (request: Serialized) => Promise<Serialized>;

/** The idempotency token the suite's clients are configured to generate. */
const SUITE_TOKEN = '00000000-0000-4000-8000-000000000000';

/** `https://host/path?query` split as written (no URL parsing: it would re-encode the path). */
function splitUrl(url: string): { host: string; path: string; query: string[] } {
  const rest = url.replace(/^https?:\/\//, '');
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const target = slash < 0 ? '/' : rest.slice(slash);
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 || q === target.length - 1 ? [] : target.slice(q + 1).split('&');
  return { host, path, query };
}

const keyOf = (param: string) => param.split('=')[0]!;

function queryProblems(c: ProtocolCase, sent: readonly string[]): string[] {
  const problems: string[] = [];
  const left = [...sent];
  for (const expected of c.message.queryParams ?? []) {
    const i = left.indexOf(expected);
    if (i < 0) problems.push(`query ${expected}: missing (sent ${JSON.stringify(sent.join('&'))})`);
    else left.splice(i, 1);
  }
  const keys = new Set(sent.map(keyOf));
  for (const name of c.message.forbidQueryParams ?? []) if (keys.has(name)) problems.push(`query ${name}: forbidden, but sent`);
  for (const name of c.message.requireQueryParams ?? []) if (!keys.has(name)) problems.push(`query ${name}: required, but missing`);
  return problems;
}

function bodyProblems(c: ProtocolCase, sent: Serialized): string[] {
  const expected = c.message.body;
  if (expected === undefined) return [];
  const bytes = sent.body === undefined ? new Uint8Array() : typeof sent.body === 'string' ? new TextEncoder().encode(sent.body) : sent.body;
  if (expected === '') return bytes.length === 0 ? [] : [`body: expected none, got ${JSON.stringify(new TextDecoder().decode(bytes).slice(0, 200))}`];
  const p = bodyProblem(expected, c.message.bodyMediaType ?? sent.headers['content-type'], bytes);
  return p ? [p] : [];
}

export async function runClientRequest(c: ProtocolCase, service: GeneratedService): Promise<CaseOutcome> {
  const op = operationOf(service, c.operation);
  if (!op) return { status: 'failed', reason: `operation ${c.operation} is not in the generated model` };
  const client = await service.load('zod', 'client');
  const serialize = client[names.clientSerializer(op.name)] as Serializer | undefined;
  const requestUrl = client.requestUrl as RequestUrl | undefined;
  const compress = client.compressRequest as Compress | undefined;
  if (typeof serialize !== 'function' || typeof requestUrl !== 'function' || typeof compress !== 'function') {
    return { status: 'failed', reason: `@ota-contract/zod/client has no ${names.clientSerializer(op.name)}, requestUrl or compressRequest` };
  }
  const model = service.model;
  const input = op.input ? toApplication(model, op.input, withoutNullMembers(model, op.input, c.params as NodeValue)) : {};
  let sent: Serialized;
  try {
    // As a client sends it: `@requestCompression` applied (a no-op for other operations).
    sent = await compress(serialize(input, { idempotencyToken: () => SUITE_TOKEN }));
  } catch (e) {
    return { status: 'failed', reason: `the serializer threw ${errorText(e)}` };
  }
  const endpointHost = c.message.host ?? 'example.com';
  const url = splitUrl(requestUrl(`https://${endpointHost}`, sent));
  const problems: string[] = [];
  if (c.message.method !== undefined && sent.method !== c.message.method) problems.push(`method: expected ${c.message.method}, got ${sent.method}`);
  if (c.message.uri !== undefined && url.path !== c.message.uri) problems.push(`path: expected ${c.message.uri}, got ${url.path}`);
  const resolvedHost = typeof c.raw.resolvedHost === 'string' ? c.raw.resolvedHost : endpointHost.split('/')[0]!;
  if (url.host !== resolvedHost) problems.push(`host: expected ${resolvedHost}, got ${url.host}`);
  problems.push(...queryProblems(c, url.query));
  problems.push(...headerProblems(c.message, { status: 0, headers: new Headers(sent.headers) } as unknown as Response));
  problems.push(...bodyProblems(c, sent));
  return problems.length ? { status: 'failed', reason: problems.join('; ') } : { status: 'passed' };
}

export const clientRequest: CaseKind = {
  name: 'client-request',
  claims: (c) => c.trait === 'httpRequestTests' && c.appliesTo !== 'server',
  run: runClientRequest,
};

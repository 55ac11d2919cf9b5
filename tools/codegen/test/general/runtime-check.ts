/**
 * Runtime half of the end-to-end check, bundled by the harness against one scratch workspace and run
 * by Node with the path of a plan (see runtime-plan.ts) as its argument. It prints one JSON report.
 *
 * - Fixtures pass both validators: for every structure and union, `buildJson` over several seeds and
 *   presets passes the zod wire schema and the precompiled ajv validator, strict and lenient, and
 *   `build` passes the zod application schema.
 * - The MSW handler answers: every operation gets a valid request serialised from its input fixture
 *   by restJson1 rules (labels, query, headers, prefix headers, payload, JSON body), with its store
 *   (if it serves data) seeded from the fixtures for that request, and must answer with its success
 *   code (or the stored @httpResponseCode), never a validation or not-found error or an unhandled
 *   request; the same holds for the request `@ota-contract/zod/client`'s `serialize<Op>Request`
 *   makes of the input fixture (the client serializer against the mock, on any model); and each
 *   modeled error injected with `mockControl.failNext` comes back with its status,
 *   `X-Amzn-Errortype` and a body the strict error validator accepts.
 *
 * Exports are looked up by name (`Z[names.zodJsonSchema(S)]`): this file serves any model.
 */
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import * as Fx from '@ota-contract/fixtures';
import * as J from '@ota-contract/json-schema';
import * as JL from '@ota-contract/json-schema/lenient';
import * as M from '@ota-contract/msw';
import * as Z from '@ota-contract/zod';
import * as ZC from '@ota-contract/zod/client';
import * as ZL from '@ota-contract/zod/lenient';
import type { RuntimePlan, PlanMember, PlanOperation } from './runtime-plan.js';

type Parser = { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };
type Validator = ((v: unknown) => boolean) & { errors?: unknown[] | null };
type Factory = { build(o?: object): unknown; buildJson(o?: object): unknown };
type Codec = { encode(v: unknown): unknown };
type SerializedRequest = RequestInit & { method: string; path: string; headers: Record<string, string> };
type Serializer = (input: unknown, options?: { disableHostPrefix?: boolean }) => SerializedRequest;

const plan = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RuntimePlan;
const failures: string[] = [];
let checks = 0;
const lookup = <T>(ns: object, name: string, what: string): T => {
  const v = (ns as Record<string, unknown>)[name];
  if (v === undefined) throw new Error(`${what} export ${name} is missing`);
  return v as T;
};
const zodProblem = (p: Parser, v: unknown): string | undefined => {
  const r = p.safeParse(v);
  return r.success ? undefined : (r.error?.issues ?? []).slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};
const ajvProblem = (f: Validator, v: unknown): string | undefined => (f(v) ? undefined : JSON.stringify(f.errors?.slice(0, 2)));

// --- Fixtures pass both validators -----------------------------------------------------------------
const fixtures = (Fx as unknown as { fixtures: Record<string, Factory> }).fixtures;
for (const s of plan.factories) {
  if (s.impossible) {
    checkImpossible(s, s.impossible);
    continue;
  }
  for (const [preset, seed] of [['maximal', 1], ['maximal', 2], ['minimal', 3], ['boundary', 4], ['boundary', 5]] as const) {
    const where = `${s.fixture} (${preset}, seed ${seed})`;
    try {
      const factory = lookup<Factory>(fixtures, s.fixture, 'fixtures');
      const json = factory.buildJson({ seed, preset });
      const app = factory.build({ seed, preset });
      const problems = [
        ['zod strict wire', zodProblem(lookup(Z, s.zodJson, 'zod'), json)],
        ['zod lenient wire', zodProblem(lookup(ZL, s.zodJson, 'zod/lenient'), json)],
        ['zod strict app', zodProblem(lookup(Z, s.zodApp, 'zod'), app)],
        ['ajv strict', ajvProblem(lookup(J, s.validator, 'json-schema'), json)],
        ['ajv lenient', ajvProblem(lookup(JL, s.validator, 'json-schema/lenient'), json)],
      ] as const;
      checks += problems.length;
      for (const [validator, problem] of problems) if (problem !== undefined) failures.push(`fixture ${where} fails ${validator}: ${problem}`);
    } catch (e) {
      failures.push(`fixture ${where}: ${(e as Error).message}`);
    }
  }
}

/** No valid value exists: build() must refuse with the fixtures' error, and both validators must reject the member's value. */
function checkImpossible(s: RuntimePlan['factories'][number], why: NonNullable<RuntimePlan['factories'][number]['impossible']>): void {
  const factory = lookup<Factory>(fixtures, s.fixture, 'fixtures');
  checks++;
  try {
    factory.build({ seed: 1 });
    failures.push(`fixture ${s.fixture}: build() returned a value, but ${why.cause}'s pattern ${why.pattern} matches no string`);
  } catch (e) {
    if ((e as Error).name !== 'FixtureConstraintError' || !/can match no string/.test((e as Error).message)) failures.push(`fixture ${s.fixture}: expected FixtureConstraintError (pattern matches no string), got ${(e as Error).message}`);
  }
  // The member's own value is what validators must reject: zod reports every member's issue, so
  // the structure's schema shows it; ajv stops at the first error, so the target's own validator.
  for (const sample of ['', '0', why.pattern]) {
    if (why.jsonName !== undefined) {
      checks++;
      const z = lookup<Parser>(Z, s.zodJson, 'zod').safeParse({ [why.jsonName]: sample });
      if (z.success || !z.error?.issues.some((i) => i.path.join('.') === why.jsonName)) failures.push(`zod ${s.zodJson} accepts ${JSON.stringify(sample)} for ${why.cause} (pattern ${why.pattern})`);
    }
    // Strict only: lenient mode does not enforce @pattern (docs/VALIDATION.md).
    if (why.targetValidator !== undefined) {
      checks++;
      if (lookup<Validator>(J, why.targetValidator, 'json-schema')(sample)) failures.push(`ajv ${why.targetValidator} accepts ${JSON.stringify(sample)} for ${why.cause} (pattern ${why.pattern})`);
    }
  }
}

// --- The MSW handlers answer ----------------------------------------------------------------------
const ENDPOINT = 'https://contract.test';
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function text(m: PlanMember, v: unknown): string {
  if (v instanceof Date) return m.timestampFormat === 'http-date' ? v.toUTCString() : m.timestampFormat === 'epoch-seconds' ? String(v.getTime() / 1000) : v.toISOString().replace('.000Z', 'Z');
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return String(v);
}
const labelText = (m: PlanMember, v: unknown) => {
  const raw = text(m, v);
  // Greedy labels keep their slashes; every other reserved character is percent-encoded.
  return m.greedy ? raw.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(raw);
};

function buildRequest(op: PlanOperation, seed: number): { request: Request; labels: Record<string, unknown> } {
  const headers = new Headers();
  const query = new URLSearchParams(op.queryLiterals);
  let body: BodyInit | undefined;
  let input: Record<string, unknown> = {};
  let wire: Record<string, unknown> = {};
  if (op.input) {
    const factory = lookup<Factory>(fixtures, op.input, 'fixtures');
    input = factory.build({ seed, preset: 'maximal' }) as Record<string, unknown>;
    wire = factory.buildJson({ seed, preset: 'maximal' }) as Record<string, unknown>;
  }
  const labels: Record<string, string> = {};
  const labelValues: Record<string, unknown> = {};
  const jsonBody: Record<string, unknown> = {};
  for (const m of op.members) {
    const v = input[m.name];
    if (v === undefined || v === null) continue;
    switch (m.location) {
      case 'label':
        labels[m.name] = labelText(m, v);
        labelValues[m.name] = v;
        break;
      case 'query':
        for (const x of Array.isArray(v) ? v : [v]) query.append(m.wireName, text(m, x));
        break;
      case 'queryParams':
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) for (const y of Array.isArray(x) ? x : [x]) if (!query.has(k)) query.append(k, String(y));
        break;
      case 'header':
        if (m.base64 && typeof v === 'string') headers.set(m.wireName, Buffer.from(v, 'utf8').toString('base64'));
        else headers.set(m.wireName, Array.isArray(v) ? v.map((x) => (m.timestampFormat === 'http-date' ? `"${text(m, x)}"` : text(m, x))).join(', ') : text(m, v));
        break;
      case 'prefixHeaders':
        // Map keys are any strings; only those that make a valid header name can be sent at all.
        for (const [k, x] of Object.entries(v as Record<string, string>)) if (HEADER_NAME.test(`${m.wireName}${k}`) && !/[\r\n\0]/.test(x)) headers.set(`${m.wireName}${k}`, x);
        break;
      case 'payload':
        if (m.payload === 'blob') body = new Uint8Array(v as Uint8Array) as Uint8Array<ArrayBuffer>;
        else if (m.payload === 'string') body = String(v);
        else {
          headers.set('Content-Type', 'application/json');
          body = JSON.stringify(m.codec ? lookup<Codec>(Z, m.codec, 'zod').encode(v) : v);
        }
        break;
      case 'body':
        if (wire[m.wireName] !== undefined) jsonBody[m.wireName] = wire[m.wireName];
        break;
    }
  }
  if (body === undefined && op.members.some((m) => m.location === 'body')) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(jsonBody);
  }
  const path = op.path.map((s) => (s.kind === 'literal' ? s.value : labels[s.member] ?? '')).join('/');
  const qs = query.toString();
  const request = new Request(`${ENDPOINT}/${path}${qs ? `?${qs}` : ''}`, { method: op.method, headers, ...(body !== undefined && op.method !== 'GET' && op.method !== 'HEAD' ? { body } : {}) });
  return { request, labels: labelValues };
}

/**
 * The request the client serializer makes of the same input fixture. The host prefix of an
 * `@endpoint` operation is left out: the handlers match the endpoint's own host.
 */
function serializedRequest(op: PlanOperation, seed: number): { request: Request; labels: Record<string, unknown> } {
  const input = op.input ? (lookup<Factory>(fixtures, op.input, 'fixtures').build({ seed, preset: 'maximal' }) as Record<string, unknown>) : {};
  const serialized = lookup<Serializer>(ZC, op.serializer, 'zod/client')(input, { disableHostPrefix: true });
  const labels: Record<string, unknown> = {};
  for (const m of op.members) if (m.location === 'label' && input[m.name] !== undefined) labels[m.name] = input[m.name];
  return { request: new Request(new URL(serialized.path, ENDPOINT), serialized), labels };
}

const handlers = (M as unknown as { handlers: unknown[] }).handlers;
const control = (M as unknown as { mockControl: { failNext(e: string, o?: object): void; reset(): void } }).mockControl;
const server = setupServer(...(handlers as Parameters<typeof setupServer>));
server.listen({ onUnhandledRequest: 'error' });
type Store = { itemName: string; set(labels: Record<string, unknown>, item: unknown): unknown; clear(): void };
const stores = ((M as unknown as { mockStores?: Record<string, Store> }).mockStores ?? {}) as Record<string, Store>;
for (const op of plan.operations) {
  for (const [seed, how, make] of [[1, 'restJson1 rules', buildRequest], [2, 'restJson1 rules', buildRequest], [1, op.serializer, serializedRequest]] as const) {
    checks++;
    try {
      const { request, labels } = make(op, seed);
      // Operations that serve data answer from their store: seed it for this request's labels.
      const allowed = new Set([op.successCode]);
      const store = stores[op.name];
      if (store) {
        const item = lookup<Factory>(fixtures, store.itemName, 'fixtures').build({ seed, preset: 'maximal' }) as Record<string, unknown>;
        store.set(labels, item);
        const code = op.responseCodeMember ? item[op.responseCodeMember] : undefined;
        if (typeof code === 'number') allowed.add(code);
      }
      const res = await fetch(request);
      const type = res.headers.get('x-amzn-errortype');
      const bodyText = await res.text();
      if (!allowed.has(res.status)) failures.push(`msw ${op.name} (seed ${seed}, ${how}): a valid request got ${res.status} ${type ?? ''} ${bodyText.slice(0, 300)}`);
      else if (/json/.test(res.headers.get('content-type') ?? '') && bodyText) JSON.parse(bodyText);
      store?.clear();
    } catch (e) {
      failures.push(`msw ${op.name} (seed ${seed}, ${how}): ${(e as Error).message}`);
    }
  }
  for (const error of op.errors) {
    checks++;
    try {
      control.reset();
      control.failNext(error.name, { operation: op.name });
      const res = await fetch(buildRequest(op, 1).request);
      const body = (await res.text()) || '{}';
      const type = res.headers.get('x-amzn-errortype')?.split(':')[0];
      const problem = ajvProblem(lookup(J, error.validator, 'json-schema'), JSON.parse(body));
      if (res.status !== error.status || type !== error.name || problem) failures.push(`msw ${op.name} failNext(${error.name}): got ${res.status} ${type} ${problem ?? ''} ${body.slice(0, 200)}`);
    } catch (e) {
      failures.push(`msw ${op.name} failNext(${error.name}): ${(e as Error).message}`);
    }
  }
}
server.close();
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ checks, failures, maxRssMb: usage.maxRSS / 1024, cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6, wallS: process.uptime() })}\n`);

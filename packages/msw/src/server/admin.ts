/**
 * Control routes of the standalone mock server, under `/__mock/` (no AWS URI starts with `__`),
 * so clients in any language can seed data and force failures over plain HTTP:
 *
 *   POST   /__mock/failures  {"error": "ThrottlingException", "times": 2, "always": false, "message": "...", "operation": "GetOTAUpdate"}
 *   POST   /__mock/delays    {"ms": 500, "times": 1, "always": false, "operation": "GetOTAUpdate"}
 *   POST   /__mock/items     {"GetOTAUpdate": [<wire-form OTAUpdateInfo>, ...]}   → {"stored": [{"operation", "keys"}]}
 *   GET    /__mock/items     → {"GetOTAUpdate": ["<key>", ...]}
 *   DELETE /__mock/items     empties every store
 *   POST   /__mock/reset     drops failures and delays, restarts request ids
 */

import type { MockControl } from '../runtime/control.js';
import type { MockDataSet } from '../runtime/data.js';
import { loadWireData } from '../runtime/data.js';

export const ADMIN_PREFIX = '/__mock/';

export interface AdminContext {
  control: MockControl;
  dataSets: readonly MockDataSet[];
  /** Names accepted as `operation` by the failures and delays routes. */
  operations: readonly string[];
}

/** Node's timers hold at most 2^31-1 ms (about 24.8 days); a longer one fires after 1 ms instead. */
export const MAX_DELAY_MS = 2 ** 31 - 1;

const json = (status: number, body: unknown): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: body === undefined ? {} : { 'Content-Type': 'application/json' } });

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  const value: unknown = text.trim() === '' ? {} : JSON.parse(text);
  if (value === null || typeof value !== 'object') throw new Error('the body must be a JSON object or array');
  return value as Record<string, unknown>;
}

const optionalNumber = (v: unknown, name: string): number | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new Error(`${name} must be a number`);
  return v;
};
const optionalString = (v: unknown, name: string): string | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new Error(`${name} must be a string`);
  return v;
};

function optionalOperation(v: unknown, operations: readonly string[]): string | undefined {
  const operation = optionalString(v, 'operation');
  if (operation !== undefined && !operations.includes(operation)) throw new Error(`operation ${JSON.stringify(operation)} is not a mocked operation (known: ${operations.join(', ')})`);
  return operation;
}

async function route(request: Request, path: string, { control, dataSets, operations }: AdminContext): Promise<Response> {
  const key = `${request.method} ${path}`;
  switch (key) {
    case 'POST failures': {
      const body = await readJson(request);
      const error = optionalString(body.error, 'error');
      if (error === undefined) throw new Error('error (a modeled error name) is required');
      const operation = optionalOperation(body.operation, operations);
      const message = optionalString(body.message, 'message');
      const options = { ...(operation === undefined ? {} : { operation }), ...(message === undefined ? {} : { message }) };
      if (body.always === true) control.failAlways(error, options);
      else control.failNext(error, { ...options, ...(body.times === undefined ? {} : { times: optionalNumber(body.times, 'times')! }) });
      return json(204, undefined);
    }
    case 'POST delays': {
      const body = await readJson(request);
      const ms = optionalNumber(body.ms, 'ms');
      if (ms === undefined) throw new Error('ms is required');
      if (ms > MAX_DELAY_MS) throw new Error(`ms must be at most ${MAX_DELAY_MS} (2^31-1, the longest timer Node.js keeps), got ${ms}`);
      const operation = optionalOperation(body.operation, operations);
      const scope = operation === undefined ? {} : { operation };
      if (body.always === true) control.delayAlways(ms, scope);
      else control.delayNext(ms, { ...scope, ...(body.times === undefined ? {} : { times: optionalNumber(body.times, 'times')! }) });
      return json(204, undefined);
    }
    case 'POST items':
      return json(200, { stored: loadWireData(dataSets, await readJson(request)) });
    case 'GET items':
      return json(200, Object.fromEntries(dataSets.map((d) => [d.operation, d.keys()])));
    case 'DELETE items':
      for (const d of dataSets) d.clear();
      return json(204, undefined);
    case 'POST reset':
      control.reset();
      return json(204, undefined);
    default:
      return json(404, { message: `no control route ${request.method} ${ADMIN_PREFIX}${path}` });
  }
}

/** Answers a `/__mock/...` request; bad input is a 400 with `{"message"}`. */
export async function handleAdmin(request: Request, context: AdminContext): Promise<Response> {
  const path = new URL(request.url).pathname.slice(ADMIN_PREFIX.length);
  try {
    return await route(request, path, context);
  } catch (error) {
    return json(400, { message: error instanceof Error ? error.message : String(error) });
  }
}

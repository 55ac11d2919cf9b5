/**
 * The generated handlers over real HTTP, for clients that MSW cannot intercept (Python's boto3,
 * the AWS CLI, another process): node:http in → the handlers (dispatch.ts: the runtime's own
 * handlers' cores called with a node:http view of the request, or msw's `getResponse` with a Fetch
 * `Request` when the list holds other handlers) → the answer written out. Requests no handler
 * matches get a 404 `UnknownOperationException`.
 *
 * In front of that: the control routes' guard (guard.ts), CORS for browser apps (cors.ts), a body
 * size limit, and an AWS-style answer to every malformed request (wire-errors.ts), so no request
 * can crash the process or read a stack trace.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RequestHandler } from 'msw';
import { createHandlers, handlers as defaultHandlers, mockControl, mockDataSets } from '../handlers.gen.js';
import type { MockControl } from '../runtime/control.js';
import type { MockDataSet } from '../runtime/data.js';
import { ADMIN_PREFIX, handleAdmin, type AdminContext } from './admin.js';
import { createCorsPolicy, DEFAULT_CORS_ORIGINS } from './cors.js';
import { createDispatch } from './dispatch.js';
import { createControlGuard, hostForUrl } from './guard.js';
import { BodyTooLargeError, DEFAULT_MAX_BODY_BYTES, lingerAfterRefusal, readRequestBody, writeFetchResponse } from './http-bridge.js';
import { nodeWireRequest, writeWireResponse } from './node-wire.js';
import type { WireResponse } from '../runtime/wire.js';
import { createServerRequestIds, parserError, rawErrorResponse, sendError, type WireError } from './wire-errors.js';

export interface MockServerOptions {
  /** @default the package's `handlers` */
  handlers?: readonly RequestHandler[];
  /** Control used by the `/__mock/failures` and `/__mock/delays` routes. @default mockControl */
  control?: MockControl;
  /** Stores the `/__mock/items` routes fill. @default mockDataSets */
  dataSets?: readonly MockDataSet[];
  /** Operation names `/__mock/failures` and `/__mock/delays` accept in `operation`. @default the operations of `dataSets` */
  operations?: readonly string[];
  /** TCP port; 0 picks a free one (read it from `port`). @default 4010 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Serve the `/__mock/` control routes. @default true */
  admin?: boolean;
  /** Origins besides the server's own that may use the control routes (`--allow-origin`). @default [] */
  allowOrigins?: readonly string[];
  /** When set, control requests must send it in the `x-ota-mock-token` header. */
  token?: string;
  /** Origins whose pages may call the operation routes (`'*'`: any, `['none']`: no CORS). @default DEFAULT_CORS_ORIGINS */
  cors?: readonly string[];
  /** Largest request body accepted, in bytes, before and after undoing its Content-Encoding (the default handlers only: handlers of your own take their own `maxBodyBytes`). @default 1 MiB (1048576) */
  maxBodyBytes?: number;
}

export interface MockServer {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly server: Server;
  /** Stops accepting connections, ends open ones, resolves when the server is closed. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4010;

/** Fetch refuses these methods outright (`new Request` throws); nothing AWS serves uses them. */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

const listen = (server: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Without handlers of the caller's: the package's (shared stores and control), bounding decoded bodies by the same limit.
  const dispatch = createDispatch([...(options.handlers ?? (options.maxBodyBytes === undefined ? defaultHandlers : createHandlers({ maxBodyBytes })))]);
  const dataSets = options.dataSets ?? mockDataSets;
  const admin = options.admin ?? true;
  const context: AdminContext = { control: options.control ?? (mockControl as MockControl), dataSets, operations: options.operations ?? dataSets.map((d) => d.operation) };
  const host = options.host ?? '127.0.0.1';
  const nextId = createServerRequestIds();
  let origin = '';
  let gate: { guard: ReturnType<typeof createControlGuard>; cors: ReturnType<typeof createCorsPolicy> };

  const fail = (res: ServerResponse, error: WireError, corsHeaders?: Record<string, string>) => sendError(res, error, nextId(), corsHeaders);

  async function answer(req: IncomingMessage, res: ServerResponse, control: boolean): Promise<void> {
    const body = await readRequestBody(req, maxBodyBytes);
    // Concatenated, not resolved: a target `//x/y` is the path //x/y, never a host.
    const url = new URL(origin + (req.url ?? '/'));
    const request = nodeWireRequest(req, url, body);
    const answered = control ? await handleAdmin(request.fetchRequest(), context) : ((await dispatch(request)) ?? notFound(req.method, url.pathname));
    if (answered instanceof Response) return writeFetchResponse(res, answered, gate.cors.responseHeaders(req.headers.origin, answered.headers.keys(), control));
    writeWireResponse(res, answered, gate.cors.responseHeaders(req.headers.origin, Object.keys(answered.headers), control));
  }

  const notFound = (method: string | undefined, pathname: string): WireResponse => ({
    status: 404,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException', 'x-amzn-requestid': nextId() },
    body: JSON.stringify({ message: `No mocked operation matches ${method} ${pathname}` }),
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const target = req.url ?? '';
    const method = req.method ?? 'GET';
    // Absolute-form (`GET http://x/`) and `*` targets are for proxies; a path must start with one `/`.
    if (!target.startsWith('/')) return fail(res, { status: 400, type: 'BadRequestException', message: `the request target must be a path starting with "/", got ${JSON.stringify(target.slice(0, 100))}` });
    if (FORBIDDEN_METHODS.has(method)) return fail(res, { status: 405, type: 'MethodNotAllowedException', message: `method ${method} is not supported` });
    const control = admin && target.startsWith(ADMIN_PREFIX);
    if (method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      const preflight = gate.cors.preflight(req.headers, control);
      if (preflight.refused) return fail(res, { status: preflight.status, type: 'CorsPreflightRefusedException', message: preflight.refused });
      res.writeHead(preflight.status, preflight.headers).end();
      return;
    }
    const corsHeaders = () => gate.cors.responseHeaders(req.headers.origin, ['x-amzn-errortype', 'x-amzn-requestid'], control);
    if (control) {
      const refusal = gate.guard.check(req.headers);
      if (refusal) return fail(res, refusal, corsHeaders());
    }
    answer(req, res, control).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        // Nothing more is buffered; the connection closes once the 413 is out (after a short linger).
        lingerAfterRefusal(req);
        return fail(res, { status: 413, type: 'RequestEntityTooLargeException', message: error.message }, { ...corsHeaders(), connection: 'close' });
      }
      // A bug in the mock, not an AWS answer: the details go to the developer's terminal only.
      process.stderr.write(`ota-mock: internal error answering ${method} ${target.slice(0, 200)}: ${error instanceof Error ? error.stack : String(error)}\n`);
      fail(res, { status: 500, type: 'InternalFailure', message: 'the mock server failed to answer this request (details are on its stderr)' }, corsHeaders());
    });
  }

  const server = createServer(handle);
  // Requests node's parser refuses (bad request line, header too large, bad encoding…) never reach
  // `handle`: answer them here, AWS-shaped, and close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    socket.end(rawErrorResponse(parserError(error.code), nextId()));
  });
  const refuseSocket = (message: string) => (_req: IncomingMessage, socket: Socket) => {
    socket.end(rawErrorResponse({ status: 400, type: 'BadRequestException', message }, nextId()));
  };
  server.on('connect', refuseSocket('method CONNECT is not supported'));
  server.on('upgrade', refuseSocket('protocol upgrades are not supported'));

  await listen(server, options.port ?? DEFAULT_PORT, host);
  const { port } = server.address() as AddressInfo;
  origin = `http://${hostForUrl(host)}:${port}`;
  const guard = createControlGuard({ host, port, allowOrigins: options.allowOrigins ?? [], token: options.token });
  gate = { guard, cors: createCorsPolicy({ origins: options.cors ?? DEFAULT_CORS_ORIGINS, controlAllows: guard.allowsOrigin }) };

  return {
    url: origin,
    port,
    host,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

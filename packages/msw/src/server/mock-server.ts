/**
 * The generated handlers over real HTTP, for clients that MSW cannot intercept (Python's boto3,
 * the AWS CLI, another process): node:http in, Fetch `Request` → msw's `getResponse(handlers, request)`
 * → Fetch `Response` out. Requests no handler matches get a 404 `UnknownOperationException`.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { handlers as defaultHandlers, mockControl, mockDataSets } from '../handlers.gen.js';
import type { MockControl } from '../runtime/control.js';
import type { MockDataSet } from '../runtime/data.js';
import { errorResponse } from '../runtime/responses.js';
import { ADMIN_PREFIX, handleAdmin } from './admin.js';
import { toFetchRequest, writeFetchResponse } from './http-bridge.js';

export interface MockServerOptions {
  /** @default the package's `handlers` */
  handlers?: readonly RequestHandler[];
  /** Control used by the `/__mock/failures` and `/__mock/delays` routes. @default mockControl */
  control?: MockControl;
  /** Stores the `/__mock/items` routes fill. @default mockDataSets */
  dataSets?: readonly MockDataSet[];
  /** TCP port; 0 picks a free one (read it from `port`). @default 4010 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Serve the `/__mock/` control routes. @default true */
  admin?: boolean;
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

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const handlers = [...(options.handlers ?? defaultHandlers)];
  const control = options.control ?? (mockControl as MockControl);
  const admin = options.admin ?? true;
  const context = { control, dataSets: options.dataSets ?? mockDataSets };
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  let unmatched = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const request = await toFetchRequest(req, origin);
      let response: Response | undefined;
      if (admin && new URL(request.url).pathname.startsWith(ADMIN_PREFIX)) response = await handleAdmin(request, context);
      else response = await getResponse(handlers, request);
      response ??= errorResponse({
        name: 'UnknownOperationException',
        status: 404,
        message: `No mocked operation matches ${request.method} ${new URL(request.url).pathname}`,
        requestId: `00000000-0000-4000-9000-${(++unmatched).toString(16).padStart(12, '0')}`,
      });
      await writeFetchResponse(res, response);
    })().catch((error: unknown) => {
      // A handler that throws is a bug in the mock, not an AWS answer: say so plainly.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`mock server error: ${error instanceof Error ? error.stack : String(error)}`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

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

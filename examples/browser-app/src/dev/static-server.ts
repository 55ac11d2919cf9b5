/** A tiny static file server on 127.0.0.1 (the page, its bundle and the MSW worker script). */

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves files from the first of `roots` that has them; `/` is `index.html`. */
export async function serveStatic(roots: readonly string[], port = 0): Promise<StaticServer> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const relative = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '');
      if (relative.split(sep).includes('..')) {
        res.writeHead(403).end();
        return;
      }
      for (const root of roots) {
        try {
          const body = await readFile(join(root, relative));
          res.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
          res.end(body);
          return;
        } catch {
          // try the next root
        }
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

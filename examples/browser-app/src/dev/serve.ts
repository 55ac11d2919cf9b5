/** `pnpm --filter @ota-contract/example-browser-app dev`: bundle, then serve on http://127.0.0.1:5173. */

import { fileURLToPath } from 'node:url';
import { bundlePage, publicDir } from './bundle.js';
import { serveStatic } from './static-server.js';

const outdir = fileURLToPath(new URL('../../dist', import.meta.url));
await bundlePage(outdir);
const server = await serveStatic([outdir, publicDir], Number(process.env.PORT ?? 5173));
process.stdout.write(`browser-app: open ${server.url}/ (or ${server.url}/?fail=ThrottlingException)\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close().then(() => process.exit(0)));

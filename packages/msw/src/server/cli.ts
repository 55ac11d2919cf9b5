/**
 * ota-mock: the generated MSW handlers as a real HTTP server on 127.0.0.1, for non-JS clients.
 *
 *   ota-mock [--port 4010] [--host 127.0.0.1] [--seed 42 --count 3] [--data items.json] [--delay ms]
 *            [--cors <origin>]... [--allow-origin <origin>]... [--token <t>] [--max-body-bytes <n>]
 */

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createHandlers, mockControl, mockDataSets } from '../handlers.gen.js';
import { loadWireData } from '../runtime/data.js';
import { ContractViolationError } from '../runtime/validation.js';
import { MAX_DELAY_MS } from './admin.js';
import { DEFAULT_CORS_ORIGINS } from './cors.js';
import { TOKEN_HEADER } from './guard.js';
import { DEFAULT_MAX_BODY_BYTES } from './http-bridge.js';
import { seedFromFixtures } from './seed.js';
import { DEFAULT_PORT, startMockServer } from './mock-server.js';

const HELP = `Usage: ota-mock [options]

Serves the @ota-contract/msw handlers over HTTP, e.g. for boto3:
  boto3.client('iot', endpoint_url='http://127.0.0.1:${DEFAULT_PORT}', region_name='us-east-1')

Options:
  --port <n>       TCP port; 0 picks a free one (default ${DEFAULT_PORT})
  --host <addr>    address to listen on (default 127.0.0.1)
  --seed <n>       fill the stores with fixtures built from this seed (and the following ones)
  --count <n>      how many fixtures per store with --seed (default 3)
  --data <file>    JSON file of wire-form items: {"GetOTAUpdate": [ ... ]} (repeatable)
  --delay <ms>     wait before every response
  --cors <origin>  origin whose pages may call the operations (repeatable; '*' any, 'none' off)
                   default: ${DEFAULT_CORS_ORIGINS.join(' ')}
  --allow-origin <origin>
                   origin whose pages may also use the control routes (repeatable)
  --token <t>      control routes need header ${TOKEN_HEADER}: <t> (or set OTA_MOCK_TOKEN)
  --max-body-bytes <n>
                   largest request body accepted, else 413 (default ${DEFAULT_MAX_BODY_BYTES})
  --quiet          print only the listening line
  -h, --help       show this help

Control routes (any HTTP client): POST /__mock/failures {"error":"ThrottlingException","times":1},
POST /__mock/delays {"ms":500}, POST|GET|DELETE /__mock/items, POST /__mock/reset. They answer only
requests with a loopback Host, no foreign Origin, Content-Type: application/json on a body, and
the token when one is set, e.g.
  curl -X POST localhost:${DEFAULT_PORT}/__mock/failures -H 'content-type: application/json' -d '{"error":"ThrottlingException"}'
Stops cleanly (exit 0) on SIGINT and SIGTERM.
`;

function integer(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string' },
      data: { type: 'string', multiple: true },
      delay: { type: 'string' },
      cors: { type: 'string', multiple: true },
      'allow-origin': { type: 'string', multiple: true },
      token: { type: 'string' },
      'max-body-bytes': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const say = (line: string) => {
    if (!values.quiet) process.stdout.write(`ota-mock: ${line}\n`);
  };
  const port = integer(values.port, 'port', DEFAULT_PORT);
  const delay = integer(values.delay, 'delay', 0);
  if (delay > MAX_DELAY_MS) throw new Error(`--delay must be at most ${MAX_DELAY_MS} ms (2^31-1, the longest timer Node.js keeps), got ${delay}`);

  if (values.seed !== undefined) {
    for (const { operation, keys } of await seedFromFixtures(mockDataSets, integer(values.seed, 'seed', 0), integer(values.count, 'count', 3))) {
      for (const key of keys) say(`seeded ${operation} ${key}`);
    }
  }
  for (const file of values.data ?? []) {
    for (const { operation, keys } of loadWireData(mockDataSets, JSON.parse(readFileSync(file, 'utf8')))) {
      for (const key of keys) say(`loaded ${operation} ${key} from ${file}`);
    }
  }

  const token = values.token ?? (process.env.OTA_MOCK_TOKEN || undefined);
  const maxBodyBytes = integer(values['max-body-bytes'], 'max-body-bytes', DEFAULT_MAX_BODY_BYTES);
  const server = await startMockServer({
    // The handlers bound decoded (gzip/deflate) bodies by the same limit as the raw body.
    handlers: createHandlers({ delay, maxBodyBytes }),
    control: mockControl,
    port,
    maxBodyBytes,
    allowOrigins: values['allow-origin'] ?? [],
    ...(values.cors ? { cors: values.cors } : {}),
    ...(token === undefined ? {} : { token }),
    ...(values.host ? { host: values.host } : {}),
  });
  process.stdout.write(`ota-mock: listening on ${server.url}\n`);

  const stop = (signal: string) => {
    say(`${signal}: closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`ota-mock: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return -1; // keep running
}

// `pnpm mock -- --port 1` passes the `--` through: drop it.
const argv = process.argv.slice(2);
main(argv[0] === '--' ? argv.slice(1) : argv).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const text = error instanceof ContractViolationError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`ota-mock: ${text}\n`);
    process.exit(2);
  },
);

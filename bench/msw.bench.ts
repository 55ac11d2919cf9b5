/**
 * GetOTAUpdate calls per second through the real AWS SDK client under msw/node: the generated
 * handler (route match, label check against the contract, store lookup, request id, prepared
 * restJson1 body) against a bare MSW handler that returns the same body as a constant, in the
 * same process, alternating rounds. Target: generated / bare ≥ 0.7.
 *
 *   pnpm bench:msw [--calls 300] [--rounds 15] [--http-requests 100000] [--http-rounds 10] [--connections 8] [--part all|sdk|http]
 *
 * Each round measures both sides back to back; the ratio is the median of the per-round ratios,
 * which cancels most of the drift of a shared machine (the absolute rates move with its load).
 * Then the same over real HTTP (msw-http.ts): `ota-mock` against a bare node:http server that
 * answers the same bytes, goal ≥ 0.5×, and ota-mock's RSS before and after 100,000 requests.
 */

import { parseArgs } from 'node:util';
import { GetOTAUpdateCommand, IoTClient } from '@aws-sdk/client-iot';
import { fixtures } from '@ota-contract/fixtures';
import { createGetOTAUpdateStore, createMockControl, getOTAUpdateHandler, mockErrors } from '@ota-contract/msw';
import { OTAUpdateInfoCodec } from '@ota-contract/zod';
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { benchHttp } from './msw-http.js';

// The SDK warns about Node 20 when a client is created; the figures do not need it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '15' },
    'http-requests': { type: 'string', default: '100000' },
    'http-rounds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    part: { type: 'string', default: 'all' },
  },
});
const CALLS = Number(values.calls);
const ROUNDS = Number(values.rounds);

const item = fixtures.OTAUpdateInfo.build({ seed: 1 });
const id = item.otaUpdateId!;
const body = JSON.stringify({ otaUpdateInfo: OTAUpdateInfoCodec.encode(item) });

let failed = false;
if (values.part !== 'http') await benchSdk();
if (values.part !== 'sdk') {
  const http = await benchHttp({ item, id, wireItem: OTAUpdateInfoCodec.encode(item), requests: Number(values['http-requests']), rounds: Number(values['http-rounds']), connections: Number(values.connections) });
  process.stdout.write(`${http.lines.join('\n')}\n`);
  failed ||= !http.ok;
}
process.exitCode = failed ? 1 : 0;

async function benchSdk(): Promise<void> {
  const bare = http.get('*/otaUpdates/:otaUpdateId', () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }));
  const store = createGetOTAUpdateStore().put(item);
  const generated = getOTAUpdateHandler({ store, control: createMockControl(mockErrors) });

  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  const client = new IoTClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'bench' }, maxAttempts: 1 });
  const command = new GetOTAUpdateCommand({ otaUpdateId: id });

  async function callsPerSecond(handler: RequestHandler, calls: number): Promise<number> {
    server.resetHandlers(handler);
    const started = performance.now();
    for (let i = 0; i < calls; i++) await client.send(command);
    return (calls / (performance.now() - started)) * 1000;
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  // Both handlers must give the SDK the same thing, or the ratio compares different work.
  for (const handler of [bare, generated]) {
    server.resetHandlers(handler);
    const output = await client.send(command);
    if (JSON.stringify(output.otaUpdateInfo) !== JSON.stringify(item)) throw new Error('handlers disagree with the fixture');
  }
  await callsPerSecond(bare, 300);
  await callsPerSecond(generated, 300);

  const results = { bare: [] as number[], generated: [] as number[] };
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so drift (JIT, GC, other load) hits both sides alike.
    const order = round % 2 === 0 ? (['bare', 'generated'] as const) : (['generated', 'bare'] as const);
    for (const side of order) results[side].push(await callsPerSecond(side === 'bare' ? bare : generated, CALLS));
    ratios.push(results.generated[round]! / results.bare[round]!);
  }
  server.close();

  // The handlers alone, without the SDK or the interceptor: msw's getResponse on a Fetch Request.
  async function handlerMicros(handler: RequestHandler, calls: number): Promise<number> {
    const url = `https://iot.us-east-1.amazonaws.com/otaUpdates/${id}`;
    const started = performance.now();
    for (let i = 0; i < calls; i++) await (await getResponse([handler], new Request(url)))!.text();
    return ((performance.now() - started) * 1000) / calls;
  }
  const alone = { bare: [] as number[], generated: [] as number[] };
  for (let round = 0; round < 5; round++) {
    alone.bare.push(await handlerMicros(bare, 2000));
    alone.generated.push(await handlerMicros(generated, 2000));
  }

  const bareRate = median(results.bare);
  const generatedRate = median(results.generated);
  const ratio = median(ratios);
  process.stdout.write(
    [
      `GetOTAUpdate through @aws-sdk/client-iot under msw/node, ${ROUNDS} rounds × ${CALLS} sequential calls per side`,
      `  bare MSW handler (constant body): ${bareRate.toFixed(0)} calls/s (median)   rounds: ${results.bare.map((r) => r.toFixed(0)).join(', ')}`,
      `  generated getOTAUpdateHandler:    ${generatedRate.toFixed(0)} calls/s (median)   rounds: ${results.generated.map((r) => r.toFixed(0)).join(', ')}`,
      `  handlers alone (msw getResponse, median of 5 × 2000): bare ${median(alone.bare).toFixed(0)} µs, generated ${median(alone.generated).toFixed(0)} µs per call`,
      `  ratio generated / bare: ${ratio.toFixed(2)} (median of per-round ratios, min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}; target ≥ 0.7) ${ratio >= 0.7 ? 'OK' : 'BELOW TARGET'}`,
      '',
    ].join('\n'),
  );
  failed ||= ratio < 0.7;
}

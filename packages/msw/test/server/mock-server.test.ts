/**
 * The `ota-mock` bin as a real HTTP server, driven by real clients: the JS SDK over the network,
 * plain fetch on the control routes, Python's boto3, and signals for shutdown.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sdk from '@aws-sdk/client-iot';
import { GetOTAUpdateCommand } from '@aws-sdk/client-iot';
import { fixtures } from '@ota-contract/fixtures';
import { OTAUpdateInfoCodec } from '@ota-contract/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iotClient, rejectionOf } from '../node/support.js';
import { BIN, pythonWithBoto3, startMock, type RunningMock } from './spawn.js';

const SEED = 42;
const seeded = [0, 1].map((i) => fixtures.OTAUpdateInfo.build({ seed: SEED + i }));
const fromFile = { ...fixtures.OTAUpdateInfo.build({ seed: 7 }), otaUpdateId: 'from-data-file' };

let mock: RunningMock;
let second: RunningMock;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ota-mock-'));
  const data = join(dir, 'items.json');
  writeFileSync(data, JSON.stringify({ GetOTAUpdate: [OTAUpdateInfoCodec.encode(fromFile)] }));
  // Two servers started in parallel: the bin itself, and the root `pnpm mock` script.
  [mock, second] = await Promise.all([
    startMock(process.execPath, [BIN, '--port', '0', '--seed', String(SEED), '--count', '2', '--data', data]),
    startMock('pnpm', ['mock', '--port', '0'], { detached: true }),
  ]);
});

afterAll(() => {
  for (const m of [mock, second]) if (m && m.child.exitCode === null) m.child.kill('SIGKILL');
});

describe('ota-mock', () => {
  it('prints the seeded ids and serves fixtures and --data items to the AWS SDK over HTTP', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.lines).toEqual([
      ...seeded.map((item) => `ota-mock: seeded GetOTAUpdate ${item.otaUpdateId}`),
      expect.stringMatching(/^ota-mock: loaded GetOTAUpdate from-data-file from /),
    ]);
    const client = iotClient({ endpoint: mock.url });
    for (const item of [...seeded, fromFile]) {
      const output = await client.send(new GetOTAUpdateCommand({ otaUpdateId: item.otaUpdateId! }));
      expect(output.otaUpdateInfo).toEqual(item);
    }
  });

  it('forces failures and stores items through the /__mock/ control routes', async () => {
    const client = iotClient({ endpoint: mock.url });
    const post = (route: string, body: unknown) => fetch(`${mock.url}/__mock/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('failures', { error: 'UnauthorizedException', times: 2 })).status).toBe(204);
    for (let i = 0; i < 2; i++) expect(await rejectionOf(client.send(new GetOTAUpdateCommand({ otaUpdateId: 'x' })))).toBeInstanceOf(sdk.UnauthorizedException);

    const bad = await post('items', { GetOTAUpdate: [{ otaUpdateId: 'bad', description: 'tab\there' }] });
    expect([bad.status, await bad.json()]).toEqual([400, { message: 'GetOTAUpdate item [0] (OTAUpdateInfo) does not satisfy the contract:\n  - description: must match the pattern ^[^\\p{C}]+$' }]);
    const unknownError = await post('failures', { error: 'TeapotException' });
    expect(unknownError.status).toBe(400);

    const good = await post('items', [{ otaUpdateId: 'posted', creationDate: 1700000000.5, otaUpdateStatus: 'CREATE_PENDING' }]);
    expect(await good.json()).toEqual({ stored: [{ operation: 'GetOTAUpdate', keys: ['posted'] }] });
    const output = await client.send(new GetOTAUpdateCommand({ otaUpdateId: 'posted' }));
    expect(output.otaUpdateInfo).toEqual({ otaUpdateId: 'posted', creationDate: new Date(1700000000500), otaUpdateStatus: 'CREATE_PENDING' });
    expect(await (await fetch(`${mock.url}/__mock/items`)).json()).toEqual({ GetOTAUpdate: [...seeded.map((i) => i.otaUpdateId), 'from-data-file', 'posted'] });
  });

  it('answers other paths with 404 UnknownOperationException', async () => {
    const response = await fetch(`${mock.url}/things/x`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it('serves Python boto3: a seeded update, ResourceNotFoundException, a forced ThrottlingException', () => {
    const python = pythonWithBoto3();
    const item = seeded[0]!;
    const script = fileURLToPath(new URL('../python/get_ota_update.py', import.meta.url));
    const run = spawnSync(python, [script, mock.url, item.otaUpdateId!], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, { ok?: unknown; error?: Record<string, unknown> }> & { afterThrottle: boolean };
    expect(report.seeded!.ok).toEqual(asPython(item));
    expect(report.notFound!.error).toMatchObject({ code: 'ResourceNotFoundException', status: 404, modeledClass: ['ResourceNotFoundException'] });
    expect(report.throttled!.error).toMatchObject({ code: 'ThrottlingException', status: 400, message: 'slow down', modeledClass: ['ThrottlingException'] });
    expect(report.afterThrottle).toBe(true);
    expect(report.invalid!.error).toMatchObject({ code: 'InvalidRequestException', status: 400, message: 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$' });
  });

  it('`pnpm mock` runs the same server', async () => {
    const response = await fetch(`${second.url}/otaUpdates/none`);
    expect([response.status, response.headers.get('x-amzn-errortype')]).toEqual([404, 'ResourceNotFoundException']);
  });

  it('closes cleanly on SIGTERM and SIGINT (exit 0, port released)', async () => {
    mock.child.kill('SIGTERM');
    expect(await mock.exited).toMatchObject({ code: 0, signal: null });
    await expect(fetch(`${mock.url}/otaUpdates/x`)).rejects.toThrow();

    // `pnpm mock` in its own process group, as a terminal's Ctrl-C reaches it.
    process.kill(-second.child.pid!, 'SIGINT');
    const { output } = await second.exited;
    expect(output).toContain('ota-mock: SIGINT: closing');
    await expect(fetch(`${second.url}/otaUpdates/x`)).rejects.toThrow();
  });
});

/** The report's form of a value: what boto3 hands out, with datetimes and bytes tagged. */
function asPython(value: unknown): unknown {
  if (value instanceof Date) return { $datetime: value.getTime(), aware: true };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(asPython);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, asPython(v)]));
  return value;
}

/**
 * `pnpm generate:clients` must fail fast, with one line, where openapi-generator's jar cannot be
 * fetched (Maven Central is unreachable from our machines), and never hang. Each run is killed at
 * 20 s; the local servers below listen on 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './pack.js';

const script = join(repoRoot, 'scripts/generate-clients.mjs');
const KILL_AFTER_MS = 20_000;

function run(env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string; stdout: string; ms: number; killed: boolean }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout, ms: performance.now() - started, killed });
    });
  });
}

const servers: Server[] = [];
const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.destroy();
  for (const s of servers) s.close();
});

function listen(onConnection: (socket: Socket) => void): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      sockets.push(socket);
      onConnection(socket);
    });
    servers.push(server);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

describe('pnpm generate:clients', () => {
  it('on this machine: exits 1 within seconds with one line saying Maven Central is unreachable', async () => {
    const r = await run();
    expect(r.killed).toBe(false);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^generate:clients: cannot download the openapi-generator 7\.\d+\.\d+ jar: Maven Central \(repo1\.maven\.org\) is unreachable/);
  });

  it('a server that accepts and never answers: gives up after the 3 s probe, one line', async () => {
    const port = await listen(() => {});
    const r = await run({ OTA_OPENAPI_GENERATOR_JAR_URL: `http://127.0.0.1:${port}/openapi-generator-cli.jar` });
    expect(r.killed).toBe(false);
    expect(r.code).toBe(1);
    expect(r.ms).toBeGreaterThan(2_900);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/unreachable from this machine \(no answer within 3 s\)/)]);
  });

  it('a refused connection fails at once', async () => {
    const port = await listen((socket) => socket.destroy());
    servers.at(-1)!.close();
    const r = await run({ OTA_OPENAPI_GENERATOR_JAR_URL: `http://127.0.0.1:${port}/openapi-generator-cli.jar` });
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(5_000);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/unreachable from this machine \(ECONNREFUSED\)/)]);
  });

  it('pins the launcher and the generator, and nothing else runs it', () => {
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(root.devDependencies['@openapitools/openapi-generator-cli']).toBe('2.35.0');
    expect(JSON.parse(readFileSync(join(repoRoot, 'openapitools.json'), 'utf8'))['generator-cli'].version).toMatch(/^7\.\d+\.\d+$/);
    const scripts = Object.entries(root.scripts as Record<string, string>).filter(([name]) => name !== 'generate:clients');
    for (const [name, cmd] of scripts) expect(cmd, name).not.toMatch(/generate-clients|generate:clients|openapi-generator/);
    for (const file of ['.ci/run', 'turbo.json']) expect(readFileSync(join(repoRoot, file), 'utf8')).not.toMatch(/generate-clients|generate:clients|openapi-generator/);
  });
});

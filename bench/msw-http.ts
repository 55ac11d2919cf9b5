/**
 * `ota-mock` over real HTTP on loopback against a bare node:http server that answers the same
 * bytes (status, headers, body of ota-mock's own answer), both as child processes, driven by the
 * same bounded loop of keep-alive requests from this process. Reports requests per second of
 * each, the ratio (goal ≥ 0.5× the bare server) and ota-mock's RSS before and after the run
 * (at least 100,000 requests: it must stay flat). Part of `pnpm bench:msw`.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../packages/msw/bin/ota-mock.js', import.meta.url));

/** A bare server: one constant answer for every request (the bytes are passed in as JSON). */
const BARE_SERVER = `
const { createServer } = require('node:http');
const { status, headers, body } = JSON.parse(process.env.BARE_ANSWER);
const bytes = Buffer.from(body, 'base64');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(status, headers); res.end(bytes); });
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`;

interface Child {
  child: ChildProcess;
  port: number;
}

function startChild(command: string, args: string[], env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before listening: ${out}`)));
  });
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat (clock ticks of 1/100 s). */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const rssMB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function get(agent: Agent, port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `total` requests over `connections` keep-alive connections; requests per second. */
async function load(port: number, path: string, total: number, connections: number, expectBody: Buffer): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  let left = total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (left-- > 0) {
        const answer = await get(agent, port, path);
        if (answer.status !== 200 || answer.body.length !== expectBody.length) throw new Error(`unexpected answer ${answer.status} (${answer.body.length} bytes)`);
      }
    }),
  );
  const rate = (total / (performance.now() - started)) * 1000;
  agent.destroy();
  return rate;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchHttp(options: { item: unknown; id: string; wireItem: unknown; requests: number; rounds: number; connections: number }): Promise<{ lines: string[]; ok: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'ota-mock-bench-'));
  const data = join(dir, 'items.json');
  writeFileSync(data, JSON.stringify({ GetOTAUpdate: [options.wireItem] }));
  const path = `/otaUpdates/${encodeURIComponent(options.id)}`;
  const mock = await startChild(process.execPath, [BIN, '--port', '0', '--quiet', '--data', data]);
  const children: ChildProcess[] = [mock.child];
  try {
    const sample = await get(new Agent(), mock.port, path);
    if (sample.status !== 200) throw new Error(`ota-mock answered ${sample.status}: ${sample.body.toString()}`);
    const headers = { ...sample.headers };
    delete headers.date;
    delete headers.connection;
    delete headers['keep-alive'];
    const bare = await startChild(process.execPath, ['-e', BARE_SERVER], { BARE_ANSWER: JSON.stringify({ status: sample.status, headers, body: sample.body.toString('base64') }) });
    children.push(bare.child);

    // The heap grows to its working size over the first ~20,000 requests (127 → ~210 MB measured):
    // warm up past that, so before/after compares steady states.
    const warm = Math.min(20_000, options.requests / 5);
    await load(mock.port, path, warm, options.connections, sample.body);
    await load(bare.port, path, warm, options.connections, sample.body);
    const rssBefore = rssMB(mock.child.pid!);

    const perRound = Math.ceil(options.requests / options.rounds);
    const rates = { mock: [] as number[], bare: [] as number[] };
    const cpu = { mock: 0, bare: 0 };
    const rssByRound: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      // Alternate which side goes first, so drift on a shared machine hits both alike.
      const order = round % 2 === 0 ? (['bare', 'mock'] as const) : (['mock', 'bare'] as const);
      for (const side of order) {
        const target = side === 'mock' ? mock : bare;
        const before = cpuSeconds(target.child.pid!);
        rates[side].push(await load(target.port, path, perRound, options.connections, sample.body));
        cpu[side] += cpuSeconds(target.child.pid!) - before;
      }
      rssByRound.push(rssMB(mock.child.pid!));
      ratios.push(rates.mock[round]! / rates.bare[round]!);
    }
    const served = perRound * options.rounds;
    const cpuMicros = { mock: (cpu.mock / served) * 1e6, bare: (cpu.bare / served) * 1e6 };
    const rssAfter = rssMB(mock.child.pid!);
    const ratio = median(ratios);
    const ok = ratio >= 0.5;
    return {
      ok,
      lines: [
        `GET ${path} over HTTP on 127.0.0.1, ${options.rounds} rounds × ${perRound} requests per side, ${options.connections} keep-alive connections (Node client in this process)`,
        `  bare node:http, same bytes (${sample.body.length} B body): ${median(rates.bare).toFixed(0)} req/s (median)   rounds: ${rates.bare.map((r) => r.toFixed(0)).join(', ')}`,
        `  ota-mock:                         ${median(rates.mock).toFixed(0)} req/s (median)   rounds: ${rates.mock.map((r) => r.toFixed(0)).join(', ')}`,
        `  ratio ota-mock / bare: ${ratio.toFixed(2)} (median of per-round ratios, min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}; goal ≥ 0.5) ${ok ? 'OK' : 'BELOW GOAL'}`,
        `  server CPU per request (user+sys of each server process, steadier than req/s on a shared machine): bare ${cpuMicros.bare.toFixed(0)} µs, ota-mock ${cpuMicros.mock.toFixed(0)} µs (capacity ratio ${(cpuMicros.bare / cpuMicros.mock).toFixed(2)})`,
        `  ota-mock RSS: ${rssBefore.toFixed(0)} MB after ${warm} warm-up requests, ${rssAfter.toFixed(0)} MB after ${served} more (after each round: ${rssByRound.map((r) => r.toFixed(0)).join(', ')} MB)`,
      ],
    };
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

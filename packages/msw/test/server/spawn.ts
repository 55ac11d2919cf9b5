/** Starting the `ota-mock` bin as a child process, and finding a python3 that has boto3. */

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { requirePythonWithBoto3 } from '../../../../scripts/test-prereqs.mjs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/ota-mock.js', import.meta.url));

export interface RunningMock {
  child: ChildProcess;
  url: string;
  /** Lines printed before `listening on ...`. */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** Spawns `command args` and resolves once it prints `listening on <url>`. */
export function startMock(command: string, args: readonly string[], options: { detached?: boolean; env?: Record<string, string> } = {}): Promise<RunningMock> {
  const child = spawn(command, args, {
    cwd: fileURLToPath(new URL('../../../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    detached: options.detached ?? false,
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', (more: Buffer) => (output += more.toString()));
        resolve({ child, url: match[1]!, lines: output.slice(0, match.index).split('\n').slice(0, -1).filter(Boolean), exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code, signal }) => reject(new Error(`${command} exited (${code ?? signal}) before listening:\n${output}`)));
  });
}

/** A python3 that imports boto3; missing, the test fails naming it and the fix (scripts/test-prereqs.mjs). */
export const pythonWithBoto3 = (): string => requirePythonWithBoto3();

/** The parts of a raw HTTP/1.1 answer. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  raw: string;
}

export function parseAnswer(raw: string): RawAnswer {
  const end = raw.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = raw.slice(0, end < 0 ? raw.length : end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: end < 0 ? '' : raw.slice(end + 4), raw };
}

/** Writes `bytes` on a fresh TCP connection and reads until the server closes it (or `timeoutMs`). */
export function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 5000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const done = () => {
      clearTimeout(timer);
      resolve(parseAnswer(Buffer.concat(chunks).toString('latin1')));
    };
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', done);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close first on a refused request; what it wrote before is the answer.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Resident set size of a process, from /proc (Linux), in MB. */
export function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb[1]) / 1024;
}

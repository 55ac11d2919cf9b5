/** Starting the `ota-mock` bin as a child process, and finding a python3 that has boto3. */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
export function startMock(command: string, args: readonly string[], options: { detached?: boolean } = {}): Promise<RunningMock> {
  const child = spawn(command, args, {
    cwd: fileURLToPath(new URL('../../../..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
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

/**
 * `python3` if it can import boto3, else Debian's `/usr/bin/python3` (python3-boto3). Neither:
 * an error, so the test fails with the fix instead of skipping.
 */
export function pythonWithBoto3(): string {
  const tried: string[] = [];
  for (const exe of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(exe, ['-c', 'import boto3; print(boto3.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return exe;
    tried.push(`${exe}: ${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}`);
  }
  throw new Error(`no python3 with boto3 (tried ${tried.join('; ')}). Install it: apt-get install -y python3-boto3 (.ci/run does this), or pip install boto3`);
}

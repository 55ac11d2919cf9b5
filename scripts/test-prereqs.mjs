// The tools the test suite drives besides Node: Debian's Chromium (browser tests, through
// playwright-core) and a python3 that can import boto3 (ota-mock's non-JS client test). One place
// finds them, for scripts/install-test-prereqs.mjs and for the tests, which fail with FIX when a
// tool is missing instead of skipping.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const FIX =
  'run `pnpm setup:test` (as root with apt-get it installs them: apt-get install chromium python3-boto3); ' +
  'without root: `sudo apt-get update && sudo apt-get install -y chromium python3-boto3`, or point CHROMIUM_PATH at a Chromium and `pip install boto3`';

/** The first executable `name` on PATH, or undefined. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** `CHROMIUM_PATH`, else `chromium` (Debian) or `chromium-browser` on PATH. */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    try {
      accessSync(chosen, constants.X_OK);
      return chosen;
    } catch {
      return undefined;
    }
  }
  return onPath('chromium') ?? onPath('chromium-browser');
}

/** `python3` on PATH if it imports boto3, else Debian's `/usr/bin/python3` (python3-boto3); tried: why each failed. */
export function findPythonWithBoto3() {
  const tried = [];
  for (const exe of [onPath('python3'), '/usr/bin/python3']) {
    if (exe === undefined || tried.some((t) => t.startsWith(`${exe}:`))) continue;
    const probe = spawnSync(exe, ['-c', 'import boto3'], { encoding: 'utf8' });
    if (probe.status === 0) return { python: exe, tried };
    tried.push(`${exe}: ${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}`);
  }
  return { python: undefined, tried: tried.length ? tried : ['no python3 on PATH'] };
}

export function requireChromium() {
  const found = findChromium();
  if (found === undefined) {
    const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable` : 'no chromium or chromium-browser on PATH';
    throw new Error(`chromium is missing (${where}): the browser tests need it. To fix: ${FIX}`);
  }
  return found;
}

export function requirePythonWithBoto3() {
  const { python, tried } = findPythonWithBoto3();
  if (python === undefined) throw new Error(`python3 with boto3 is missing (tried ${tried.join('; ')}): the ota-mock boto3 test needs it. To fix: ${FIX}`);
  return python;
}

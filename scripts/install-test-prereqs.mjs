#!/usr/bin/env node
// Installs what `pnpm test` needs besides node_modules, as `playwright install --with-deps` does:
// Debian's chromium and python3-boto3, with apt-get, when this runs as root and apt-get exists;
// otherwise it prints exactly what to run. Only what is missing is installed (apt-get update once,
// first); when everything is present it only probes (well under a second), so re-runs are cheap.
//
//   node scripts/install-test-prereqs.mjs               (pnpm setup:test) exit 1 if it cannot install
//   node scripts/install-test-prereqs.mjs --if-possible (the root postinstall) warn, exit 0
//   OTA_SKIP_TEST_PREREQS=1                              do nothing
import { spawnSync } from 'node:child_process';
import { FIX, findChromium, findPythonWithBoto3, onPath } from './test-prereqs.mjs';

const ifPossible = process.argv.includes('--if-possible');
const say = (line) => console.log(`test prerequisites: ${line}`);

function missing() {
  const packages = [];
  if (findChromium() === undefined) packages.push('chromium');
  if (findPythonWithBoto3().python === undefined) packages.push('python3-boto3');
  return packages;
}

/** Runs quietly (dpkg prints hundreds of lines); its output is shown only when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-30).join('\n'));
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

function main() {
  if (process.env.OTA_SKIP_TEST_PREREQS === '1') return say('skipped (OTA_SKIP_TEST_PREREQS=1)'), 0;
  const needed = missing();
  if (needed.length === 0) return say(`chromium (${findChromium()}) and python3 with boto3 (${findPythonWithBoto3().python}) are present`), 0;

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = onPath('apt-get');
  if (!root || apt === undefined) {
    const run = !root
      ? `sudo apt-get update && sudo apt-get install -y ${needed.join(' ')}`
      : [needed.includes('chromium') && 'install Chromium and set CHROMIUM_PATH to it', needed.includes('python3-boto3') && 'pip install boto3'].filter(Boolean).join(', and ');
    const line = `missing ${needed.join(', ')}, which pnpm test needs, and cannot install it here (${!root ? 'not running as root' : 'no apt-get on this machine'}). Run: ${run}`;
    if (ifPossible) return console.warn(`test prerequisites: WARNING ${line}`), 0;
    console.error(`test prerequisites: ${line}`);
    return 1;
  }
  say(`installing ${needed.join(' ')} with apt-get`);
  // Another apt run (unattended upgrades, a parallel install) holds the lock: wait for it.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  run(apt, [...lock, 'update', '-qq']);
  run(apt, [...lock, 'install', '-y', '-qq', ...needed]);
  const still = missing();
  if (still.length) {
    console.error(`test prerequisites: apt-get installed ${needed.join(', ')} but ${still.join(', ')} still cannot be found. ${FIX}`);
    return 1;
  }
  return say(`installed ${needed.join(', ')}`), 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`test prerequisites: ${error instanceof Error ? error.message : String(error)}. ${FIX}`);
  process.exitCode = ifPossible ? 0 : 1;
}

/**
 * The emitters shared with a worker thread (src/emit/parallel.ts): the CLI bundle run with the
 * worker forced on and off must write the same bytes, and a bad setting is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const cli = join(root, 'tools/codegen/bin/ota-codegen.js');
const scratch = mkdtempSync(join(tmpdir(), 'ota-emit-parallel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function generate(model: string, workers: string): { files: Map<string, string>; stderr: string } {
  const out = mkdtempSync(join(scratch, `${workers}-`));
  const run = spawnSync(process.execPath, [cli, 'generate', '--model', model, '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, OTA_CODEGEN_WORKERS: workers } });
  expect(run.status, run.stderr).toBe(0);
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  return { files: new Map(files(out).map((f) => [relative(out, f), readFileSync(f, 'utf8')])), stderr: run.stderr };
}

describe('emitters on a worker thread', () => {
  it.each(['models/iot/get-ota-update.json', 'tools/codegen/test/models/recursion.json', 'tools/codegen/test/models/unions.json'])('give the same files as one thread (%s)', (model) => {
    const threaded = generate(model, 'on');
    const single = generate(model, 'off');
    expect([...threaded.files.keys()].filter((f) => f.includes('validators.')).length).toBe(4);
    expect(threaded.files).toEqual(single.files);
    // The worker did take part when forced on, and never when off.
    expect(threaded.stderr).toMatch(/ms \(worker\)/);
    expect(single.stderr).not.toMatch(/\(worker\)/);
    // Every emitter reports its time once, whichever thread ran it.
    for (const { stderr } of [threaded, single]) {
      for (const name of ['types', 'json-schema', 'openapi', 'zod', 'fixtures', 'msw']) expect(stderr.match(new RegExp(`emit ${name} `, 'g'))?.length, `${name}\n${stderr}`).toBe(1);
    }
  }, 60_000);

  it('refuses an unknown OTA_CODEGEN_WORKERS value', () => {
    const run = spawnSync(process.execPath, [cli, 'generate', '--check', '--quiet'], { cwd: root, encoding: 'utf8', env: { ...process.env, OTA_CODEGEN_WORKERS: 'maybe' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('OTA_CODEGEN_WORKERS must be auto, on or off');
  });
});

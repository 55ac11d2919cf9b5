/**
 * A broken model must fail with the shape id and JSON pointer of the problem, a non-zero exit, and
 * no file written (not even a partial package). Each case breaks the real GetOTAUpdate model in one
 * place and runs the real CLI in a scratch directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const cli = join(root, 'tools/codegen/bin/ota-codegen.js');
const modelText = readFileSync(join(root, 'models/iot/get-ota-update.json'), 'utf8');

type Model = { shapes: Record<string, any> };
const ID = (name: string) => `com.amazonaws.iot#${name}`;

function runBroken(mutate: (m: Model) => void) {
  const model = JSON.parse(modelText) as Model;
  mutate(model);
  const work = mkdtempSync(join(tmpdir(), 'ota-bad-'));
  // A file already on disk must survive a failed run untouched.
  mkdirSync(join(work, 'packages/types/src'), { recursive: true });
  writeFileSync(join(work, 'packages/types/src/shapes.gen.ts'), 'previous\n');
  writeFileSync(join(work, 'bad.json'), JSON.stringify(model, null, 2));
  const result = spawnSync(process.execPath, [cli, 'generate', '--model', 'bad.json', '--out', '.'], { cwd: work, encoding: 'utf8' });
  const files = readdirSync(join(work, 'packages'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
  return { ...result, work, files };
}

function expectFailure(result: ReturnType<typeof runBroken>, shapeId: string, pointer: string, message: RegExp) {
  expect(result.status, result.stderr).not.toBe(0);
  expect(result.stderr).toContain(shapeId);
  expect(result.stderr).toContain(`at ${pointer}:`);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toContain('Nothing was written.');
  // Only the pre-existing file is there, unchanged.
  expect(result.files).toEqual(['types/src/shapes.gen.ts']);
  expect(readFileSync(join(result.work, 'packages/types/src/shapes.gen.ts'), 'utf8')).toBe('previous\n');
  expect(existsSync(join(result.work, 'packages/zod'))).toBe(false);
}

describe('bad models fail clearly and write nothing', () => {
  it('a dangling member target', () => {
    const r = runBroken((m) => {
      m.shapes[ID('OTAUpdateInfo')].members.otaUpdateArn.target = ID('NoSuchShape');
    });
    expectFailure(r, ID('OTAUpdateInfo'), `/shapes/${ID('OTAUpdateInfo')}/members/otaUpdateArn/target`, /NoSuchShape.*not defined/);
  });

  it('an unknown shape type', () => {
    const r = runBroken((m) => {
      m.shapes[ID('FileId')].type = 'int32';
    });
    expectFailure(r, ID('FileId'), `/shapes/${ID('FileId')}/type`, /unknown shape type "int32"/);
  });

  it('a trait with a wrong value', () => {
    const r = runBroken((m) => {
      m.shapes[ID('OTAUpdateId')].traits['smithy.api#length'] = { min: 5, max: 1 };
    });
    expectFailure(r, ID('OTAUpdateId'), `/shapes/${ID('OTAUpdateId')}/traits/smithy.api#length`, /min 5 is greater than max 1/);
  });

  it('an httpError that is not an error status', () => {
    const r = runBroken((m) => {
      m.shapes[ID('ThrottlingException')].traits['smithy.api#httpError'] = 'four hundred';
    });
    expectFailure(r, ID('ThrottlingException'), `/shapes/${ID('ThrottlingException')}/traits/smithy.api#httpError`, /HTTP error status/);
  });

  it('a pattern that is not a valid ECMAScript u-flag regex', () => {
    const r = runBroken((m) => {
      // `\p{Nope}` is no Unicode property; without the u flag JS would silently accept it.
      m.shapes[ID('StreamId')].traits['smithy.api#pattern'] = '^\\p{Nope}+$';
    });
    expectFailure(r, ID('StreamId'), `/shapes/${ID('StreamId')}/traits/smithy.api#pattern`, /not a valid ECMAScript regular expression with the u flag/);
  });

  it('an @httpLabel member missing from the URI', () => {
    const r = runBroken((m) => {
      m.shapes[ID('GetOTAUpdate')].traits['smithy.api#http'].uri = '/otaUpdates/latest';
    });
    expectFailure(
      r,
      ID('GetOTAUpdateRequest'),
      `/shapes/${ID('GetOTAUpdateRequest')}/members/otaUpdateId/traits/smithy.api#httpLabel`,
      /has @httpLabel but the URI "\/otaUpdates\/latest"/,
    );
  });

  it('a URI label without an @httpLabel member', () => {
    const r = runBroken((m) => {
      delete m.shapes[ID('GetOTAUpdateRequest')].members.otaUpdateId.traits['smithy.api#httpLabel'];
    });
    expectFailure(r, ID('GetOTAUpdate'), `/shapes/${ID('GetOTAUpdate')}/traits/smithy.api#http/uri`, /URI label \{otaUpdateId\} has no input member with @httpLabel/);
  });

  it('several problems are all reported in one run', () => {
    const r = runBroken((m) => {
      m.shapes[ID('FileId')].type = 'int32';
      m.shapes[ID('OTAUpdateInfo')].members.otaUpdateArn.target = ID('NoSuchShape');
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('2 problems');
  });

  it('text that is not JSON', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-bad-json-'));
    writeFileSync(join(work, 'bad.json'), modelText.slice(0, 200));
    const r = spawnSync(process.execPath, [cli, 'generate', '--model', 'bad.json'], { cwd: work, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/bad\.json: 1 problem.*\n.*not valid JSON/);
    expect(existsSync(join(work, 'packages'))).toBe(false);
  });
});

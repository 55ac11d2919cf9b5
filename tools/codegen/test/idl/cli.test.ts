import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './upstream.js';

const cli = join(repoRoot, 'tools/codegen/bin/ota-codegen.js');
const run = (args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, OTA_CODEGEN_DEBUG: '', ...env } });

describe('ota-codegen with IDL models', () => {
  it('ast prints the assembled model as a JSON AST, the same for the .smithy and the .json model', () => {
    const fromIdl = run(['ast', 'models/iot/get-ota-update.smithy']);
    const fromJson = run(['ast', 'models/iot/get-ota-update.json']);
    expect(fromIdl.status, fromIdl.stderr).toBe(0);
    expect(JSON.parse(fromIdl.stdout).shapes['com.amazonaws.iot#GetOTAUpdate'].type).toBe('operation');
    expect(fromIdl.stdout).toBe(fromJson.stdout);
  });

  it('generate --check passes from the .smithy model against the committed files (header source given)', () => {
    const r = run(['generate', '--check', '--quiet', '--model', 'models/iot/get-ota-update.smithy', '--header-source', 'models/iot/get-ota-update.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('diff between the .json and the .smithy model finds no change', () => {
    const r = run(['diff', 'models/iot/get-ota-update.json', 'models/iot/get-ota-update.smithy']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('bump: none (no change to the contract)');
  });

  it('a syntax error names file:line:column, exits 1, writes nothing and prints no stack trace', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-idl-'));
    writeFileSync(join(work, 'model.smithy'), '$version: "2.0"\nnamespace a.b\n\n@documentation("it\\\'s")\nstring Foo\n');
    for (const args of [['ast', 'model.smithy'], ['generate', '--model', 'model.smithy']]) {
      const r = run(args, work);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain("model.smithy:4:16: invalid escape \\' in a quoted string");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('an unresolved target names the shape and its position', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-idl-'));
    writeFileSync(join(work, 'model.smithy'), '$version: "2.0"\nnamespace a.b\n\nstructure Foo {\n    bar: Missing\n}\n');
    const r = run(['ast', 'model.smithy'], work);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('model.smithy:5:10: a.b#Foo$bar: member target Missing does not resolve');
  });

  it('a missing --model file is one clear line and exit 1', () => {
    const r = run(['generate', '--model', 'nope.smithy'], mkdtempSync(join(tmpdir(), 'ota-idl-')));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ota-codegen: model file not found: \S*nope\.smithy\n$/);
  });

  it('a failed write is one line; OTA_CODEGEN_DEBUG=1 shows the stack of an error', () => {
    const r = run(['generate', '--only', 'types', '--quiet', '--out', '/dev/null/x']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ota-codegen: cannot write .*\n$/);
    const debug = run(['generate', '--only', 'types', '--quiet', '--out', '/dev/null/x'], repoRoot, { OTA_CODEGEN_DEBUG: '1' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at writeFiles /);
  });

  it('an unknown --only value exits 2 naming the valid values', () => {
    const r = run(['generate', '--only', 'typez', '--check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown --only value "typez"');
    for (const name of ['types', 'zod', 'json-schema', 'fixtures', 'msw']) expect(r.stderr).toContain(name);
  });

  it('generate --changeset compares a .smithy model with the one committed at git HEAD', () => {
    const work = mkdtempSync(join(tmpdir(), 'ota-idl-changeset-'));
    cpSync(join(repoRoot, 'models'), join(work, 'models'), { recursive: true });
    cpSync(join(repoRoot, '.changeset/config.json'), join(work, '.changeset/config.json'));
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
    for (const p of ['types', 'zod', 'json-schema', 'fixtures', 'msw']) {
      mkdirSync(join(work, 'packages', p), { recursive: true });
      cpSync(join(repoRoot, 'packages', p, 'package.json'), join(work, 'packages', p, 'package.json'));
    }
    const smithy = join(work, 'models/iot/get-ota-update.smithy');
    const current = readFileSync(smithy, 'utf8');
    // The previous model lacked two enum values: adding them is a minor change.
    const previous = current.replace('\n\n    DELETE_IN_PROGRESS\n\n    DELETE_FAILED\n', '\n');
    expect(previous).not.toBe(current);
    writeFileSync(smithy, previous);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'models');
    git('commit', '-q', '-m', 'previous model');
    writeFileSync(smithy, current);
    const r = run(['generate', '--model', 'models/iot/get-ota-update.smithy', '--only', 'types', '--quiet', '--changeset'], work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ota-codegen: minor change since HEAD: wrote \.changeset\/ota-model-[0-9a-f]{10}\.md\n$/);
  });

  it('idl prints a JSON AST model as IDL that loads back', () => {
    const r = run(['idl', 'models/iot/get-ota-update.json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('namespace com.amazonaws.iot');
    expect(r.stdout).toContain('operation GetOTAUpdate {');
  });
});

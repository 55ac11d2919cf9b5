/**
 * The README's runnable examples, run as a user would: the ajv contract test (tsx) and the Python
 * contract test (jsonschema ≥ 4.18 + referencing + regex; fails naming what is missing, never skips).
 */

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const examples = resolve(import.meta.dirname, '../examples');
const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const PY_MODULES = ['jsonschema', 'referencing', 'regex'];
// The machines' python3 ships these; where one is missing the test fails saying which and how to fix.
function requirePythonModules(): void {
  const probe = spawnSync('python3', ['-c', PY_MODULES.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
  if (probe.status === 0) return;
  const why = probe.error?.message ?? probe.stderr.trim().split('\n').pop();
  throw new Error(`python3 with ${PY_MODULES.join(', ')} is missing (${why}): contract_test.py needs them. To fix: python3 -m pip install 'jsonschema>=4.18' referencing regex`);
}

describe('README examples', () => {
  it('contract-test.ts: ajv strict mode with the schema document', () => {
    const run = spawnSync(tsx, [resolve(examples, 'contract-test.ts')], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      'GetOTAUpdateResponse: valid',
      'GetOTAUpdateResponse: invalid',
      '  otaUpdateInfo.otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$',
      'ThrottlingException: valid',
      '1 of 3 bodies break the contract',
      '',
    ]);
  });

  it('contract_test.py: the same document from Python (jsonschema, Draft 2020-12)', () => {
    requirePythonModules();
    const run = spawnSync('python3', [resolve(examples, 'contract_test.py')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("/otaUpdateInfo/description: 'line one\\nline two' does not match '^[^\\\\p{C}]+$'");
    expect(run.stdout).toContain('/otaUpdateInfo/otaUpdateFiles/0/fileType: 256 is greater than the maximum of 255');
    expect(run.stdout.match(/^valid$/gm)).toHaveLength(1);
  });
});

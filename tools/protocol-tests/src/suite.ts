/**
 * Where the suite lives: AWS's restJson1 protocol tests and the trait definitions they use, read
 * from `../shared/upstream` beside the repository (never copied in). Missing folders are named.
 */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const upstreamRoot = resolve(repoRoot, '../shared/upstream');
const smithy = join(upstreamRoot, 'smithy');

/** Folder of the suite's model files; case `file`s are relative to it. */
export const suiteModelDir = join(smithy, 'smithy-aws-protocol-tests/model');

/** The suite itself: every file under restJson1/ plus the shared types. */
export const suiteFiles = [join(suiteModelDir, 'restJson1'), join(suiteModelDir, 'shared-types.smithy')];

/** Trait definitions the suite refers to (smithy.test, aws.*, smithy.framework). */
export const traitFiles = [
  join(smithy, 'smithy-protocol-test-traits/src/main/resources/META-INF/smithy/smithy.test.smithy'),
  ...['api', 'auth', 'protocols', 'customizations'].map((n) => join(smithy, `smithy-aws-traits/src/main/resources/META-INF/smithy/aws.${n}.smithy`)),
  join(smithy, 'smithy-validation-model/model/smithy.framework.validation.smithy'),
];

/** The services whose packages are generated and whose operations the cases exercise. */
export const services = ['aws.protocoltests.restjson#RestJson', 'aws.protocoltests.restjson.validation#RestJsonValidation'] as const;

/** Every model path of the suite; throws naming the first one that is missing. */
export function suitePaths(): string[] {
  const paths = [...suiteFiles, ...traitFiles];
  const missing = paths.find((p) => !existsSync(p));
  if (missing) throw new Error(`the restJson1 protocol test suite is missing: ${missing} not found (expected ../shared/upstream beside the repository, see its README.md)`);
  return paths;
}

/** The suite's own `.smithy` files (not the trait definitions), sorted: where case ids are looked up. */
export function suiteSmithyFiles(): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else if (p.endsWith('.smithy')) out.push(p);
  };
  for (const p of suiteFiles) walk(p);
  return out;
}

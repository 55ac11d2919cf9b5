/**
 * pnpm exec tsx scripts/check-model.ts <model.json> [--service <shapeId>] [--operation <shapeId>]...
 *
 * Runs any Smithy JSON AST model through the same end-to-end check as the feature models
 * (tools/codegen/test/general/harness.ts): generates every package into a scratch copy of the
 * packages, type-checks them together with the hand-written runtime code, then checks at run time
 * that fixtures pass zod and ajv (strict and lenient) and that the MSW handlers answer every
 * operation and modeled error. Exits 1 on any diagnostic or failure. For models that are not
 * committed here (AWS's published ones), so a new model can be tried before it is adopted.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { generateWorkspace, removeWorkspace, runtimeCheck, typeCheck } from '../tools/codegen/test/general/harness.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { service: { type: 'string' }, operation: { type: 'string', multiple: true } } });
if (positionals.length !== 1) {
  process.stderr.write('usage: pnpm exec tsx scripts/check-model.ts <model.json> [--service <shapeId>] [--operation <shapeId>]...\n');
  process.exit(2);
}
const ws = generateWorkspace(resolve(positionals[0]!), { ...(values.service ? { service: values.service } : {}), ...(values.operation ? { operations: values.operation } : {}) }, 'check-model');
let failed = false;
try {
  process.stdout.write(`${ws.model.operations.length} operations, ${ws.model.shapes.size} shapes: ${ws.generatedFiles.length} files generated\n`);
  const diagnostics = [...typeCheck([ws]).values()].flat();
  process.stdout.write(`type-check: ${diagnostics.length} diagnostics\n`);
  for (const d of diagnostics.slice(0, 50)) process.stdout.write(`  ${d}\n`);
  const report = await runtimeCheck(ws);
  process.stdout.write(`runtime: ${report.checks} checks, ${report.failures.length} failures\n`);
  for (const f of report.failures.slice(0, 50)) process.stdout.write(`  ${f}\n`);
  failed = diagnostics.length > 0 || report.failures.length > 0 || report.checks === 0;
} finally {
  removeWorkspace(ws);
}
process.exit(failed ? 1 : 0);

/**
 * The synthetic large model (scripts/make-large-model.ts: 270 operations, 1,800+ shapes) generated
 * end to end and type-checked together with the packages' hand-written code, the way an AWS model
 * of that size would be. Also holds the script to its promise of covering every supported trait.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeLargeModel, writeLargeModel } from '../../../../scripts/make-large-model.js';
import { generateWorkspace, removeWorkspace, repoRoot, typeCheck, type Workspace } from './harness.js';

const TRAITS = [
  'timestampFormat', 'jsonName', 'default', 'required', 'clientOptional', 'length', 'range', 'pattern', 'uniqueItems', 'sparse',
  'httpLabel', 'httpQuery', 'httpQueryParams', 'httpHeader', 'httpPrefixHeaders', 'httpPayload', 'httpResponseCode',
  'error', 'httpError', 'retryable', 'sensitive', 'deprecated', 'idempotencyToken', 'paginated', 'mixin', 'documentation',
];

describe('the large model script', () => {
  const model = makeLargeModel();
  const shapes = Object.values(model.shapes);
  const text = JSON.stringify(model);

  it('is big enough', () => {
    expect(shapes.filter((s) => s.type === 'operation').length).toBeGreaterThanOrEqual(250);
    expect(shapes.length).toBeGreaterThanOrEqual(1500);
  });
  it('uses every shape kind and every trait the generator supports', () => {
    const kinds = new Set(shapes.map((s) => s.type));
    for (const k of ['blob', 'boolean', 'string', 'byte', 'short', 'integer', 'long', 'float', 'double', 'timestamp', 'enum', 'intEnum', 'list', 'map', 'structure', 'union', 'operation', 'service', 'resource']) expect(kinds, k).toContain(k);
    for (const t of ['BigInteger', 'BigDecimal', 'Document', 'Unit']) expect(text).toContain(`"smithy.api#${t}"`);
    for (const t of TRAITS) expect(text, t).toContain(`"smithy.api#${t}"`);
    for (const f of ['date-time', 'http-date', 'epoch-seconds']) expect(text).toContain(`"${f}"`);
    for (const p of ['\\\\p{Graph}', '\\\\p{Upper}', '\\\\p{Digit}', '\\\\p{Cntrl}', ']*+', '}++']) expect(text).toContain(p);
    expect(text).toContain('+}'); // a greedy label
  });
  it('is deterministic', () => {
    expect(JSON.stringify(makeLargeModel())).toBe(text);
  });
});

describe('the large model end to end', () => {
  let ws: Workspace | undefined;
  const dir = mkdtempSync(join(repoRoot, 'tools/codegen/test/out', 'large-model-src-'));
  afterAll(() => {
    if (ws) removeWorkspace(ws);
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates every package, and they type-check', () => {
    mkdirSync(dir, { recursive: true });
    const file = writeLargeModel(join(dir, 'large-model.json'));
    ws = generateWorkspace(file, {}, 'large-model');
    expect(ws.model.operations.length).toBeGreaterThanOrEqual(250);
    expect(typeCheck([ws])).toEqual(new Map([[ws.dir, []]]));
  }, 900_000);
});

/**
 * AWS's restJson1 protocol compliance suite as vitest cases, one `it` per case id, so CI runs them:
 * the same runner as `pnpm protocol-tests`. The packages of both suite services are generated once
 * (beforeAll), every case runs against them; skipped cases say why (the skip list, or not applicable).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateServices, loadSuite, runCase } from '../src/runner.js';
import type { ServiceWorkspace } from '../src/workspace.js';

const suite = loadSuite();
let generated = new Map<string, ServiceWorkspace>();

beforeAll(() => {
  generated = generateServices(suite);
}, 300_000);
afterAll(() => {
  for (const ws of generated.values()) ws.remove();
});

describe('restJson1 compliance', () => {
  it('collects every case of the suite', () => {
    // The suite's three test traits hold several hundred cases; an empty or tiny count means it was not found or not parsed.
    expect(suite.cases.length).toBeGreaterThan(400);
    // A request test and a response test may share an id; within one trait ids are unique.
    expect(new Set(suite.cases.map((c) => `${c.trait} ${c.id}`)).size).toBe(suite.cases.length);
  });

  for (const c of suite.cases) {
    it(`${c.trait} ${c.id}`, async (context) => {
      const result = await runCase(c, suite, generated);
      if (result.outcome.status === 'skipped') context.skip(result.outcome.reason);
      if (result.outcome.status === 'failed') expect.fail(result.outcome.reason);
    });
  }
});

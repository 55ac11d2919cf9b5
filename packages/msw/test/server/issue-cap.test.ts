/**
 * The strict schemas stop collecting issues at MAX_ISSUES (docs/VALIDATION.md, "Issue cap"), and
 * the mock's store check inherits it: a million invalid map values cost about what a million valid
 * ones do (before the cap: 4.7 s and 2 GB, a million issues), and the message stays short.
 */

import { createGetOTAUpdateStore } from '@ota-contract/msw';
import { formatIssues, MAX_ISSUES, OTAUpdateInfoSchema } from '@ota-contract/zod';
import { describe, expect, it } from 'vitest';
import { ContractViolationError } from '../../src/runtime/validation.js';

const N = 1_000_000;
const MORE = /… and more \(validation stops after \d+ issues\)$/;

function mapOf(n: number, value: (i: number) => unknown): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) map[`k${i}`] = value(i);
  return map;
}

/** Wall time and heap growth of one call (the median of 3 runs for time). */
function measure(run: () => void): { ms: number; heapMB: number } {
  const times: number[] = [];
  let heapMB = 0;
  for (let i = 0; i < 3; i++) {
    const heap = process.memoryUsage().heapUsed;
    const started = performance.now();
    run();
    times.push(performance.now() - started);
    heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - heap) / 1e6);
  }
  return { ms: times.sort((a, b) => a - b)[1]!, heapMB };
}

describe('issue cap of strict validation', () => {
  it(`stops after ${MAX_ISSUES} issues with a last "… and more" issue`, () => {
    const result = OTAUpdateInfoSchema.safeParse({ otaUpdateId: 'x', additionalParameters: mapOf(1000, (i) => i) });
    expect(result.success).toBe(false);
    const lines = formatIssues(result.error!);
    expect(lines).toHaveLength(MAX_ISSUES + 1);
    expect(lines[0]).toBe('additionalParameters.k0: must be a string');
    expect(lines.at(-1)).toMatch(MORE);
    // Under the cap, every issue is there and no marker.
    const few = OTAUpdateInfoSchema.safeParse({ otaUpdateId: 'x', additionalParameters: mapOf(3, (i) => i) });
    expect(formatIssues(few.error!)).toEqual(['additionalParameters.k0: must be a string', 'additionalParameters.k1: must be a string', 'additionalParameters.k2: must be a string']);
  });

  it('caps lists as well, and a valid value past the cap is still valid', () => {
    const files = Array.from({ length: 5000 }, () => ({ fileName: 7 }));
    const result = OTAUpdateInfoSchema.safeParse({ otaUpdateId: 'x', otaUpdateFiles: files });
    expect(formatIssues(result.error!).length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    expect(OTAUpdateInfoSchema.safeParse({ otaUpdateId: 'x', additionalParameters: mapOf(5000, String) }).success).toBe(true);
  });

  it(`${N.toLocaleString('en')} invalid map values cost no more than as many valid ones`, () => {
    const valid = { otaUpdateId: 'x', additionalParameters: mapOf(N, String) };
    const invalid = { otaUpdateId: 'x', additionalParameters: mapOf(N, (i) => i) };
    let issues = 0;
    const passing = measure(() => expect(OTAUpdateInfoSchema.safeParse(valid).success).toBe(true));
    const failing = measure(() => {
      const result = OTAUpdateInfoSchema.safeParse(invalid);
      issues = result.error!.issues.length;
    });
    console.info(`issue cap: ${N} valid values ${passing.ms.toFixed(0)} ms (+${passing.heapMB.toFixed(0)} MB heap), ${N} invalid ${failing.ms.toFixed(0)} ms (+${failing.heapMB.toFixed(0)} MB heap), ${issues} issues`);
    expect(issues).toBe(MAX_ISSUES + 1);
    // Relative bounds: the failing parse stops early, so it costs at most what the passing one does.
    expect(failing.ms).toBeLessThan(passing.ms * 1.5);
    expect(failing.heapMB).toBeLessThan(Math.max(passing.heapMB, 1) * 1.5);
  }, 120_000);

  it("the mock's store check reports the capped issues", () => {
    const store = createGetOTAUpdateStore();
    let error: unknown;
    try {
      store.put({ otaUpdateId: 'x', additionalParameters: mapOf(N, (i) => i) as unknown as Record<string, string> });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractViolationError);
    const { issues } = error as ContractViolationError;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toMatch(MORE);
    expect(store.size).toBe(0);
  }, 60_000);

  it('a million unknown properties make a short message too (one zod issue, one line per property, capped)', () => {
    const item: Record<string, unknown> = { otaUpdateId: 'x' };
    for (let i = 0; i < N; i++) item[`u${i}`] = 1;
    let error: unknown;
    try {
      createGetOTAUpdateStore().put(item as never);
    } catch (e) {
      error = e;
    }
    const { issues, message } = error as ContractViolationError;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0]).toBe('u0: is not allowed (unknown property)');
    expect(issues.at(-1)).toMatch(MORE);
    expect(message.length).toBeLessThan(10_000); // 47 MB before the cap
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { createMockControl } from '../../src/runtime/control.js';

const errors = {
  ThrottlingException: { httpStatus: 400, fault: 'client' },
  InternalFailureException: { httpStatus: 500, fault: 'server' },
} as const;

const plans = (control: ReturnType<typeof createMockControl>, n: number, op = 'Op') => Array.from({ length: n }, () => control.planCall(op));

describe('createMockControl', () => {
  it('fails the next call only, by default', () => {
    const control = createMockControl(errors);
    control.failNext('ThrottlingException', { message: 'slow down' });
    expect(plans(control, 2)).toEqual([{ delayMs: 0, failure: { error: 'ThrottlingException', message: 'slow down' } }, { delayMs: 0 }]);
  });

  it('fails the next n calls, then queued rules in order', () => {
    const control = createMockControl(errors);
    control.failNext('ThrottlingException', { times: 2 });
    control.failNext('InternalFailureException');
    expect(plans(control, 4).map((p) => p.failure?.error)).toEqual(['ThrottlingException', 'ThrottlingException', 'InternalFailureException', undefined]);
    expect(control.pending).toBe(0);
  });

  it('fails every call until cleared', () => {
    const control = createMockControl(errors);
    control.failAlways('InternalFailureException');
    expect(plans(control, 5).every((p) => p.failure?.error === 'InternalFailureException')).toBe(true);
    control.clearFailures();
    expect(control.planCall('Op').failure).toBeUndefined();
  });

  it('scopes rules to an operation', () => {
    const control = createMockControl(errors);
    control.failNext('ThrottlingException', { operation: 'B' });
    expect(control.planCall('A').failure).toBeUndefined();
    expect(control.planCall('B').failure?.error).toBe('ThrottlingException');
  });

  it('combines a delay with a failure on the same call', () => {
    const control = createMockControl(errors);
    control.delayNext(25, { times: 2 });
    control.failNext('ThrottlingException');
    expect(plans(control, 3)).toEqual([
      { delayMs: 25, failure: { error: 'ThrottlingException' } },
      { delayMs: 25 },
      { delayMs: 0 },
    ]);
    control.delayAlways(5);
    expect(plans(control, 3).map((p) => p.delayMs)).toEqual([5, 5, 5]);
  });

  it('rejects unknown errors and bad counts', () => {
    const control = createMockControl(errors);
    expect(() => control.failNext('NoSuchException' as 'ThrottlingException')).toThrow(/NoSuchException is not a modeled error \(known: ThrottlingException, InternalFailureException\)/);
    expect(() => control.failNext('ThrottlingException', { times: 0 })).toThrow(RangeError);
    expect(() => control.delayNext(-1)).toThrow(RangeError);
  });

  it('gives deterministic request ids that reset', () => {
    const control = createMockControl(errors);
    expect([control.requestIds.next(), control.requestIds.next()]).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
    control.failAlways('ThrottlingException');
    control.reset();
    expect(control.requestIds.next()).toBe('00000000-0000-4000-8000-000000000001');
    expect(control.pending).toBe(0);
  });
});

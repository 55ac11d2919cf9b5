/**
 * Failure and delay injection shared by every handler that uses one control: make the next call,
 * the next n calls, or every call fail with a modeled error, or wait before answering. Rules are
 * consumed in the order they were added; a rule scoped to an operation is skipped by the others.
 */

import { createRequestIds, type RequestIds } from './request-id.js';
import type { ErrorTable } from './responses.js';

export interface FailureOptions<Op extends string = string> {
  /** How many calls fail; ignored by `failAlways`. @default 1 */
  times?: number;
  /** The `message` of the error body. @default a short text derived from the error name */
  message?: string;
  /** Only calls of this operation fail (e.g. `'GetOTAUpdate'`). @default every operation */
  operation?: Op;
}

export interface DelayOptions<Op extends string = string> {
  /** How many calls wait; ignored by `delayAlways`. @default 1 */
  times?: number;
  /** Only calls of this operation wait. @default every operation */
  operation?: Op;
}

/** What a handler must do for one call, decided before it looks at the request. */
export interface CallPlan {
  delayMs: number;
  failure?: { error: string; message?: string };
}

interface Rule {
  kind: 'fail' | 'delay';
  remaining: number; // Infinity for "always"
  operation?: string;
  error?: string;
  message?: string;
  delayMs?: number;
}

export interface MockControl<E extends string = string, Op extends string = string> {
  /** The next call (or the next `times` calls) fails with `error` at its modeled status. */
  failNext(error: E, options?: FailureOptions<Op>): void;
  /** Every call fails with `error` until `reset()` or `clearFailures()`. */
  failAlways(error: E, options?: Omit<FailureOptions<Op>, 'times'>): void;
  /** The next call (or the next `times` calls) waits `ms` milliseconds before answering. */
  delayNext(ms: number, options?: DelayOptions<Op>): void;
  /** Every call waits `ms` milliseconds until `reset()`. */
  delayAlways(ms: number, options?: Omit<DelayOptions<Op>, 'times'>): void;
  /** Drops pending failures and delays. */
  clearFailures(): void;
  /** Drops failures and delays and restarts request ids at 1. Stores are separate: clear them yourself. */
  reset(): void;
  /** Number of pending rules (an `always` rule counts once). */
  readonly pending: number;
  /** Consumed by handlers: the plan for one call of `operation`. */
  planCall(operation: string): CallPlan;
  /** Request ids, deterministic: see `createRequestIds`. */
  readonly requestIds: RequestIds;
  /** The modeled errors this control accepts. */
  readonly errors: ErrorTable;
}

function checkTimes(times: number): number {
  if (!Number.isInteger(times) || times < 1) throw new RangeError(`times must be a positive integer, got ${times}`);
  return times;
}

function checkDelay(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`a delay must be a finite number of milliseconds ≥ 0, got ${ms}`);
  return ms;
}

/** A control for the errors of one model (pass the generated `mockErrors`). */
export function createMockControl<E extends string, Op extends string = string>(errors: ErrorTable & Record<E, unknown>): MockControl<E, Op> {
  let rules: Rule[] = [];
  const requestIds = createRequestIds();
  const checkError = (error: string): string => {
    if (!Object.hasOwn(errors, error)) throw new Error(`${error} is not a modeled error (known: ${Object.keys(errors).join(', ')})`);
    return error;
  };
  const scoped = (operation: string | undefined): { operation?: string } => (operation === undefined ? {} : { operation });

  return {
    errors,
    requestIds,
    failNext(error, options = {}) {
      rules.push({ kind: 'fail', error: checkError(error), remaining: checkTimes(options.times ?? 1), ...scoped(options.operation), ...(options.message === undefined ? {} : { message: options.message }) });
    },
    failAlways(error, options = {}) {
      rules.push({ kind: 'fail', error: checkError(error), remaining: Infinity, ...scoped(options.operation), ...(options.message === undefined ? {} : { message: options.message }) });
    },
    delayNext(ms, options = {}) {
      rules.push({ kind: 'delay', delayMs: checkDelay(ms), remaining: checkTimes(options.times ?? 1), ...scoped(options.operation) });
    },
    delayAlways(ms, options = {}) {
      rules.push({ kind: 'delay', delayMs: checkDelay(ms), remaining: Infinity, ...scoped(options.operation) });
    },
    clearFailures() {
      rules = [];
    },
    reset() {
      rules = [];
      requestIds.reset();
    },
    get pending() {
      return rules.length;
    },
    planCall(operation) {
      const plan: CallPlan = { delayMs: 0 };
      if (rules.length === 0) return plan;
      let failure: Rule | undefined;
      let delay: Rule | undefined;
      // The first matching rule of each kind applies; a call both waits and fails when both are queued.
      for (const rule of rules) {
        if (rule.operation !== undefined && rule.operation !== operation) continue;
        if (rule.kind === 'fail') failure ??= rule;
        else delay ??= rule;
      }
      for (const rule of [failure, delay]) if (rule) rule.remaining -= 1;
      rules = rules.filter((r) => r.remaining > 0);
      if (delay) plan.delayMs = delay.delayMs!;
      if (failure) plan.failure = { error: failure.error!, ...(failure.message === undefined ? {} : { message: failure.message }) };
      return plan;
    },
  };
}

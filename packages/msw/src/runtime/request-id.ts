/**
 * Deterministic request ids. AWS sends a UUID in `x-amzn-RequestId`; a mock that used
 * `crypto.randomUUID()` or the clock would make every test run differ, so ids come from a counter
 * (`00000000-0000-4000-8000-000000000001`, ...) that `reset()` rewinds.
 */

export interface RequestIds {
  /** The next id; the first is `...000000000001`. */
  next(): string;
  /** Start again from 1. */
  reset(): void;
}

export function createRequestIds(): RequestIds {
  let counter = 0;
  return {
    next() {
      counter += 1;
      return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
    },
    reset() {
      counter = 0;
    },
  };
}

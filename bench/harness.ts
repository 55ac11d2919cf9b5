/** The timing loop shared by the in-process benchmarks (validate, fixtures). */

export interface Case {
  name: string;
  run: () => unknown;
}

let sink = 0;

/** Keeps results observable so the engine cannot drop the measured calls. */
export function sinkValue(): number {
  return sink;
}

/**
 * Runs `c` for about `ms` milliseconds, in batches so the clock is read rarely; returns ops/s.
 * `firstBatch` sizes the first batch (small for slow cases, larger for fast ones).
 */
export function measure(c: Case, ms: number, firstBatch = 16): number {
  let ops = 0;
  let batch = firstBatch;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) sink += c.run() ? 1 : 0;
    ops += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (ops * 1000) / elapsed;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Runs the strict and lenient standalone compilations beside the other emitters: a worker thread,
 * started before they run, claims the jobs one at a time from a shared counter; when this thread
 * has finished the other packages it claims whatever job is left, then collects the worker's
 * results. On 2 cores the validators then compile while this thread writes types, zod, fixtures and
 * msw, and neither thread waits for a job the other could have taken (BENCHMARKS.md).
 *
 * The emitter API is synchronous, so this thread blocks on `Atomics.wait` until the worker counts
 * a result posted, then takes it off the port with `receiveMessageOnPort`; no event loop is
 * needed. The worker script exists only next to the CLI bundle (bin/bundle.js builds it); run from
 * the sources (tsx, vitest) the jobs run one after the other. Either way the output is the same
 * bytes: every job gets a fresh ajv instance. `OTA_CODEGEN_WORKERS=off` turns workers off;
 * `on` uses them even for small models and fails without the worker script (tests compare both).
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { compileStandalone, type StandaloneJob, type StandaloneResult } from './standalone.js';

/** What a worker receives (`workerData`). */
export interface WorkerInput {
  jobs: readonly StandaloneJob[];
  port: MessagePort;
  /**
   * Int32Array over a SharedArrayBuffer: element 0 is the next job index to claim (`Atomics.add`,
   * shared with the main thread), element 1 counts the results the worker has posted.
   */
  state: Int32Array;
}

export type WorkerOutput = { index: number; result: StandaloneResult } | { index: number; error: string };

/** `state` elements (see WorkerInput). */
export const NEXT_JOB = 0;
export const POSTED = 1;

/** Model size (shapes in the closure) from which starting a worker (~100 ms) pays for itself. */
export const WORKERS_FROM_SHAPES = 150;

/** How long to wait for a worker before declaring it lost (one that died without answering). */
const WORKER_TIMEOUT_MS = 10 * 60 * 1000;

const workerFile = fileURLToPath(new URL('./standalone-worker.mjs', import.meta.url));

type WorkerSetting = 'auto' | 'on' | 'off';

function workerSetting(): WorkerSetting {
  const value = process.env.OTA_CODEGEN_WORKERS ?? 'auto';
  if (value === 'auto' || value === 'on' || value === 'off') return value;
  throw new Error(`OTA_CODEGEN_WORKERS must be auto, on or off (got ${JSON.stringify(value)})`);
}

/** Whether `jobs` (for a model of `shapeCount` shapes) go to worker threads. */
export function useWorkers(jobCount: number, shapeCount: number): boolean {
  const setting = workerSetting();
  if (setting === 'off' || jobCount < 2) return false;
  const available = existsSync(workerFile);
  if (setting === 'on' && !available) throw new Error(`OTA_CODEGEN_WORKERS=on, but there is no worker script at ${workerFile} (it is built with the CLI bundle: run bin/ota-codegen.js)`);
  return available && (setting === 'on' || shapeCount >= WORKERS_FROM_SHAPES);
}

/** Jobs under way: `finish()` returns every job's result, in job order. */
export interface StartedJobs {
  finish(): StandaloneResult[];
}

/**
 * Starts a worker thread that claims the jobs one at a time, when workers are available and worth
 * it; `finish()` claims on this thread whatever the worker has not taken yet, then collects the
 * worker's results. Which thread compiles a job changes nothing in its output.
 */
export function startStandaloneJobs(jobs: readonly StandaloneJob[], shapeCount: number): StartedJobs {
  if (!useWorkers(jobs.length, shapeCount)) return { finish: () => jobs.map(compileStandalone) };
  const state = new Int32Array(new SharedArrayBuffer(8));
  // One worker: a second one (one per mode) cost more CPU than it saved wall time (BENCHMARKS.md).
  const workers = Array.from({ length: 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { jobs, port: port2, state };
    const worker = new Worker(workerFile, { workerData: input, transferList: [port2] });
    worker.unref();
    return { worker, port: port1 };
  });
  return {
    finish() {
      try {
        const results: (StandaloneResult | undefined)[] = new Array(jobs.length);
        let own = 0;
        for (let i = Atomics.add(state, NEXT_JOB, 1); i < jobs.length; i = Atomics.add(state, NEXT_JOB, 1)) {
          results[i] = compileStandalone(jobs[i]!);
          own++;
        }
        collect(workers.map((w) => w.port), state, jobs.length - own, results);
        return results as StandaloneResult[];
      } finally {
        for (const { worker, port } of workers) {
          port.close();
          // Done (or no longer wanted): terminating lets the process exit without waiting for it.
          void worker.terminate();
        }
      }
    },
  };
}

/** Blocks until the worker has posted `expected` results, and stores them by job index. */
function collect(ports: readonly MessagePort[], state: Int32Array, expected: number, results: (StandaloneResult | undefined)[]): void {
  for (let received = 0; received < expected; ) {
    const posted = Atomics.load(state, POSTED);
    if (posted === received && Atomics.wait(state, POSTED, posted, WORKER_TIMEOUT_MS) === 'timed-out') {
      throw new Error('json-schema: a validator worker gave no result (timed out)');
    }
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const message = m.message as WorkerOutput;
        if ('error' in message) throw new Error(message.error);
        results[message.index] = message.result;
        received++;
      }
    }
  }
}

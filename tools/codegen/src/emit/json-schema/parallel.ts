/**
 * Runs the strict and lenient standalone compilations side by side: the lenient one (the larger)
 * on a worker thread, started before the other emitters run, and the strict one on this thread
 * after them. ajv's code generation is most of the generator's time on large models, and the modes
 * share nothing: on 2 cores the large model's run drops from 6.8 s to 5.9 s (BENCHMARKS.md); less
 * than half, as the two threads' garbage collection then competes for the same cores.
 *
 * The emitter API is synchronous, so this thread blocks on `Atomics.wait` until each worker flags
 * its result, then takes the result off its port with `receiveMessageOnPort`; no event loop is
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
  job: StandaloneJob;
  port: MessagePort;
  /** Int32Array over a SharedArrayBuffer: element 0 becomes 1 when the result is on the port. */
  done: Int32Array;
}

export type WorkerOutput = { result: StandaloneResult } | { error: string };

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

interface Pending {
  worker: Worker;
  port: MessagePort;
  done: Int32Array;
}

function startWorker(job: StandaloneJob): Pending {
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { job, port: port2, done };
  const worker = new Worker(workerFile, { workerData: input, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, done };
}

function awaitWorker({ port, done }: Pending): StandaloneResult {
  const status = Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS);
  const message = receiveMessageOnPort(port)?.message as WorkerOutput | undefined;
  port.close();
  if (!message) throw new Error(`json-schema: a validator worker gave no result (${status === 'timed-out' ? 'timed out' : 'no message'})`);
  if ('error' in message) throw new Error(message.error);
  return message.result;
}

/** Jobs under way: `finish()` compiles the first job on this thread and collects the others. */
export interface StartedJobs {
  finish(): StandaloneResult[];
}

/**
 * Starts every job but the first on a worker thread, when workers are available and worth it, so
 * they compile while this thread does other work; `finish()` returns the results in job order.
 */
export function startStandaloneJobs(jobs: readonly StandaloneJob[], shapeCount: number): StartedJobs {
  if (!useWorkers(jobs.length, shapeCount)) return { finish: () => jobs.map(compileStandalone) };
  const [first, ...rest] = jobs;
  const pending = rest.map(startWorker);
  return {
    finish() {
      try {
        const firstResult = compileStandalone(first!);
        return [firstResult, ...pending.map(awaitWorker)];
      } finally {
        // Done (or no longer wanted): terminating lets the process exit without waiting for them.
        for (const { worker } of pending) void worker.terminate();
      }
    },
  };
}

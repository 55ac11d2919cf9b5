/**
 * Runs the emitters on two threads for large models. The emitters are pure functions of the IR, so
 * a worker thread gets a structured clone of the model (about 15 ms each way for AWS IoT's 1,737
 * shapes) and both threads claim emitters one at a time from a shared counter, heaviest first,
 * until none is left; then this thread collects the worker's files. Under any load the two threads
 * stay busy until the end, and which thread ran an emitter changes nothing in its files.
 *
 * The emitter API is synchronous, so this thread blocks on `Atomics.wait` until the worker counts a
 * result posted, then takes it off the port with `receiveMessageOnPort`. The worker script exists
 * only next to the CLI bundle (bin/bundle.js builds it); run from the sources (tsx, vitest) the
 * emitters run one after the other. By default (`auto`) the worker is used for models of 150 shapes
 * or more while the machine has had a core to spare; `OTA_CODEGEN_WORKERS=off` turns it off, `on` uses it
 * always and fails without the worker script (tests compare both).
 */

import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { IrModel } from '../ir/types.js';
import type { Emitter, GeneratedFile } from './emitter.js';
import { emitters as registry } from './index.js';

/** What the worker receives (`workerData`). */
export interface WorkerInput {
  model: IrModel;
  /** Emitter names in claim order. */
  names: readonly string[];
  port: MessagePort;
  /**
   * Int32Array over a SharedArrayBuffer: element 0 is the next emitter index to claim
   * (`Atomics.add`, shared with this thread), element 1 counts the results the worker has posted,
   * element 2 turns 1 once the worker has made its first claim.
   */
  state: Int32Array;
}

export type WorkerOutput = { index: number; files: GeneratedFile[]; ms: number } | { index: number; error: string };

/** `state` elements (see WorkerInput). */
export const NEXT_EMITTER = 0;
export const POSTED = 1;
export const WORKER_CLAIMED = 2;

/** Model size (shapes in the closure) from which a worker (~100 ms to start) pays for itself. */
export const WORKERS_FROM_SHAPES = 150;

/**
 * Cores the machine's other processes may keep busy for a second thread still to pay: with more,
 * the two threads share one core with that work and the run is slower than on one thread (IoT on
 * 2 shared cores: 2.3–2.6 s against 2.0–2.2 s, BENCHMARKS.md).
 */
export const WORKER_TOLERATES_BUSY_CORES = 0.3;

/**
 * Claim order, heaviest first (their share of generating AWS IoT, BENCHMARKS.md), so the last
 * emitter claimed is a short one and neither thread idles long at the end. Others go last.
 */
const HEAVIEST_FIRST = ['json-schema', 'zod', 'types', 'fixtures', 'openapi', 'msw'];

const WORKER_TIMEOUT_MS = 10 * 60 * 1000;

interface CpuSample {
  /** Busy milliseconds summed over the machine's cores. */
  machineBusy: number;
  /** This process's CPU milliseconds (every thread). */
  own: number;
  at: number;
}

function sampleCpus(): CpuSample {
  let machineBusy = 0;
  for (const { times } of cpus()) machineBusy += times.user + times.nice + times.sys + times.irq;
  const { user, system } = process.cpuUsage();
  return { machineBusy, own: (user + system) / 1000, at: performance.now() };
}

let lastSample = sampleCpus();

/**
 * Cores other processes kept busy since the last call (first: since this module loaded, i.e. while
 * the CLI read the model and built the IR): an instant reading, which the one-minute load average
 * is not, and one that leaves out this process's own threads (V8 compiles and collects garbage on
 * the other core meanwhile). Undefined when the window is too short for the kernel's 10 ms ticks.
 */
function othersBusyCores(): number | undefined {
  const now = sampleCpus();
  const window = now.at - lastSample.at;
  const others = now.machineBusy - lastSample.machineBusy - (now.own - lastSample.own);
  lastSample = now;
  if (window < 100) return undefined;
  return Math.max(0, others) / window;
}

const workerFile = fileURLToPath(new URL('./emit-worker.mjs', import.meta.url));

type WorkerSetting = 'auto' | 'on' | 'off';

function workerSetting(): WorkerSetting {
  const value = process.env.OTA_CODEGEN_WORKERS ?? 'auto';
  if (value === 'auto' || value === 'on' || value === 'off') return value;
  throw new Error(`OTA_CODEGEN_WORKERS must be auto, on or off (got ${JSON.stringify(value)})`);
}

/** Whether `emitterCount` emitters of a model of `shapeCount` shapes share the work with a worker. */
export function useWorker(emitterCount: number, shapeCount: number, setting = workerSetting()): boolean {
  if (setting === 'off' || emitterCount < 2) return false;
  const available = existsSync(workerFile);
  if (setting === 'on' && !available) throw new Error(`OTA_CODEGEN_WORKERS=on, but there is no worker script at ${workerFile} (it is built with the CLI bundle: run bin/ota-codegen.js)`);
  if (!available) return false;
  if (setting === 'on') return true;
  if (shapeCount < WORKERS_FROM_SHAPES) return false;
  const busy = othersBusyCores();
  return busy !== undefined && busy <= WORKER_TOLERATES_BUSY_CORES;
}

function claimOrder(emitters: readonly Emitter[]): Emitter[] {
  const rank = (e: Emitter) => {
    const i = HEAVIEST_FIRST.indexOf(e.name);
    return i < 0 ? HEAVIEST_FIRST.length : i;
  };
  return [...emitters].sort((a, b) => rank(a) - rank(b));
}

export type EmittedCallback = (name: string, ms: number, onWorker: boolean) => void;

/**
 * Each emitter's files, in the order of `emitters`; `onEmitted` is told each emitter's own time and
 * whether the worker ran it.
 */
export function runEmitters(model: IrModel, emitters: readonly Emitter[], onEmitted: EmittedCallback = () => {}): GeneratedFile[][] {
  const timed = (emitter: Emitter): GeneratedFile[] => {
    const start = performance.now();
    const files = emitter.emit(model);
    onEmitted(emitter.name, performance.now() - start, false);
    return files;
  };
  // The worker knows the registered emitters only (it looks them up by name).
  const registered = emitters.every((e) => registry.includes(e));
  const setting = workerSetting();
  if (!registered || !useWorker(emitters.length, model.shapeOrder.length, setting)) return emitters.map(timed);
  const order = claimOrder(emitters);
  const state = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { model, names: order.map((e) => e.name), port: port2, state };
  const worker = new Worker(workerFile, { workerData: input, transferList: [port2] });
  worker.unref();
  try {
    const results: (GeneratedFile[] | undefined)[] = new Array(order.length);
    // Forced on, the worker takes part even when this thread could do everything before it starts.
    if (setting === 'on' && Atomics.wait(state, WORKER_CLAIMED, 0, WORKER_TIMEOUT_MS) === 'timed-out') throw new Error('codegen: the emitter worker did not start (timed out)');
    let own = 0;
    for (let i = Atomics.add(state, NEXT_EMITTER, 1); i < order.length; i = Atomics.add(state, NEXT_EMITTER, 1)) {
      results[i] = timed(order[i]!);
      own++;
    }
    const failed = collect(port1, state, order.length - own, results, (index, ms) => onEmitted(order[index]!.name, ms, true));
    // An emitter that threw on the worker runs again here, so its own error (class, model pointer) is raised.
    for (const index of failed) results[index] = timed(order[index]!);
    return emitters.map((e) => results[order.indexOf(e)]!);
  } finally {
    port1.close();
    // Done (or no longer wanted): terminating lets the process exit without waiting for it.
    void worker.terminate();
  }
}

/** Blocks until the worker has posted `expected` results; stores them by index and returns the indexes that failed. */
function collect(port: MessagePort, state: Int32Array, expected: number, results: (GeneratedFile[] | undefined)[], onEmitted: (index: number, ms: number) => void): number[] {
  const failed: number[] = [];
  for (let received = 0; received < expected; ) {
    const posted = Atomics.load(state, POSTED);
    if (posted === received && Atomics.wait(state, POSTED, posted, WORKER_TIMEOUT_MS) === 'timed-out') {
      throw new Error('codegen: the emitter worker gave no result (timed out)');
    }
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const message = m.message as WorkerOutput;
      if ('error' in message) failed.push(message.index);
      else {
        results[message.index] = message.files;
        onEmitted(message.index, message.ms);
      }
      received++;
    }
  }
  return failed;
}

/**
 * Worker-thread entry (see parallel.ts): claims emitters until none is left, running each on the
 * model it was given and handing the files back through its port, then waking the waiting thread.
 * bin/bundle.js builds this file into dist/ next to the CLI bundle.
 */

import { workerData } from 'node:worker_threads';
import { emitters } from './index.js';
import { NEXT_EMITTER, POSTED, WORKER_CLAIMED, type WorkerInput, type WorkerOutput } from './parallel.js';

const { model, names, port, state } = workerData as WorkerInput;
const byName = new Map(emitters.map((e) => [e.name, e]));
for (let index = Atomics.add(state, NEXT_EMITTER, 1); index < names.length; index = Atomics.add(state, NEXT_EMITTER, 1)) {
  if (Atomics.compareExchange(state, WORKER_CLAIMED, 0, 1) === 0) Atomics.notify(state, WORKER_CLAIMED);
  let output: WorkerOutput;
  try {
    const emitter = byName.get(names[index]!);
    if (!emitter) throw new Error(`no emitter ${names[index]}`);
    const start = performance.now();
    const files = emitter.emit(model);
    output = { index, files, ms: performance.now() - start };
  } catch (e) {
    // The main thread runs this emitter again to raise the error itself.
    output = { index, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(output);
  Atomics.add(state, POSTED, 1);
  Atomics.notify(state, POSTED);
}
// Claimed nothing (this thread took everything): whoever waits for a first claim waits no longer.
if (Atomics.compareExchange(state, WORKER_CLAIMED, 0, 1) === 0) Atomics.notify(state, WORKER_CLAIMED);
port.close();

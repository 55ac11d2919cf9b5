/**
 * Worker-thread entry: claims jobs (see parallel.ts) until none is left, compiling each and handing
 * the result back through the port it was given, then waking the waiting thread. bin/bundle.js
 * builds this file into dist/ next to the CLI bundle.
 */

import { workerData } from 'node:worker_threads';
import { NEXT_JOB, POSTED, type WorkerInput, type WorkerOutput } from './parallel.js';
import { compileStandalone } from './standalone.js';

const { jobs, port, state } = workerData as WorkerInput;
for (let index = Atomics.add(state, NEXT_JOB, 1); index < jobs.length; index = Atomics.add(state, NEXT_JOB, 1)) {
  let output: WorkerOutput;
  try {
    output = { index, result: compileStandalone(jobs[index]!) };
  } catch (e) {
    output = { index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(output);
  Atomics.add(state, POSTED, 1);
  Atomics.notify(state, POSTED);
}
port.close();

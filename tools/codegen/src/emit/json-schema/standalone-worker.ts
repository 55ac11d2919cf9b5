/**
 * Worker-thread entry: compiles one standalone job (see parallel.ts) and hands the result back
 * through the port it was given, then wakes the waiting thread. bin/bundle.js builds this file
 * into dist/ next to the CLI bundle.
 */

import { workerData } from 'node:worker_threads';
import type { WorkerInput, WorkerOutput } from './parallel.js';
import { compileStandalone } from './standalone.js';

const { job, port, done } = workerData as WorkerInput;
let output: WorkerOutput;
try {
  output = { result: compileStandalone(job) };
} catch (e) {
  output = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
port.postMessage(output);
port.close();
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);

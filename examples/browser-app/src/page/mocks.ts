/**
 * Mocking for the page: the generated handlers in a service worker (msw/browser), a store seeded
 * with a fixture, and — for demos and tests — `?fail=<ErrorName>` to make the next call fail.
 */

import { getOTAUpdateStore, handlers, mockControl } from '@ota-contract/msw';
import { setupWorker } from 'msw/browser';
import { demoUpdate } from './demo-data.js';

type ErrorName = Parameters<typeof mockControl.failNext>[0];

/** Starts the worker; returns the id of the seeded OTA update. */
export async function startMocking(params: URLSearchParams): Promise<string> {
  getOTAUpdateStore.put(demoUpdate());
  const fail = params.get('fail');
  if (fail) mockControl.failNext(fail as ErrorName, { message: `forced by ?fail=${fail}` });
  const worker = setupWorker(...handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  return getOTAUpdateStore.keys()[0]!;
}

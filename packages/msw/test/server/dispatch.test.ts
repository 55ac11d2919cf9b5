/**
 * The server's direct dispatch (dispatch.ts) answers exactly as msw's getResponse does for the
 * runtime's handlers, and leaves any list holding another handler to msw.
 */

import { fixtures } from '@ota-contract/fixtures';
import { createGetOTAUpdateStore, createMockControl, getOTAUpdateHandler, mockErrors } from '@ota-contract/msw';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/server/dispatch.js';

const item = fixtures.OTAUpdateInfo.build({ seed: 3 });
const base = 'http://127.0.0.1:4010';

async function snapshot(response: Response | undefined) {
  if (!response) return undefined;
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

/** A fresh handler (own store and control, so request ids line up) per side. */
const handler = () => getOTAUpdateHandler({ store: createGetOTAUpdateStore().put(item), control: createMockControl(mockErrors) });

describe('direct dispatch', () => {
  it.each([
    ['found', 'GET', `/otaUpdates/${item.otaUpdateId}`],
    ['not found', 'GET', '/otaUpdates/none'],
    ['invalid id', 'GET', '/otaUpdates/not%20valid'],
    ['malformed escape', 'GET', '/otaUpdates/%E0%A4%A'],
    ['other method', 'DELETE', `/otaUpdates/${item.otaUpdateId}`],
    ['other path', 'GET', '/things'],
  ])('%s: the same answer as msw getResponse', async (_name, method, path) => {
    const viaMsw = await snapshot(await getResponse([handler()], new Request(base + path, { method })));
    const direct = await snapshot(await createDispatch([handler()])(new Request(base + path, { method })));
    expect(direct).toEqual(viaMsw);
  });

  it('a list with a handler from elsewhere goes through msw', async () => {
    const dispatch = createDispatch([http.get('*/otaUpdates/custom', () => HttpResponse.json({ custom: true })), handler()]);
    expect(await (await dispatch(new Request(`${base}/otaUpdates/custom`)))!.json()).toEqual({ custom: true });
    expect((await dispatch(new Request(`${base}/otaUpdates/${item.otaUpdateId}`)))!.status).toBe(200);
  });
});

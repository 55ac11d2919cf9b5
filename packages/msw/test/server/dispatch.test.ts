/**
 * The server's direct dispatch (dispatch.ts) answers exactly as msw's getResponse does for the
 * runtime's handlers, and leaves any list holding another handler to msw.
 */

import { fixtures } from '@ota-contract/fixtures';
import { createGetOTAUpdateStore, createMockControl, getOTAUpdateHandler, mockErrors } from '@ota-contract/msw';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/server/dispatch.js';
import { wireFromFetch, type WireResponse } from '../../src/runtime/wire.js';

const item = fixtures.OTAUpdateInfo.build({ seed: 3 });
const base = 'http://127.0.0.1:4010';

async function snapshot(response: Response | WireResponse | undefined) {
  if (!response) return undefined;
  if (!(response instanceof Response)) response = new Response(response.body, { status: response.status, headers: response.headers as Record<string, string> });
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

const dispatchOf = (handlers: Parameters<typeof createDispatch>[0]) => {
  const dispatch = createDispatch(handlers);
  return async (request: Request) => dispatch(await wireFromFetch(request));
};

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
    ['unacceptable Accept', 'GET', `/otaUpdates/${item.otaUpdateId}`, { accept: 'text/html' }],
    ['Accept with parameters', 'GET', `/otaUpdates/${item.otaUpdateId}`, { accept: 'application/json;q=0.9, */*;q=0.1' }],
    ['another method, with a body', 'POST', `/otaUpdates/${item.otaUpdateId}`, { 'content-type': 'text/plain' }, 'x'],
  ] as [string, string, string, Record<string, string>?, string?][])('%s: the same answer as msw getResponse', async (_name, method, path, headers = {}, body = undefined) => {
    const request = () => new Request(base + path, { method, headers, ...(body === undefined ? {} : { body }) });
    const viaMsw = await snapshot(await getResponse([handler()], request()));
    const direct = await snapshot(await dispatchOf([handler()])(request()));
    expect(direct).toEqual(viaMsw);
  });

  it('a list with a handler from elsewhere goes through msw', async () => {
    const dispatch = dispatchOf([http.get('*/otaUpdates/custom', () => HttpResponse.json({ custom: true })), handler()]);
    const custom = await dispatch(new Request(`${base}/otaUpdates/custom`));
    expect(custom).toBeInstanceOf(Response);
    expect(await (custom as Response).json()).toEqual({ custom: true });
    expect((await dispatch(new Request(`${base}/otaUpdates/${item.otaUpdateId}`)))!.status).toBe(200);
  });
});

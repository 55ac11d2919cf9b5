/**
 * The Content-Encoding step in Debian's Chromium (playwright-core), where the MSW handlers run in a
 * page or service worker: the zod client's `compressRequestBody` gzips in the page, the msw
 * runtime's `decodeRequestBody` undoes it there, and a gzip bomb stops at the bound.
 */

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireChromium } from '../../../../scripts/test-prereqs.mjs';

const ENTRY = `
import { decodeRequestBody } from ${JSON.stringify(fileURLToPath(new URL('../../src/runtime/content-encoding.ts', import.meta.url)))};
import { compressRequestBody } from ${JSON.stringify(fileURLToPath(new URL('../../../zod/src/runtime/client/compression.ts', import.meta.url)))};
const request = (headers, body) => ({ headers: new Headers(headers), body, text: async () => '', arrayBuffer: async () => new ArrayBuffer(0) });
globalThis.roundTrip = async (text) => {
  const sent = await compressRequestBody(text, 'custom', { encodings: ['gzip'] }, { minBytes: 0 });
  const got = await decodeRequestBody(request({ 'content-encoding': sent.contentEncoding }, sent.body), { modeled: true });
  return { sent: sent.contentEncoding, ok: got.ok, text: got.ok ? await got.request.text() : got.message, left: got.ok ? got.request.headers.get('content-encoding') : null };
};
globalThis.bomb = async () => {
  const zeros = await compressRequestBody(new Uint8Array(8 * 1024 * 1024), null, { encodings: ['gzip'] }, { minBytes: 0 });
  const got = await decodeRequestBody(request({ 'content-encoding': 'gzip' }, zeros.body), { modeled: false });
  return { compressed: zeros.body.length, status: got.ok ? 200 : got.status };
};
`;

let browser: Browser;
let script: string;

beforeAll(async () => {
  const [bundle, launched] = await Promise.all([
    build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', write: false }),
    chromium.launch({ executablePath: requireChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu'] }),
  ]);
  script = bundle.outputFiles[0]!.text;
  browser = launched;
});

afterAll(async () => {
  await browser?.close();
});

it('gzips and gunzips in the page, leaving the caller\'s coding, and stops a gzip bomb at 1 MiB', async () => {
  const page = await browser.newPage();
  await page.addScriptTag({ content: script });
  const text = JSON.stringify({ data: 'é'.repeat(5000) });
  expect(await page.evaluate((t) => (globalThis as unknown as { roundTrip(t: string): Promise<unknown> }).roundTrip(t), text)).toEqual({ sent: 'custom, gzip', ok: true, text, left: 'custom' });
  const bomb = (await page.evaluate(() => (globalThis as unknown as { bomb(): Promise<{ compressed: number; status: number }> }).bomb()));
  expect(bomb.compressed).toBeLessThan(20_000);
  expect(bomb.status).toBe(413);
  await page.close();
});

/**
 * The example page in Debian's Chromium (driven by playwright-core): the real AWS SDK in the page,
 * answered by the generated handlers in MSW's service worker. Checks the rendered update against
 * the fixture the page seeds, and the error state for forced and lookup errors.
 */

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../../../scripts/test-prereqs.mjs';
import { bundlePage, publicDir } from '../src/dev/bundle.js';
import { serveStatic, type StaticServer } from '../src/dev/static-server.js';
import { demoUpdate } from '../src/page/demo-data.js';
import { describeUpdate } from '../src/page/render.js';

// Debian's chromium: a missing one fails the file with the tool's name and the fix (never a skip).
const CHROMIUM = (): string => requireChromium();
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'browser-app-'));
  const [bundle] = await Promise.all([bundlePage(outdir), chromium.launch({ executablePath: CHROMIUM(), args: ARGS }).then((b) => (browser = b))]);
  expect(bundle.bytes).toBeGreaterThan(0);
  server = await serveStatic([outdir, publicDir]);
  // One context for all pages: the service worker registers once; each navigation still starts
  // the page (store, failures) afresh.
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page and waits for it to settle (`data-state` leaves `loading`). */
async function open(query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${server.url}/${query}`);
  await page.waitForSelector('body:not([data-state="loading"])', { timeout: 20_000 });
  return { page, problems };
}

describe('browser app', () => {
  it('shows the OTA update the mock serves, field by field', async () => {
    const { page, problems } = await open('');
    expect(await page.getAttribute('body', 'data-state')).toBe('ready');
    const shown = await page.$$eval('[data-field]', (els) => els.map((el) => [el.getAttribute('data-field'), el.textContent]));
    const expected = describeUpdate(demoUpdate()).map(([field, , text]) => [field, text]);
    expect(shown).toEqual(expected);
    expect(shown.map(([field]) => field)).toEqual(expect.arrayContaining(['otaUpdateId', 'otaUpdateStatus', 'creationDate']));
    expect(problems).toEqual([]);
    const screenshots = fileURLToPath(new URL('../../../.tmp', import.meta.url));
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'browser-app.png'), fullPage: true });
    await page.close();
  });

  it.each([
    ['?fail=ThrottlingException', 'ThrottlingException', '400', 'forced by ?fail=ThrottlingException'],
    ['?fail=ServiceUnavailableException', 'ServiceUnavailableException', '503', 'forced by ?fail=ServiceUnavailableException'],
    ['?id=no-such-update', 'ResourceNotFoundException', '404', 'OTAUpdateInfo with otaUpdateId "no-such-update" not found'],
    ['?id=not%20valid', 'InvalidRequestException', '400', 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
  ])('%s shows the error state with %s', async (query, name, status, message) => {
    const { page } = await open(query);
    expect(await page.getAttribute('body', 'data-state')).toBe('error');
    expect(await page.textContent('[data-error-name]')).toBe(name);
    expect(await page.getAttribute('[data-status]', 'data-status')).toBe(status);
    expect(await page.textContent('[data-message]')).toBe(message);
    await page.close();
  });
});

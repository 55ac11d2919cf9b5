/**
 * The precompiled validators in real Chromium under a Content-Security-Policy without
 * 'unsafe-eval' (header and meta tag): the example page (examples/csp-page) is bundled with
 * esbuild, served from 127.0.0.1 and must validate, while run-time code generation on the same
 * page is blocked, which is what would stop ajv from compiling there.
 */

import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../../../scripts/test-prereqs.mjs';
import { buildPage } from '../examples/csp-page/build.js';

// Debian's chromium: a missing one fails the file with the tool's name and the fix (never a skip).
const CHROMIUM = (): string => requireChromium();
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CSP = "default-src 'self'; script-src 'self'";

let dir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = await buildPage(mkdtempSync(join(tmpdir(), 'ota-csp-page-')));
  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const file = req.url === '/' ? 'index.html' : (req.url ?? '').slice(1);
    try {
      const body = readFileSync(join(dir, file.replace(/[^\w.-]/g, '')));
      res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html', 'content-security-policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM(), args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('precompiled validators in Chromium with a CSP that forbids eval', () => {
  it('validate on the page while new Function is blocked', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector('body[data-state="done"]', { timeout: 20_000 });
    const { results, evalBlocked } = JSON.parse((await page.getAttribute('body', 'data-result'))!) as {
      results: { strict: boolean; lenient: boolean; issues: string[] }[];
      evalBlocked: boolean;
    };
    expect(evalBlocked).toBe(true);
    expect(results).toEqual([
      { strict: true, lenient: true, issues: [] },
      { strict: false, lenient: true, issues: ['otaUpdateInfo.traceId: is not allowed (unknown property)'] },
      { strict: false, lenient: true, issues: ['otaUpdateInfo.description: must have at most 2028 Unicode code points'] },
    ]);
    // The one CSP report is the page's own probe, not the validators.
    expect(violations.filter((v) => !/unsafe-eval|Content Security Policy/i.test(v))).toEqual([]);
    await page.close();
  });
});

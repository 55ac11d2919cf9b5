/**
 * The door of the control routes (`/__mock/*`), which can seed data and force failures. Any web
 * page the developer opens can send requests to 127.0.0.1, so a control request must be:
 *   1. addressed to this server by a loopback name (or the configured `--host`) and its port: a
 *      DNS-rebinding page reaches 127.0.0.1 under its own name, which the `Host` header carries;
 *   2. same-origin, or from an origin listed with `--allow-origin`: a browser always sends `Origin`
 *      on a cross-origin request (and on any POST); tools such as curl and boto3 send none;
 *   3. carrying the token, when one is configured (`--token` / `OTA_MOCK_TOKEN`), compared in
 *      constant time;
 *   4. JSON when it has a body: `text/plain` and form bodies are what a page can send cross-origin
 *      without a preflight (CSRF), `application/json` is not.
 */

import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-ota-mock-token';

export interface Refusal {
  status: 401 | 403 | 415;
  type: string;
  message: string;
}

export interface ControlGuard {
  /** `undefined` when the request may pass, else why not. */
  check(headers: IncomingHttpHeaders): Refusal | undefined;
  /** Origins a browser may drive the control routes from (own ones and `--allow-origin`). */
  allowsOrigin(origin: string): boolean;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** `http://Example.com:80/` → `http://example.com:80`: origins compare without case or a trailing slash. */
export const normalizeOrigin = (origin: string): string => origin.trim().toLowerCase().replace(/\/+$/, '');

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** `--host` as it appears in a Host header: IPv6 addresses in brackets. */
export const hostForUrl = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host).toLowerCase();

export function createControlGuard(options: { host: string; port: number; allowOrigins: readonly string[]; token: string | undefined }): ControlGuard {
  const hosts = new Set([...LOOPBACK_NAMES, hostForUrl(options.host)].map((name) => `${name}:${options.port}`));
  const origins = new Set([...[...hosts].map((h) => `http://${h}`), ...options.allowOrigins.map(normalizeOrigin)]);
  const token = options.token === undefined ? undefined : digest(options.token);
  const allowsOrigin = (origin: string) => origins.has(normalizeOrigin(origin));

  return {
    allowsOrigin,
    check(headers) {
      const host = (headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) {
        return {
          status: 403,
          type: 'ForbiddenHostException',
          message: `control routes answer only requests addressed to this server as ${[...hosts].join(', ')} (this refuses DNS-rebinding pages); got Host ${JSON.stringify(headers.host ?? '')}`,
        };
      }
      const origin = headers.origin;
      if (origin !== undefined && !allowsOrigin(origin)) {
        return {
          status: 403,
          type: 'ForbiddenOriginException',
          message: `control routes refuse cross-origin requests: Origin ${JSON.stringify(origin)} is not this server's own; start ota-mock with --allow-origin ${origin} to allow it`,
        };
      }
      if (token !== undefined) {
        const sent = headers[TOKEN_HEADER];
        if (typeof sent !== 'string' || !timingSafeEqual(digest(sent), token)) {
          return {
            status: 401,
            type: 'MissingAuthenticationTokenException',
            message: `control routes need the token given with --token (or OTA_MOCK_TOKEN): send it in the ${TOKEN_HEADER} header${sent === undefined ? '' : ' (the one sent is wrong)'}`,
          };
        }
      }
      const hasBody = (headers['content-length'] !== undefined && headers['content-length'] !== '0') || headers['transfer-encoding'] !== undefined;
      if (hasBody) {
        const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/json') {
          return {
            status: 415,
            type: 'UnsupportedMediaTypeException',
            message: `control routes take a JSON body: send Content-Type: application/json (got ${JSON.stringify(headers['content-type'] ?? 'none')})`,
          };
        }
      }
      return undefined;
    },
  };
}

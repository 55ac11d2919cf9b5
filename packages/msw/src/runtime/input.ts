/**
 * Reads an operation's input, in its application form, from a Fetch `Request`: labels
 * (percent-decoded), query parameters, headers, and the JSON body. It converts but does not judge:
 * the strict request schema checks the result afterwards, so every rule is enforced in one place.
 */

import type { MemberBinding, ValueType } from './bindings.js';
import { decodeLabel } from './path.js';
import type { WireHeaders } from './wire.js';
import { fromJson, fromWire, mediaTypeHeaderValue, type ScalarKind } from './wire-values.js';

/** What the input is read from: a Fetch `Request`, or the operation core's `WireRequest` (wire.ts). */
export type InputSource = { readonly headers: WireHeaders; text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer> };

export type ReadInput = { ok: true; input: Record<string, unknown> } | { ok: false; issues: string[] };

function convertText(type: ValueType, values: readonly string[]): unknown {
  if ('scalar' in type) return fromWire(type.scalar, values[0], type.format);
  if ('list' in type) return rejoinHttpDates(type, values).map((v) => fromWire(type.list as ScalarKind, v, type.format));
  if ('codec' in type) return values[0];
  return values;
}

/** http-date list elements are sent unquoted and hold a comma each (`Mon, 16 Dec 2019 ...`): pair the halves up again. */
function rejoinHttpDates(type: ValueType, values: readonly string[]): readonly string[] {
  if (!('list' in type) || type.list !== 'timestamp' || type.format !== 'http-date') return values;
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const day = values[i]!;
    if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(day) && i + 1 < values.length) out.push(`${day}, ${values[++i]}`);
    else out.push(day);
  }
  return out;
}

/** Header lists are comma-separated; quoted elements (`"a, b"`) keep their commas. */
function splitHeaderList(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*?))\s*(?:,|$)/g)) {
    if (m.index === text.length) break;
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''));
  }
  return out;
}

/**
 * A list (of lists) of scalars with no null: what the lenient codec reads without correcting
 * anything. It drops nulls of dense lists and fills absent required members of structures, and
 * those are for the input rules to refuse.
 */
function scalarList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => (Array.isArray(v) ? scalarList(v) : v !== null && typeof v !== 'object'));
}

function readBodyMember(binding: MemberBinding, json: Record<string, unknown>): unknown {
  const value = json[binding.name];
  if (value === undefined || value === null) return undefined;
  if ('codec' in binding.type) {
    try {
      return binding.type.codec.decode(value);
    } catch {
      // The strict codec refuses constraint violations too. For a list of scalars the lenient
      // codec reads such a value (blobs to bytes, timestamps to instants) when only constraints
      // are wrong, so `@uniqueItems` compares bytes and instants (see `scalarList` for why only there).
      if (binding.type.lenient && scalarList(value)) {
        try {
          return binding.type.lenient.decode(value);
        } catch {
          // a type error: fall through to the wire value
        }
      }
      // Hand the wire value on as it is (the wire form of strings, numbers, enums, lists, maps and
      // unions of them is their application form): the input rules and the strict schema then say
      // what is wrong, and whether the request is malformed or only invalid.
      return value;
    }
  }
  return 'scalar' in binding.type ? fromJson(binding.type.scalar, value, binding.type.format) : value;
}

async function readJsonBody(request: InputSource, issues: string[]): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    issues.push('body: is not valid JSON');
    return undefined;
  }
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** `@httpPayload`: the whole body is the member (JSON for aggregates, raw bytes or text for scalars). */
async function readPayload(request: InputSource, b: MemberBinding, issues: string[]): Promise<unknown> {
  if ('scalar' in b.type && b.type.scalar === 'blob') {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.length ? bytes : undefined;
  }
  if ('scalar' in b.type && b.type.scalar === 'string') {
    const text = await request.text();
    return text === '' ? undefined : text;
  }
  const text = await request.text();
  if (text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    issues.push('body: is not valid JSON');
    return undefined;
  }
  // restJson1 clients send `{}` for an unset structure or union payload, so `{}` cannot tell
  // "absent" from "empty": read it as absent, the form the sender most likely had.
  if ('codec' in b.type && isEmptyObject(json)) return undefined;
  return readBodyMember({ ...b, name: '' }, { '': json });
}

export async function readInput(request: InputSource, url: URL, rawLabels: Readonly<Record<string, string>>, bindings: readonly MemberBinding[]): Promise<ReadInput> {
  const input: Record<string, unknown> = {};
  const issues: string[] = [];
  let body: unknown;
  if (bindings.some((b) => b.in === 'body')) body = await readJsonBody(request, issues);

  for (const b of bindings) {
    let value: unknown;
    switch (b.in) {
      case 'label': {
        const decoded = decodeLabel(rawLabels[b.name] ?? '');
        if (decoded === undefined) issues.push(`${b.member}: is not valid percent-encoding`);
        else value = convertText(b.type, [decoded]);
        break;
      }
      case 'query': {
        const values = url.searchParams.getAll(b.name);
        if (values.length) value = convertText(b.type, values);
        break;
      }
      case 'queryParams': {
        // Every parameter, named ones included: a server's @httpQueryParams map sees the whole query.
        const map: Record<string, unknown> = {};
        for (const key of new Set(url.searchParams.keys())) {
          const all = url.searchParams.getAll(key);
          Object.defineProperty(map, key, { value: 'map' in b.type && b.type.map === 'list' ? all : all[0], enumerable: true, writable: true, configurable: true });
        }
        value = map;
        break;
      }
      case 'header': {
        const text = request.headers.get(b.name);
        if (text === null) break;
        if ('scalar' in b.type && b.type.scalar === 'string' && b.type.mediaType !== undefined) {
          // Base64 that does not decode is malformed (SerializationException), not an invalid value.
          value = mediaTypeHeaderValue(text);
          if (value === undefined) issues.push(`${b.member}: header ${b.name} is not base64-encoded UTF-8 text (a @mediaType string travels base64-encoded in a header)`);
        } else value = convertText(b.type, 'list' in b.type ? splitHeaderList(text) : [text]);
        break;
      }
      case 'prefixHeaders': {
        const map: Record<string, string> = {};
        const prefix = b.name.toLowerCase();
        request.headers.forEach((v, k) => {
          if (k.startsWith(prefix)) Object.defineProperty(map, k.slice(prefix.length), { value: v, enumerable: true, writable: true, configurable: true });
        });
        value = map;
        break;
      }
      case 'payload':
        value = await readPayload(request, b, issues);
        break;
      case 'body':
        if (body !== null && typeof body === 'object' && !Array.isArray(body)) value = readBodyMember(b, body as Record<string, unknown>);
        else if (body !== undefined) issues.push('body: must be a JSON object');
        break;
      case 'responseCode':
        break;
    }
    if (value !== undefined) input[b.member] = value;
  }
  return issues.length ? { ok: false, issues: [...new Set(issues)] } : { ok: true, input };
}

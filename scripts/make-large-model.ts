/**
 * Writes a synthetic restJson1 Smithy JSON AST the size of a large AWS service model, to test and
 * benchmark ota-codegen at scale:
 *
 *   pnpm exec tsx scripts/make-large-model.ts [--out <file>] [--domains <n>]
 *
 * Each "domain" (a resource with six operations) uses every shape kind and every trait the
 * generator supports: all simple types, enum/intEnum, list/map (sparse, unique), unions (with a
 * Unit member), recursion (self, mutual, through list/map/union), mixins, every timestamp format,
 * @jsonName, @default, @required, @clientOptional, @length, @range, @pattern (with Java classes),
 * every HTTP binding (greedy labels, query params, prefix headers, payloads, response code),
 * errors, @sensitive, @deprecated, @idempotencyToken and @paginated. The default 45 domains give
 * 270 operations and 1,800+ shapes. Deterministic: the same arguments give the same bytes (a seeded
 * generator, no clock), so the output is never committed; this script is the source.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

type Traits = Record<string, unknown>;
type Member = { target: string; traits?: Traits };
type Shape = Record<string, unknown> & { type: string };

const NS = 'example.large';
const id = (name: string) => `${NS}#${name}`;
const UNIT = 'smithy.api#Unit';
const WORDS = ['Widget', 'Gadget', 'Sprocket', 'Bucket', 'Pipeline', 'Ledger', 'Beacon', 'Cluster', 'Gateway', 'Vault', 'Channel', 'Fleet', 'Portal', 'Signal', 'Archive'];
// The last one is possessive with something after it: emulated with a lookahead (see ir/pattern.ts).
const JAVA_PATTERNS = ['^[\\p{Graph} ]+$', '^\\p{Upper}[\\p{Upper}\\p{Digit}_ ]*$', '^[\\p{Alnum}\\-\\_ ]+$', '^[^\\p{Cntrl}]+$', '^\\p{Alpha}++[\\p{Digit} ]*$'];
const FORMATS = [undefined, 'date-time', 'http-date', 'epoch-seconds'] as const;

/** Small deterministic PRNG (mulberry32), so the model varies between domains yet never between runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LargeModelOptions {
  /** Resources of six operations each (default 45 → 270 operations). */
  domains?: number;
  seed?: number;
}

export function makeLargeModel(options: LargeModelOptions = {}): { smithy: string; metadata: Record<string, unknown>; shapes: Record<string, Shape> } {
  const domains = options.domains ?? 45;
  const random = prng(options.seed ?? 20_240_601);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const shapes: Record<string, Shape> = {};
  const add = (name: string, shape: Shape) => {
    if (shapes[id(name)]) throw new Error(`duplicate shape ${name}`);
    shapes[id(name)] = shape;
  };
  const m = (target: string, traits?: Traits): Member => (traits ? { target, traits } : { target });
  const req = { 'smithy.api#required': {} };

  // Shared shapes: service errors, a mixin, names that clash with JS globals, a recursive union.
  add('InternalServerError', { type: 'structure', members: { message: m('smithy.api#String') }, traits: { 'smithy.api#error': 'server', 'smithy.api#httpError': 500 } });
  add('ThrottlingException', {
    type: 'structure',
    members: { message: m('smithy.api#String'), retryAfterSeconds: m('smithy.api#Integer', { 'smithy.api#httpHeader': 'Retry-After' }) },
    traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 429, 'smithy.api#retryable': { throttling: true } },
  });
  add('AccessDeniedException', { type: 'structure', members: { Message: m('smithy.api#String') }, traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 403 } });
  add('ValidationException', {
    type: 'structure',
    members: { message: m('smithy.api#String', req), fieldList: m(id('ValidationFieldList')) },
    traits: { 'smithy.api#error': 'client' },
  });
  add('ValidationField', { type: 'structure', members: { path: m('smithy.api#String', req), message: m('smithy.api#String', req) } });
  add('ValidationFieldList', { type: 'list', member: m(id('ValidationField')) });
  add('Audited', {
    type: 'structure',
    members: { createdBy: m('smithy.api#String'), createdAt: m('smithy.api#Timestamp'), revision: m('smithy.api#Long', { 'smithy.api#default': 0 }) },
    traits: { 'smithy.api#mixin': {} },
  });
  add('Stream', { type: 'structure', members: { id: m('smithy.api#String', req), next: m(id('Stream')), opened: m(id('Date')), meta: m(id('Object')) } });
  add('Date', { type: 'timestamp' });
  add('Object', { type: 'structure', members: { key: m('smithy.api#String'), value: m('smithy.api#Document') } });
  add('Condition', {
    type: 'union',
    members: { equals: m('smithy.api#String'), lessThan: m('smithy.api#Double'), all: m(id('ConditionList')), not: m(id('Condition')), always: m(UNIT) },
  });
  add('ConditionList', { type: 'list', member: m(id('Condition')) });
  add('NextToken', { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 1024 } } });
  add('MaxResults', { type: 'integer', traits: { 'smithy.api#range': { min: 1, max: 100 } } });
  add('StringList', { type: 'list', member: m('smithy.api#String') });
  add('QueryMap', { type: 'map', key: m('smithy.api#String'), value: m(id('StringList')) });
  add('MetaMap', { type: 'map', key: m('smithy.api#String'), value: m('smithy.api#String') });

  const serviceOperations: { target: string }[] = [];
  const resources: { target: string }[] = [];

  for (let d = 0; d < domains; d++) {
    const D = `${WORDS[d % WORDS.length]}${String(d).padStart(3, '0')}`;
    const prev = d > 0 ? `${WORDS[(d - 1) % WORDS.length]}${String(d - 1).padStart(3, '0')}` : undefined;
    const base = `/${D.toLowerCase()}`;
    const format = FORMATS[d % FORMATS.length];
    const statusCount = int(3, 7);

    // Simple and constrained shapes
    add(`${D}Id`, { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 64 }, 'smithy.api#pattern': '^[a-zA-Z0-9_-]+$' } });
    add(`${D}Name`, { type: 'string', traits: { 'smithy.api#length': { min: 1, max: int(32, 256) }, 'smithy.api#pattern': JAVA_PATTERNS[d % JAVA_PATTERNS.length] } });
    add(`${D}Description`, { type: 'string', traits: { 'smithy.api#length': { max: 2048 }, 'smithy.api#pattern': d % 2 ? '[^\\p{C}]*+' : '^[^\\p{C}]*$' } }); // the first is AWS's possessive form
    add(`${D}Status`, {
      type: 'enum',
      members: Object.fromEntries(
        Array.from({ length: statusCount }, (_, i) => [`STATE_${i}`, m(UNIT, { 'smithy.api#enumValue': i % 2 ? `state-${i}` : `STATE_${i}` })]),
      ),
    });
    add(`${D}Priority`, { type: 'intEnum', members: { LOW: m(UNIT, { 'smithy.api#enumValue': 1 }), MEDIUM: m(UNIT, { 'smithy.api#enumValue': 5 }), HIGH: m(UNIT, { 'smithy.api#enumValue': 10 }) } });
    add(`${D}Count`, { type: 'integer', traits: { 'smithy.api#range': { min: 0, max: int(10, 100_000) }, 'smithy.api#default': 0 } });
    add(`${D}Ratio`, { type: 'double', traits: { 'smithy.api#range': { min: 0, max: 1 } } });
    add(`${D}Weight`, { type: 'float' });
    add(`${D}Size`, { type: 'long', traits: { 'smithy.api#range': { min: 0 } } });
    add(`${D}Level`, { type: 'short', traits: { 'smithy.api#range': { min: -100, max: 100 } } });
    add(`${D}Grade`, { type: 'byte' });
    add(`${D}Flag`, { type: 'boolean' });
    add(`${D}Data`, { type: 'blob', traits: { 'smithy.api#length': { max: 4096 } } });
    add(`${D}Time`, { type: 'timestamp', ...(format ? { traits: { 'smithy.api#timestampFormat': format } } : {}) });
    add(`${D}Secret`, { type: 'string', traits: { 'smithy.api#sensitive': {}, 'smithy.api#length': { min: 8, max: 64 } } });
    add(`${D}Legacy`, { type: 'string', traits: { 'smithy.api#deprecated': { message: `Use ${D}Name.`, since: '2023-01-01' } } });

    // Collections
    add(`${D}Tags`, { type: 'map', key: m(`${id(`${D}Id`)}`), value: m('smithy.api#String'), traits: { 'smithy.api#length': { max: 50 } } });
    add(`${D}SparseTags`, { type: 'map', key: m('smithy.api#String'), value: m('smithy.api#String'), traits: { 'smithy.api#sparse': {} } });
    add(`${D}IdList`, { type: 'list', member: m(id(`${D}Id`)), traits: { 'smithy.api#uniqueItems': {}, 'smithy.api#length': { max: 100 } } });
    add(`${D}SparseList`, { type: 'list', member: m('smithy.api#Integer'), traits: { 'smithy.api#sparse': {} } });
    add(`${D}TimeList`, { type: 'list', member: m('smithy.api#Timestamp', { 'smithy.api#timestampFormat': 'date-time' }) });
    add(`${D}StatusCounts`, { type: 'map', key: m(id(`${D}Status`)), value: m(id(`${D}Count`)) });

    // Structures, a recursive tree, a union
    add(`${D}Settings`, {
      type: 'structure',
      members: {
        enabled: m(id(`${D}Flag`), { ...req, 'smithy.api#default': false }),
        limit: m(id(`${D}Count`), { 'smithy.api#default': 0 }),
        ratio: m(id(`${D}Ratio`)),
        mode: m(id(`${D}Status`), { 'smithy.api#jsonName': 'Mode' }),
        window: m(id(`${D}Time`)),
        condition: m(id('Condition')),
      },
    });
    add(`${D}Node`, {
      type: 'structure',
      members: { label: m('smithy.api#String', req), children: m(id(`${D}NodeList`)), byName: m(id(`${D}NodeMap`)), parent: m(id(`${D}Node`)), value: m(id(`${D}Value`)) },
    });
    add(`${D}NodeList`, { type: 'list', member: m(id(`${D}Node`)) });
    add(`${D}NodeMap`, { type: 'map', key: m('smithy.api#String'), value: m(id(`${D}Node`)) });
    add(`${D}Value`, {
      type: 'union',
      members: {
        text: m(id(`${D}Name`)),
        number: m('smithy.api#Integer'),
        flag: m('smithy.api#Boolean'),
        when: m(id(`${D}Time`)),
        raw: m(id(`${D}Data`)),
        settings: m(id(`${D}Settings`)),
        nodes: m(id(`${D}NodeList`)),
        ...(d % 3 === 0 ? { nothing: m(UNIT) } : {}),
      },
    });
    add(D, {
      type: 'structure',
      mixins: [{ target: id('Audited') }],
      members: {
        id: m(id(`${D}Id`), req),
        name: m(id(`${D}Name`), req),
        description: m(id(`${D}Description`)),
        status: m(id(`${D}Status`), req),
        priority: m(id(`${D}Priority`)),
        count: m(id(`${D}Count`), { 'smithy.api#default': 0, 'smithy.api#jsonName': 'Count' }),
        ratio: m(id(`${D}Ratio`)),
        weight: m(id(`${D}Weight`)),
        size: m(id(`${D}Size`)),
        level: m(id(`${D}Level`)),
        grade: m(id(`${D}Grade`)),
        big: m('smithy.api#BigInteger'),
        precise: m('smithy.api#BigDecimal'),
        updatedAt: m(id(`${D}Time`), { 'smithy.api#timestampFormat': 'date-time' }),
        expiresAt: m('smithy.api#Timestamp', { 'smithy.api#timestampFormat': 'http-date' }),
        seenAt: m(id(`${D}Time`)),
        tags: m(id(`${D}Tags`)),
        sparseTags: m(id(`${D}SparseTags`)),
        ids: m(id(`${D}IdList`)),
        sparse: m(id(`${D}SparseList`)),
        times: m(id(`${D}TimeList`)),
        counts: m(id(`${D}StatusCounts`)),
        settings: m(id(`${D}Settings`)),
        root: m(id(`${D}Node`)),
        value: m(id(`${D}Value`)),
        attributes: m('smithy.api#Document'),
        secret: m(id(`${D}Secret`)),
        legacy: m(id(`${D}Legacy`), { 'smithy.api#deprecated': {} }),
        data: m(id(`${D}Data`)),
        ...(prev ? { related: m(id(`${prev}Summary`)) } : { stream: m(id('Stream')) }),
      },
      traits: { 'smithy.api#documentation': `<p>A <b>${D}</b> resource.</p>` },
    });
    add(`${D}Summary`, { type: 'structure', members: { id: m(id(`${D}Id`), req), name: m(id(`${D}Name`)), status: m(id(`${D}Status`)), updatedAt: m(id(`${D}Time`)) } });
    add(`${D}SummaryList`, { type: 'list', member: m(id(`${D}Summary`)) });
    add(`${D}NotFound`, { type: 'structure', members: { message: m('smithy.api#String'), resourceId: m(id(`${D}Id`)) }, traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 } });
    add(`${D}Conflict`, { type: 'structure', members: { message: m('smithy.api#String') }, traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 409 } });

    // Operations
    const op = (name: string, http: { method: string; uri: string; code?: number }, input: Record<string, Member> | null, output: Record<string, Member> | null, extra: Traits = {}, errors: string[] = []) => {
      const shape: Shape = { type: 'operation', traits: { 'smithy.api#http': http, ...extra } };
      shape.input = { target: input ? id(`${name}Input`) : UNIT };
      shape.output = { target: output ? id(`${name}Output`) : UNIT };
      if (errors.length) shape.errors = errors.map((e) => ({ target: id(e) }));
      add(name, shape);
      if (input) add(`${name}Input`, { type: 'structure', members: input, traits: { 'smithy.api#input': {} } });
      if (output) add(`${name}Output`, { type: 'structure', members: output, traits: { 'smithy.api#output': {} } });
      return { target: id(name) };
    };
    const label = { ...req, 'smithy.api#httpLabel': {} };
    const create = op(
      `Create${D}`,
      { method: 'POST', uri: `${base}/items`, code: 201 },
      {
        name: m(id(`${D}Name`), req),
        description: m(id(`${D}Description`)),
        settings: m(id(`${D}Settings`)),
        tags: m(id(`${D}Tags`)),
        value: m(id(`${D}Value`)),
        clientToken: m('smithy.api#String', { 'smithy.api#idempotencyToken': {} }),
        dryRun: m(id(`${D}Flag`), { 'smithy.api#httpHeader': 'X-Dry-Run' }),
      },
      { item: m(id(D), req) },
      {},
      [`${D}Conflict`],
    );
    const get = op(
      `Get${D}`,
      { method: 'GET', uri: `${base}/items/{id}` },
      {
        id: m(id(`${D}Id`), label),
        include: m(id('StringList'), { 'smithy.api#httpQuery': 'include' }),
        asOf: m('smithy.api#Timestamp', { 'smithy.api#httpQuery': 'asOf' }),
        ifNoneMatch: m('smithy.api#String', { 'smithy.api#httpHeader': 'If-None-Match' }),
        ifModifiedSince: m('smithy.api#Timestamp', { 'smithy.api#httpHeader': 'If-Modified-Since' }),
      },
      { item: m(id(D)), etag: m('smithy.api#String', { 'smithy.api#httpHeader': 'ETag' }), status: m('smithy.api#Integer', { 'smithy.api#httpResponseCode': {} }) },
      { 'smithy.api#readonly': {} },
      [`${D}NotFound`],
    );
    const list = op(
      `List${D}s`,
      { method: 'GET', uri: `${base}/items` },
      {
        nextToken: m(id('NextToken'), { 'smithy.api#httpQuery': 'nextToken' }),
        maxResults: m(id('MaxResults'), { 'smithy.api#httpQuery': 'maxResults' }),
        status: m(id(`${D}Status`), { 'smithy.api#httpQuery': 'status' }),
        filters: m(id('QueryMap'), { 'smithy.api#httpQueryParams': {} }),
      },
      { items: m(id(`${D}SummaryList`), req), nextToken: m(id('NextToken')) },
      { 'smithy.api#readonly': {}, 'smithy.api#paginated': { items: 'items' } },
    );
    const update = op(
      `Update${D}`,
      { method: 'PATCH', uri: `${base}/items/{id}` },
      {
        id: m(id(`${D}Id`), label),
        name: m(id(`${D}Name`), { ...req, 'smithy.api#clientOptional': {} }),
        description: m(id(`${D}Description`)),
        settings: m(id(`${D}Settings`)),
        status: m(id(`${D}Status`), { 'smithy.api#default': 'STATE_0' }),
      },
      { item: m(id(D)) },
      { 'smithy.api#idempotent': {} },
      [`${D}NotFound`, `${D}Conflict`],
    );
    const remove = op(
      `Delete${D}`,
      { method: 'DELETE', uri: `${base}/items/{id}`, code: 204 },
      { id: m(id(`${D}Id`), label), force: m('smithy.api#Boolean', { 'smithy.api#httpQuery': 'force' }) },
      null,
      { 'smithy.api#idempotent': {} },
      [`${D}NotFound`],
    );
    const upload = op(
      `Put${D}Object`,
      { method: 'PUT', uri: `${base}/items/{id}/objects/{key+}?x-id=Put${D}Object` },
      {
        id: m(id(`${D}Id`), label),
        key: m('smithy.api#String', label),
        body: m(id(`${D}Data`), { 'smithy.api#httpPayload': {} }),
        contentType: m('smithy.api#String', { 'smithy.api#httpHeader': 'Content-Type' }),
        metadata: m(id('MetaMap'), { 'smithy.api#httpPrefixHeaders': 'x-meta-' }),
      },
      { etag: m('smithy.api#String', { 'smithy.api#httpHeader': 'ETag' }), node: m(id(`${D}Node`), { 'smithy.api#httpPayload': {} }) },
      {},
      [`${D}NotFound`],
    );

    // Half the domains are resources (operations found through lifecycle bindings), half are bound directly.
    if (d % 2 === 0) {
      add(`${D}Resource`, {
        type: 'resource',
        identifiers: { id: { target: id(`${D}Id`) } },
        create,
        read: get,
        update,
        delete: remove,
        list,
        operations: [upload],
      });
      resources.push({ target: id(`${D}Resource`) });
    } else {
      serviceOperations.push(create, get, list, update, remove, upload);
    }
  }

  add('LargeService', {
    type: 'service',
    version: '2024-06-01',
    operations: serviceOperations,
    resources,
    errors: ['InternalServerError', 'ThrottlingException', 'AccessDeniedException', 'ValidationException'].map((e) => ({ target: id(e) })),
    traits: {
      'aws.protocols#restJson1': {},
      'aws.api#service': { sdkId: 'Large' },
      'smithy.api#title': 'Synthetic large service',
      'smithy.api#paginated': { inputToken: 'nextToken', outputToken: 'nextToken', pageSize: 'maxResults' },
    },
  });

  const sorted = Object.fromEntries(Object.keys(shapes).sort().map((k) => [k, shapes[k]!]));
  return { smithy: '2.0', metadata: { generator: 'scripts/make-large-model.ts', domains }, shapes: sorted };
}

export function writeLargeModel(file: string, options: LargeModelOptions = {}): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(makeLargeModel(options), null, 2)}\n`);
  return file;
}

export const DEFAULT_LARGE_MODEL_PATH = join(tmpdir(), 'ota-codegen-large', 'large-model.json');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, domains: { type: 'string' } } });
  const file = resolve(values.out ?? DEFAULT_LARGE_MODEL_PATH);
  const model = makeLargeModel(values.domains ? { domains: Number(values.domains) } : {});
  writeLargeModel(file, values.domains ? { domains: Number(values.domains) } : {});
  const ops = Object.values(model.shapes).filter((s) => s.type === 'operation').length;
  process.stdout.write(`${file}: ${ops} operations, ${Object.keys(model.shapes).length} shapes\n`);
}

/**
 * One MSW handler per operation, driven by the spec the emitter writes from the model. Per call:
 * queued failure or delay (control) → path labels and input read from the request → strict input
 * check (→ the modeled validation error, 400) → the resolver, when one is given (its output or
 * modeled error, checked and encoded) → else store lookup (→ the modeled not-found error, 404)
 * → the response prepared when the item was stored.
 */

import { HttpHandler } from 'msw';
import type { MemberBinding } from './bindings.js';
import type { MockControl } from './control.js';
import { markDirect } from './direct.js';
import { readInput } from './input.js';
import { accepts, contentTypeProblem, requestMediaType as expectedRequestType } from './media-types.js';
import { fillDefaults } from './defaults.js';
import { checkInputRules, validationMessage, type InputRuleTable, type Violation } from './input-rules.js';
import { prepareOutput } from './output.js';
import { matchPath, type PathTemplate } from './path.js';
import { bindsContentEncoding, decodeRequestBody } from './content-encoding.js';
import { contractErrorWire } from './error-body.js';
import { errorWire } from './responses.js';
import { resolveCall, type MockResolver, type ResolvedResponse, type ResolverSpec } from './resolver.js';
import { MockStore, storeKey, type PreparedResponse } from './store.js';
import { check, ContractViolationError, type SafeParser } from './validation.js';
import { toFetchResponse, wireBodyLength, wireFromFetch, WireHeaderBuilder, type WireRequest, type WireResponse } from './wire.js';

export interface OperationSpec<Input, Item> {
  readonly name: string;
  readonly method: string;
  readonly path: PathTemplate;
  readonly successCode: number;
  /** Modeled error used when the input breaks the contract (a 400 client error), if the operation has one. */
  readonly validationError?: string;
  /** Modeled error used when the store has nothing for the request (a 404), if the operation has one. */
  readonly notFoundError?: string;
  readonly input: {
    readonly schema?: SafeParser;
    readonly members: readonly MemberBinding[];
    /** Kinds and constraints of the input shape's closure (`root` is its id): malformed vs invalid input. */
    readonly rules?: { readonly root: string; readonly table: InputRuleTable };
  };
  /**
   * How invalid input is answered: `modeled` — the operation's own validation error (`validationError`)
   * for malformed and invalid input alike, with this runtime's messages (AWS IoT's InvalidRequestException);
   * `smithy` — the operation declares `smithy.framework#ValidationException`: malformed input gets
   * `SerializationException`, constraint violations that error with Smithy's message and `fieldList`.
   * Without a validation error, malformed input gets `SerializationException` too. @default 'modeled'
   */
  readonly validationStyle?: 'modeled' | 'smithy';
  readonly output?: {
    readonly members: readonly MemberBinding[];
    /** Name of the stored item's shape, for messages. */
    readonly itemName: string;
    /** Item mode: the output wraps one item (`{otaUpdateInfo: item}`) found by these label members of it. */
    readonly item?: { readonly member: string; readonly keys: readonly string[] };
    /** Strict application-form schema of a stored item. */
    readonly schema: SafeParser;
    /** Strict wire schema of the JSON body, checked once per stored item against the encoded body. */
    readonly wireSchema?: SafeParser;
    /**
     * What a request gets when the store has nothing for it: `notFound` (the modeled 404 error, else
     * an unmodeled `ResourceNotFoundException`) for reads of a resource, `empty` (`{}`, a valid
     * output since it has no required member) for the rest.
     */
    readonly onMissing: 'notFound' | 'empty';
  };
  /** How a resolver's answer is checked (whole output, errors of the operation); it is written with `output.members`. */
  readonly resolver: Pick<ResolverSpec, 'outputSchema' | 'outputRules' | 'errors'>;
}

export interface HandlerOptions<E extends string = string, Op extends string = string> {
  /** Failure and delay injection, and request ids. @default the package's shared `mockControl` */
  control?: MockControl<E, Op>;
  /** Path of the endpoint before the operation's URI (`'/iot'` for an endpoint `http://host/iot`). @default '' */
  basePath?: string;
  /** Milliseconds to wait before every response of this handler. @default 0 */
  delay?: number;
  /** Largest request body once its Content-Encoding (gzip, deflate) is undone, else 413. @default 1 MiB (ota-mock's default --max-body-bytes) */
  maxBodyBytes?: number;
}

/** Options of one operation's handler factory: the shared options, plus its resolver. */
export interface OperationHandlerOptions<Input = never, Output = unknown> extends Omit<HandlerOptions, 'control'> {
  /** Answers calls instead of the store (after the control's failures and the input check). */
  resolver?: MockResolver<Input, Output> | undefined;
}

/** Statuses whose responses have no body (Fetch throws when given one). */
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

const utf8 = new TextEncoder();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A store for an operation's items: checked with the strict schema, encoded once, double-checked on the wire form. */
export function createOperationStore<Input, Item>(spec: OperationSpec<Input, Item>): MockStore<Item> {
  const output = spec.output;
  if (!output) throw new Error(`${spec.name} has no output: there is nothing to store`);
  const { item, itemName, schema, wireSchema, members } = output;
  const labels = spec.path.segments.flatMap((s) => (typeof s === 'string' ? [] : [s.label]));
  return new MockStore<Item>({
    itemName,
    keys: item?.keys ?? labels,
    ...(item ? { keyOf: (value: Item) => storeKey(value as Record<string, unknown>, item.keys) } : {}),
    check: (value) => check<Item>(schema, value),
    prepare(value): PreparedResponse {
      const whole = item ? { [item.member]: value } : (value as Record<string, unknown>);
      const { json, issues, ...prepared } = prepareOutput(whole, members);
      if (issues.length) throw new ContractViolationError(itemName, issues);
      if (wireSchema) {
        const wire = check(wireSchema, json);
        if (!wire.ok) throw new ContractViolationError(`the encoded ${spec.name} response for this ${itemName}`, wire.issues);
      }
      // Encoded to UTF-8 once, here: every answer then sends the same bytes without re-encoding them.
      return typeof prepared.body === 'string' ? { ...prepared, body: utf8.encode(prepared.body) } : prepared;
    },
  });
}

/**
 * One operation's behaviour, free of any transport: which requests it answers (`match`) and the
 * answer (`call`). `createOperationHandler` wraps it in an MSW handler; the standalone server calls
 * it directly with a node:http view of the request (server/dispatch.ts), so both give the same answer.
 */
export interface OperationCore {
  readonly name: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The raw (still percent-encoded) label values when `url` is this operation's path, else `undefined`. */
  match(url: URL): Record<string, string> | undefined;
  call(request: WireRequest, labels: Readonly<Record<string, string>>): Promise<WireResponse>;
}

export function createOperationCore<Input, Item>(
  spec: OperationSpec<Input, Item>,
  store: MockStore<Item> | undefined,
  control: MockControl,
  options: OperationHandlerOptions<Input> = {},
): OperationCore {
  const basePath = options.basePath ?? '';
  const labelMembers = spec.path.segments.flatMap((s) => (typeof s === 'string' ? [] : [s.label]));
  const resolverSpec: ResolverSpec = {
    ...spec.resolver,
    operation: spec.name,
    members: spec.output?.members ?? [],
    ...(spec.output?.wireSchema ? { wireSchema: spec.output.wireSchema } : {}),
  };
  // Modeled errors carry every member their contract requires (error-body.ts).
  const fail = (name: string | undefined, status: number, message: string, requestId: string): WireResponse | Promise<WireResponse> =>
    name ? contractErrorWire(control.errors, spec.resolver.errors, name, message, requestId) : errorWire({ name: status === 404 ? 'ResourceNotFoundException' : 'ValidationException', status, message, requestId });
  const smithyStyle = spec.validationStyle === 'smithy';
  const bodyDecoding = { modeled: bindsContentEncoding(spec.input.members), ...(options.maxBodyBytes === undefined ? {} : { maxBytes: options.maxBodyBytes }) };
  const requestMediaType = expectedRequestType(spec.input.members, spec.input.schema !== undefined);
  // A blob payload without @mediaType is any type, so any Accept admits it (as a request's Content-Type).
  const responseType = expectedRequestType(spec.output?.members ?? [], false);
  const responseMediaType = responseType === 'any' ? '*/*' : (responseType ?? 'application/json');
  // An input member bound to the Accept header makes it model data (any string it allows), not content negotiation.
  const negotiates = !spec.input.members.some((m) => m.in === 'header' && m.name.toLowerCase() === 'accept');
  /** Input that cannot be deserialized: the service's own validation error, else Smithy's SerializationException. */
  const malformed = (message: string, requestId: string): WireResponse | Promise<WireResponse> =>
    spec.validationError && !smithyStyle ? fail(spec.validationError, 400, message, requestId) : errorWire({ name: 'SerializationException', status: 400, message, requestId });

  async function call(encoded: WireRequest, params: Readonly<Record<string, string>>): Promise<WireResponse> {
    const plan = control.planCall(spec.name);
    const requestId = control.requestIds.next();
    const wait = plan.delayMs + (options.delay ?? 0);
    if (wait > 0) await sleep(wait);
    if (plan.failure) return contractErrorWire(control.errors, spec.resolver.errors, plan.failure.error, plan.failure.message, requestId);

    // A gzip (@requestCompression) or deflate body is read decoded (content-encoding.ts).
    const decoded = await decodeRequestBody(encoded, bodyDecoding);
    if (!decoded.ok) return decoded.malformed ? malformed(decoded.message, requestId) : errorWire({ name: decoded.name, status: decoded.status, message: decoded.message, requestId });
    const request = decoded.request;

    const mediaProblem = contentTypeProblem(request.headers.get('content-type'), request.body.length > 0, requestMediaType);
    if (mediaProblem) return errorWire({ name: 'UnsupportedMediaTypeException', status: 415, message: mediaProblem, requestId });
    if (negotiates && !accepts(request.headers.get('accept'), responseMediaType)) return errorWire({ name: 'NotAcceptableException', status: 406, message: `Accept ${request.headers.get('accept')} does not admit ${responseMediaType}`, requestId });
    const read = await readInput(request, request.url, params, spec.input.members);
    if (!read.ok) return malformed(read.issues.join('; '), requestId);
    if (spec.input.rules) {
      const rules = checkInputRules(spec.input.rules.table, spec.input.rules.root, read.input);
      if (rules.malformed.length) return malformed(rules.malformed.join('; '), requestId);
      if (smithyStyle && rules.violations.length) return smithyValidationResponse(rules.violations, requestId);
    }
    // What the resolver gets: the input as the strict schema parsed it (so with its defaults).
    let parsed: unknown = read.input;
    if (spec.input.schema) {
      const checked = check(spec.input.schema, read.input);
      if (!checked.ok) return fail(spec.validationError, 400, checked.issues.join('; '), requestId);
      parsed = checked.value;
    }
    // Smithy 2.0: the server reads an absent member that has a @default as that default.
    if (spec.input.rules) parsed = fillDefaults(spec.input.rules.table, spec.input.rules.root, parsed);
    // Smithy: a label must not be empty, whatever its shape's own constraints allow.
    const empty = labelMembers.find((m) => read.input[m] === '');
    if (empty !== undefined) return fail(spec.validationError, 400, `${empty}: an HTTP label must not be empty`, requestId);

    const output = spec.output;
    if (options.resolver) {
      const context = {
        operation: spec.name,
        requestId,
        // Built on first use: the standalone server has no Fetch request until a resolver asks.
        get request() {
          return request.fetchRequest();
        },
      };
      const resolved = await resolveCall(resolverSpec, options.resolver, parsed as Input, context);
      return successResponse(requestId, resolved.status ?? spec.successCode, resolved);
    }
    if (!output || !store) return successResponse(requestId, spec.successCode);
    const keys = output.item?.keys ?? labelMembers;
    const prepared = store.response(storeKey(read.input, keys) ?? '');
    if (prepared) return successResponse(requestId, prepared.status ?? spec.successCode, prepared);
    if (output.onMissing === 'notFound') {
      const what = keys.length ? `${output.itemName} with ${keys.map((k) => `${k} ${JSON.stringify(read.input[k])}`).join(', ')}` : output.itemName;
      return fail(spec.notFoundError, 404, `${what} not found`, requestId);
    }
    return successResponse(requestId, spec.successCode);
  }

  return {
    name: spec.name,
    method: spec.method.toUpperCase(),
    match: (url) => matchPath(spec.path, url, basePath),
    call,
  };
}

export function createOperationHandler<Input, Item>(
  spec: OperationSpec<Input, Item>,
  store: MockStore<Item> | undefined,
  control: MockControl,
  options: OperationHandlerOptions<Input> = {},
): HttpHandler {
  const core = createOperationCore(spec, store, control, options);
  const handler = new HttpHandler(
    spec.method,
    ({ request }) => {
      const labels = core.match(new URL(request.url));
      return labels ? { matches: true, params: labels } : false;
    },
    async ({ request, params }) => toFetchResponse(await core.call(await wireFromFetch(request), params as Record<string, string>)),
  );
  return markDirect(handler, core);
}

/** An answer with its status, the prepared headers and body, and the request id. */
function successResponse(requestId: string, status: number, prepared?: ResolvedResponse): WireResponse {
  const headers = new WireHeaderBuilder().set('Content-Type', prepared?.contentType ?? 'application/json');
  // Modeled headers win (an @httpHeader("Content-Type") member); the length is the body's own.
  if (prepared?.headers) for (const name of Object.keys(prepared.headers)) if (name.toLowerCase() !== 'content-length') headers.set(name, prepared.headers[name]!);
  if (prepared?.errorName !== undefined) headers.set('X-Amzn-Errortype', prepared.errorName);
  headers.set('x-amzn-RequestId', requestId);
  const body = NULL_BODY_STATUS.has(status) ? null : (prepared?.body ?? '{}');
  if (body !== null) headers.set('Content-Length', String(wireBodyLength(body)));
  return { status, headers: headers.build(), body };
}

/** `smithy.framework#ValidationException` as Smithy servers write it: the summary message and one `fieldList` entry per violation. */
function smithyValidationResponse(violations: readonly Violation[], requestId: string): WireResponse {
  const body = { message: validationMessage(violations), fieldList: violations.map((v) => ({ message: v.message, path: v.path })) };
  return { status: 400, headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException', 'x-amzn-requestid': requestId }, body: JSON.stringify(body) };
}

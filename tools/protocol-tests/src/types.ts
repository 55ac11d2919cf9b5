/**
 * The common shapes of the compliance runner: a protocol test case as the suite declares it (one
 * entry of `smithy.test#httpRequestTests`, `httpResponseTests` or `httpMalformedRequestTests`), the
 * generated packages of its service, and the interface every case-kind module implements
 * (`src/kinds/*.ts`). Kind modules are independent: each decides whether a case is its own
 * (`claims`) and runs it (`run`); the runner counts what none of them claims as skipped.
 */

/** A Smithy node value as the AST carries it (`params`, `vendorParams`, ...). */
export type NodeValue = null | boolean | number | string | readonly NodeValue[] | { readonly [key: string]: NodeValue };

/** The trait a case comes from (`eventStreamTests` cases are counted in T; no kind runs them). */
export type TraitKind = 'httpRequestTests' | 'httpResponseTests' | 'httpMalformedRequestTests' | 'eventStreamTests';

/** Who a case applies to: `appliesTo` of the case; absent means both. Malformed-request cases are server-only. */
export type AppliesTo = 'client' | 'server' | 'both';

/** One HTTP message of a case (request or response), as the suite writes it. */
export interface CaseMessage {
  readonly method?: string;
  readonly uri?: string;
  readonly host?: string;
  /** `k=v` pairs exactly as the suite writes them (already percent-encoded). */
  readonly queryParams?: readonly string[];
  readonly forbidQueryParams?: readonly string[];
  readonly requireQueryParams?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly forbidHeaders?: readonly string[];
  readonly requireHeaders?: readonly string[];
  readonly body?: string;
  readonly bodyMediaType?: string;
  /** Response status (response tests; malformed cases' expected `response.code`). */
  readonly code?: number;
}

/** The expected body of a malformed-request response. */
export interface MalformedBodyAssertion {
  readonly mediaType: string;
  readonly contents?: string;
  readonly messageRegex?: string;
}

export interface ProtocolCase {
  /** The case id (unique in the suite; malformed cases expanded from `testParameters` get a `_<n>` suffix). */
  readonly id: string;
  readonly trait: TraitKind;
  readonly appliesTo: AppliesTo;
  /** Shape id of the service whose closure holds the operation. */
  readonly service: string;
  /** Shape id of the operation the case exercises. */
  readonly operation: string;
  /** For `httpResponseTests` on an error structure: its shape id; `params` are then the error's members. */
  readonly error?: string;
  /** Suite file that declares the case, relative to `smithy-aws-protocol-tests/model/`. */
  readonly file: string;
  /** Protocol of the case (`aws.protocols#restJson1`). */
  readonly protocol: string;
  /** `params` (request tests: the operation input; response tests: the output or error members). */
  readonly params: Readonly<Record<string, NodeValue>>;
  readonly tags: readonly string[];
  /** Request tests and malformed cases: the request; response tests: the response. */
  readonly message: CaseMessage;
  /** Malformed cases only: the expected response (status in `code`, listed headers) and body assertion. */
  readonly expected?: CaseMessage & { readonly body?: never; readonly assertion?: MalformedBodyAssertion };
  /** The raw case as the suite declares it, for kinds that need more. */
  readonly raw: Readonly<Record<string, NodeValue>>;
}

/** The generated packages of one service, in a scratch workspace, imported in this process. */
export interface GeneratedService {
  /** Shape id of the service. */
  readonly service: string;
  /** Scratch directory (packages/<pkg>/src/... inside it). */
  readonly dir: string;
  /** The IR the packages were generated from (shapes by id, operations, bindings). */
  readonly model: import('../../codegen/src/ir/types.js').IrModel;
  /** Imports an entry of a generated package: `load('msw')`, `load('zod', 'lenient')`. Cached. */
  load(pkg: 'types' | 'zod' | 'json-schema' | 'fixtures' | 'msw', entry?: string): Promise<Record<string, unknown>>;
}

export type CaseOutcome =
  | { readonly status: 'passed' }
  | { readonly status: 'failed'; readonly reason: string }
  | { readonly status: 'skipped'; readonly reason: string };

/** What a kind module implements (`src/kinds/<name>.ts`, registered in `src/kinds/index.ts`). */
export interface CaseKind {
  /** Short label for the table (`server-request`, `server-response`, `malformed`, `client-response`, ...). */
  readonly name: string;
  /** Whether this kind runs the case (e.g. `trait === 'httpResponseTests' && appliesTo !== 'client'`). */
  claims(c: ProtocolCase): boolean;
  /** Runs one case against its service's generated packages; never throws (a crash is a `failed`). */
  run(c: ProtocolCase, service: GeneratedService): Promise<CaseOutcome>;
}

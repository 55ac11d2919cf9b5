/**
 * Typed resolvers: a function per operation that answers a call with the operation's output, or
 * with one of its modeled errors (returned or thrown as a `ModeledError`). What a resolver returns
 * is held to the contract exactly like stored data — the strict output schema, then the wire
 * schema of the encoded body — and written with the operation's restJson1 bindings (status code,
 * headers, prefix headers, payload, body). A resolver only ever sees input that passed the strict
 * input check: invalid requests are answered with the modeled validation error before it runs.
 */

import type { MemberBinding } from './bindings.js';
import { fillDefaults } from './defaults.js';
import type { InputRuleTable } from './input-rules.js';
import { prepareOutput } from './output.js';
import type { PreparedResponse } from './store.js';
import { check, ContractViolationError, type SafeParser } from './validation.js';

/** A modeled error as a value: `throw modeledError('ResourceNotFoundException', { message: '...' })`. */
export class ModeledError<Name extends string = string, Fields = unknown> extends Error {
  /** The error shape's name, sent as `X-Amzn-Errortype`. */
  readonly errorName: Name;
  /** The error's members (application form): they become its headers and JSON body. */
  readonly fields: Fields;
  constructor(errorName: Name, fields: Fields) {
    const message = (fields as { message?: unknown; Message?: unknown } | undefined)?.message ?? (fields as { Message?: unknown } | undefined)?.Message;
    super(typeof message === 'string' ? `${errorName}: ${message}` : errorName);
    this.name = 'ModeledError';
    this.errorName = errorName;
    this.fields = fields;
  }
}

/** Untyped form of the generated, typed `modeledError(name, fields)`. */
export function createModeledError<Name extends string, Fields>(name: Name, fields: Fields): ModeledError<Name, Fields> {
  return new ModeledError(name, fields);
}

/** What a resolver gets besides the input. */
export interface ResolverContext {
  /** The intercepted request (already read: use the input, not the body). */
  readonly request: Request;
  /** Name of the operation (`GetOTAUpdate`). */
  readonly operation: string;
  /** The `x-amzn-RequestId` the response carries. */
  readonly requestId: string;
}

/**
 * Answers one operation: the output (application form, the whole output structure), or a modeled
 * error of the operation, returned or thrown; may be async.
 */
export type MockResolver<Input, Output, ErrorName extends string = string> = (
  input: Input,
  context: ResolverContext,
) => Output | ModeledError<ErrorName> | Promise<Output | ModeledError<ErrorName>>;

/** How one modeled error structure travels: its status, strict schema and member bindings. */
export interface ErrorSpec {
  readonly httpStatus: number;
  readonly schema?: SafeParser;
  readonly members: readonly MemberBinding[];
}

/** What the handler needs to turn a resolver's answer into a response. */
export interface ResolverSpec {
  readonly operation: string;
  /** Strict application-form schema of the whole output structure; absent when the output is Unit. */
  readonly outputSchema?: SafeParser;
  /** Rule table of the output's closure: its `@default`s are filled into what the resolver returns. */
  readonly outputRules?: { readonly root: string; readonly table: InputRuleTable };
  /** Strict wire schema of the JSON body (absent when a payload member is the body). */
  readonly wireSchema?: SafeParser;
  readonly members: readonly MemberBinding[];
  /** The errors this operation may answer with (its own and the service's), by name. */
  readonly errors: Readonly<Record<string, ErrorSpec>>;
}

/** A resolver's answer, checked and encoded: the status and headers to send, with the body. */
export interface ResolvedResponse extends PreparedResponse {
  /** Set for modeled errors: the shape name for `X-Amzn-Errortype`. */
  readonly errorName?: string;
}

/** Top-level `null` members are absent (a server does not serialize them). */
function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

function encode(what: string, value: unknown, schema: SafeParser | undefined, members: readonly MemberBinding[], wireSchema?: SafeParser): PreparedResponse {
  let checked = withoutNulls(value ?? {});
  if (schema) {
    const result = check<Record<string, unknown>>(schema, checked);
    if (!result.ok) throw new ContractViolationError(what, result.issues);
    checked = result.value;
  }
  const { json, issues, ...prepared } = prepareOutput(checked as Record<string, unknown>, members);
  if (issues.length) throw new ContractViolationError(what, issues);
  if (wireSchema) {
    const wire = check(wireSchema, json);
    if (!wire.ok) throw new ContractViolationError(`the encoded ${what}`, wire.issues);
  }
  return prepared;
}

function encodeError(spec: ResolverSpec, error: ModeledError): ResolvedResponse {
  const meta = Object.hasOwn(spec.errors, error.errorName) ? spec.errors[error.errorName] : undefined;
  if (!meta) throw new Error(`${error.errorName} is not an error of ${spec.operation} (its errors: ${Object.keys(spec.errors).join(', ') || 'none'})`);
  const prepared = encode(`the ${error.errorName} a resolver of ${spec.operation} answered`, error.fields, meta.schema, meta.members);
  return { ...prepared, status: meta.httpStatus, errorName: error.errorName };
}

/**
 * Runs a resolver and encodes its answer. Output or errors that break the contract throw a
 * `ContractViolationError` (MSW turns it into a 500 that names each broken rule), as an invalid
 * item does when it is stored.
 */
export async function resolveCall<I, O>(spec: ResolverSpec, resolver: MockResolver<I, O>, input: I, context: ResolverContext): Promise<ResolvedResponse> {
  let answer: unknown;
  try {
    answer = await resolver(input, context);
  } catch (thrown) {
    if (thrown instanceof ModeledError) return encodeError(spec, thrown);
    throw thrown;
  }
  if (answer instanceof ModeledError) return encodeError(spec, answer);
  // An operation whose output is Unit answers with an empty body, as Smithy servers do.
  if (!spec.outputSchema && spec.members.length === 0) return { body: '' };
  // Smithy 2.0: a server serializes the default of an absent member that has one, at every depth.
  const output = spec.outputRules ? fillDefaults(spec.outputRules.table, spec.outputRules.root, withoutNulls(answer ?? {})) : answer;
  return encode(`the output a resolver of ${spec.operation} returned`, output, spec.outputSchema, spec.members, spec.wireSchema);
}

/**
 * The intermediate representation every emitter reads.
 *
 * Everything a Smithy trait means is resolved here, once: constraints, http bindings, timestamp
 * formats, error statuses, defaults. Emitters never see a raw trait id (`smithy.api#length`); if an
 * emitter needs a fact that is not in these types, add it here and resolve it in `ir/build.ts`.
 *
 * Shapes are referenced by their absolute shape id (`com.amazonaws.iot#OTAUpdateInfo`); the model
 * keeps them in one map and in one sorted order, so emitters iterate deterministically.
 */

export type ShapeId = string;

/** Inclusive bounds. `@length` counts Unicode code points for strings, entries for lists and maps, bytes for blobs. */
export interface LengthBounds {
  min?: number;
  max?: number;
}

/**
 * Inclusive numeric bounds from `@range`. Kept as the decimal text of the model as well, because
 * Smithy allows bigDecimal ranges that a JS number cannot hold exactly.
 */
export interface RangeBounds {
  min?: number;
  max?: number;
  minText?: string;
  maxText?: string;
}

/** Constraint traits, resolved. Member-level traits are merged over the target's in `IrMember.constraints`. */
export interface Constraints {
  length?: LengthBounds;
  range?: RangeBounds;
  /**
   * ECMA-262 source to compile with the `u` flag (`new RegExp(pattern, 'u')`). Already translated
   * from the Java dialect where needed (see `ir/pattern.ts`); `patternSource` keeps the model's text.
   */
  pattern?: string;
  patternSource?: string;
  /**
   * Set only when `pattern` has what fast-check's `stringMatching` cannot generate from (lookarounds,
   * `\b`, backreferences, emulated possessive quantifiers or atomic groups): the pattern without
   * them (see `ir/pattern/print.ts`), for test-data generators. It may accept more than `pattern`:
   * a generator draws from it and keeps only the strings `pattern` accepts.
   */
  patternForGeneration?: string;
  /**
   * Set when the pattern is proven to match no string (`ir/pattern/satisfiable.ts`), e.g. AWS's
   * `/^[\d]{12}$/` with its slashes: valid Smithy, so generated as is, with a warning.
   */
  patternMatchesNothing?: true;
  uniqueItems?: boolean;
}

export interface Documentation {
  /** Plain text (the model's documentation with HTML tags removed), or undefined. */
  text?: string;
  deprecated?: { message?: string; since?: string };
  sensitive?: boolean;
}

export type TimestampFormat = 'epoch-seconds' | 'date-time' | 'http-date';

export type SimpleKind =
  | 'string'
  | 'boolean'
  | 'byte'
  | 'short'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'bigInteger'
  | 'bigDecimal'
  | 'blob'
  | 'document'
  | 'timestamp';

interface ShapeBase {
  id: ShapeId;
  /**
   * The shape's name: after the `#`, or the service's `rename` of it. Not escaped; ask `naming/`
   * for identifiers.
   */
  name: string;
  docs: Documentation;
  constraints: Constraints;
  /** Shape-level `@default`, when present (Smithy 2.0 allows it on simple shapes and enums). */
  default?: unknown;
  /** A `smithy.api#` prelude shape (`String`, `Integer`, ...): emitters inline it instead of naming it. */
  prelude?: boolean;
}

export interface SimpleShape extends ShapeBase {
  kind: SimpleKind;
  /** Only for `timestamp`: the shape-level `@timestampFormat`, if any. */
  timestampFormat?: TimestampFormat;
  /** Only for `string`/`blob`: `@mediaType`. */
  mediaType?: string;
}

export interface EnumValue {
  /** Member name in the model (`CREATE_PENDING`). */
  name: string;
  /** Wire value (`@enumValue`, or the member name when absent). */
  value: string;
  docs: Documentation;
  /** `@internal`: a valid value that public listings (Smithy's validation messages) leave out. */
  internal?: boolean;
}

export interface EnumShape extends ShapeBase {
  kind: 'enum';
  /** In model order. */
  values: EnumValue[];
}

export interface IntEnumValue {
  name: string;
  value: number;
  docs: Documentation;
}

export interface IntEnumShape extends ShapeBase {
  kind: 'intEnum';
  values: IntEnumValue[];
}

export interface ListShape extends ShapeBase {
  kind: 'list';
  member: IrMember;
  /** `@sparse`: nulls allowed as elements. */
  sparse: boolean;
}

export interface MapShape extends ShapeBase {
  kind: 'map';
  key: IrMember;
  value: IrMember;
  sparse: boolean;
}

/** Where a member travels in an HTTP message (restJson1). Absent binding = JSON body property. */
export type HttpBinding =
  | { kind: 'label'; greedy: boolean }
  | { kind: 'query'; name: string }
  | { kind: 'queryParams' }
  | { kind: 'header'; name: string }
  | { kind: 'prefixHeaders'; prefix: string }
  | { kind: 'payload' }
  | { kind: 'responseCode' };

export interface IrMember {
  /** Member name in the model (`otaUpdateId`). */
  name: string;
  target: ShapeId;
  /** Property name in a JSON body: `@jsonName` or the member name. */
  jsonName: string;
  /**
   * `@required` is present. Validators enforce it in strict mode whatever `clientOptional` says
   * (a server checks its input against the model, not against a client's nullability).
   */
  required: boolean;
  /**
   * `@clientOptional` is present: generated types keep the member optional even when required.
   * Members of `@input` structures are *also* client-optional in Smithy 2.0 terms (see the
   * structure's `role`); emitters that follow the AWS SDK keep them required, as it does.
   */
  clientOptional: boolean;
  /** Member-level `@default` (wins over the target's), when present. `null` is a real value. */
  default?: unknown;
  hasDefault: boolean;
  /** Effective constraints: the target's, overridden by member-level traits. */
  constraints: Constraints;
  /**
   * Effective timestamp format for a timestamp target (member trait, then shape trait, then the
   * protocol default for the location: body epoch-seconds, header http-date, label/query date-time).
   * For a header- or query-bound *list* of timestamps, the format of its elements.
   */
  timestampFormat?: TimestampFormat;
  http?: HttpBinding;
  idempotencyToken: boolean;
  /** `@hostLabel`: the member's value also fills a `{label}` of the operation's `hostPrefix`. */
  hostLabel?: true;
  /**
   * Members of an event structure (a member of a `@streaming` union): `@eventHeader` (a typed
   * header of the event message) or `@eventPayload` (the whole message body).
   */
  event?: 'header' | 'payload';
  /**
   * The target is a `@streaming` union: the member is an event stream (an `AsyncIterable` of the
   * union in the application form), never a JSON value; restJson1 binds it with `@httpPayload`.
   */
  eventStream?: true;
  docs: Documentation;
}

export interface ErrorInfo {
  fault: 'client' | 'server';
  /** `@httpError`, or 400/500 by fault when absent (as the restJson1 spec says). */
  httpStatus: number;
  retryable?: { throttling: boolean };
}

export interface StructureShape extends ShapeBase {
  kind: 'structure';
  /** In model order. */
  members: IrMember[];
  error?: ErrorInfo;
  /** `@input` / `@output`. */
  role?: 'input' | 'output';
}

export interface UnionShape extends ShapeBase {
  kind: 'union';
  members: IrMember[];
  /**
   * `@streaming`: an event stream (`application/vnd.amazon.eventstream` messages, one per member
   * value), not a JSON value; a member targeting it is an `AsyncIterable` of the union.
   */
  streaming?: true;
}

export type IrShape = SimpleShape | EnumShape | IntEnumShape | ListShape | MapShape | StructureShape | UnionShape;

/** One piece of an `@http` URI path. */
export type UriSegment =
  | { kind: 'literal'; value: string }
  | { kind: 'label'; member: string; greedy: boolean };

export interface HttpTrait {
  method: string;
  /** The URI template as written (`/otaUpdates/{otaUpdateId}`). */
  uri: string;
  /** Path split into `/`-separated segments (the query-literal part is in `queryLiterals`). */
  path: UriSegment[];
  queryLiterals: Record<string, string>;
  code: number;
}

export interface Pagination {
  inputToken?: string;
  outputToken?: string;
  items?: string;
  pageSize?: string;
}

export interface IrOperation {
  id: ShapeId;
  name: string;
  /** Absent when the model says `smithy.api#Unit` (no input / no output members). */
  input?: ShapeId;
  output?: ShapeId;
  /** Error structure ids, sorted. */
  errors: ShapeId[];
  http: HttpTrait;
  docs: Documentation;
  idempotent: boolean;
  readonly: boolean;
  pagination?: Pagination;
  /**
   * `@requestCompression`: the encodings a client may compress the request body with, in the
   * service's order of preference (the client takes the first it supports; only `gzip` exists).
   */
  requestCompression?: { encodings: string[] };
  /** `@endpoint`'s `hostPrefix`, checked (ir/endpoint.ts): what a client puts before the endpoint's host. */
  hostPrefix?: HostPrefixPart[];
  /** `@httpChecksumRequired`: a client sends the request body's `Content-MD5`. */
  httpChecksumRequired?: true;
}

/** One piece of a host prefix: literal text (letters, digits, `-`, `.`) or an input member with `@hostLabel`. */
export type HostPrefixPart = { kind: 'literal'; value: string } | { kind: 'label'; member: string };

export interface IrService {
  id: ShapeId;
  name: string;
  version: string;
  protocol: 'restJson1';
  sdkId?: string;
  signingName?: string;
  title?: string;
  /** Service-level error ids (apply to every operation), sorted. */
  errors: ShapeId[];
  docs: Documentation;
}

export interface IrModel {
  /** Path of the model file relative to the repository root, for generated-file headers. */
  source: string;
  service: IrService;
  /** Sorted by shape id. */
  operations: IrOperation[];
  /**
   * Every shape of the operations' closure, keyed by id. The prelude `smithy.api#Unit` (a prelude
   * structure with no members) is included only when a union member targets it.
   */
  shapes: ReadonlyMap<ShapeId, IrShape>;
  /** The same shapes sorted by id: iterate this, never `shapes.values()` of an unsorted map. */
  shapeOrder: readonly ShapeId[];
}

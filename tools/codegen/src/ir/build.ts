/**
 * AST → IR. Chooses the service and operations, computes their shape closure, and resolves every
 * trait the emitters need, once. Pure: no I/O.
 */

import type { AstMember, AstModel, AstShape, Traits } from '../load/ast.js';
import { ModelError, pointer, type ModelIssue } from '../load/errors.js';
import { PRELUDE_SHAPES, UNIT, isPrelude } from '../load/prelude.js';
import { dropIgnoredBindings } from './binding-roles.js';
import { documentationOf } from './docs.js';
import { hostPrefixOf } from './endpoint.js';
import { patternForGeneration, patternMatchesNothing, translatePattern } from './pattern.js';
import type {
  Constraints,
  HttpBinding,
  IrMember,
  IrModel,
  IrOperation,
  IrService,
  IrShape,
  Pagination,
  ShapeId,
  SimpleKind,
  TimestampFormat,
} from './types.js';
import { parseUri } from './uri.js';

export interface BuildOptions {
  /** Path of the model file as it should appear in generated headers (repository-relative). */
  source: string;
  /** Service shape id; required when the model has more than one service. */
  service?: ShapeId;
  /** Operation shape ids to generate; default: every operation of the service. */
  operations?: ShapeId[];
}

const SUPPORTED_PROTOCOLS = ['aws.protocols#restJson1'];
const KNOWN_PROTOCOLS = ['aws.protocols#awsJson1_0', 'aws.protocols#awsJson1_1', 'aws.protocols#restXml', 'aws.protocols#awsQuery', 'aws.protocols#ec2Query', 'smithy.protocols#rpcv2Cbor'];

export function buildIr(ast: AstModel, options: BuildOptions): IrModel {
  // Own entries only: model text such as `constructor` must not find Object.prototype's members.
  const lookup = (id: ShapeId): AstShape | undefined => ownShape(ast, id) ?? PRELUDE_SHAPES.get(id);
  const fail = (issues: ModelIssue[]): never => {
    throw new ModelError(options.source, issues);
  };

  const serviceId = chooseService(ast, options, fail);
  const serviceShape = ast.shapes[serviceId]!;
  const protocol = Object.keys(serviceShape.traits ?? {}).find((t) => SUPPORTED_PROTOCOLS.includes(t));
  if (!protocol) {
    const other = Object.keys(serviceShape.traits ?? {}).filter((t) => KNOWN_PROTOCOLS.includes(t));
    fail([{
      shapeId: serviceId,
      pointer: pointer('shapes', serviceId, 'traits'),
      message: other.length
        ? `unsupported protocol ${other.join(', ')}: ota-codegen generates restJson1 (aws.protocols#restJson1) contracts only`
        : 'unsupported protocol: the service has no aws.protocols#restJson1 trait',
    }]);
  }

  const serviceOperations = collectServiceOperations(ast, serviceId);
  const operationIds = options.operations?.length ? [...new Set(options.operations)] : serviceOperations;
  for (const op of operationIds) {
    if (ownShape(ast, op)?.type !== 'operation') fail([{ shapeId: op, pointer: pointer('shapes', op), message: 'is not an operation in the model' }]);
    if (!serviceOperations.includes(op)) fail([{ shapeId: op, pointer: pointer('shapes', serviceId, 'operations'), message: `is not an operation of service ${serviceId}` }]);
  }
  operationIds.sort();

  const serviceErrors = (serviceShape.errors ?? []).map((e) => e.target).sort();
  const closure = computeClosure(operationIds.map((id) => ast.shapes[id]!), serviceErrors, lookup);

  // The service's `rename` gives a shape of the closure its name in this service (to resolve clashes
  // between namespaces); every identifier downstream derives from that name.
  const rename = serviceShape.rename ?? {};
  const nameFor = (id: ShapeId): string => (Object.hasOwn(rename, id) ? rename[id]! : nameOf(id));
  const shapes = new Map<ShapeId, IrShape>();
  for (const id of [...closure].sort()) shapes.set(id, buildShape(id, lookup(id)!, lookup, nameFor(id)));

  const servicePagination = serviceShape.traits?.['smithy.api#paginated'] as Pagination | undefined;
  const operations: IrOperation[] = operationIds.map((id) => buildOperation(id, ast.shapes[id]!, shapes, servicePagination));
  dropIgnoredBindings(operations, serviceErrors, shapes);

  const traits = serviceShape.traits ?? {};
  const apiService = traits['aws.api#service'] as { sdkId?: string } | undefined;
  const sigv4 = traits['aws.auth#sigv4'] as { name?: string } | undefined;
  const service: IrService = {
    id: serviceId,
    name: nameOf(serviceId),
    version: serviceShape.version ?? '',
    protocol: 'restJson1',
    ...(apiService?.sdkId ? { sdkId: apiService.sdkId } : {}),
    ...(sigv4?.name ? { signingName: sigv4.name } : {}),
    ...(typeof traits['smithy.api#title'] === 'string' ? { title: traits['smithy.api#title'] as string } : {}),
    errors: serviceErrors,
    docs: documentationOf(traits),
  };
  return { source: options.source, service, operations, shapes, shapeOrder: [...shapes.keys()] };
}

function chooseService(ast: AstModel, options: BuildOptions, fail: (i: ModelIssue[]) => never): ShapeId {
  const services = Object.keys(ast.shapes).filter((id) => ast.shapes[id]!.type === 'service').sort();
  if (options.service) {
    if (ownShape(ast, options.service)?.type !== 'service') fail([{ shapeId: options.service, pointer: pointer('shapes', options.service), message: 'is not a service shape in the model' }]);
    return options.service;
  }
  if (services.length === 1) return services[0]!;
  return fail([{
    pointer: '/shapes',
    message: services.length === 0 ? 'the model has no service shape' : `the model has ${services.length} services (${services.join(', ')}): choose one with --service`,
  }]);
}

/** Operations bound to the service directly or through (nested) resources. */
function collectServiceOperations(ast: AstModel, serviceId: ShapeId): ShapeId[] {
  const found = new Set<ShapeId>();
  const seen = new Set<ShapeId>(); // resources may refer to each other: visit each once
  const visit = (id: ShapeId): void => {
    const shape = ownShape(ast, id);
    if (!shape || seen.has(id)) return;
    seen.add(id);
    if (shape.type === 'operation') {
      found.add(id);
      return;
    }
    const refs = [
      ...(shape.operations ?? []),
      ...(shape.resources ?? []),
      ...(shape.collectionOperations ?? []),
      ...[shape.create, shape.put, shape.read, shape.update, shape.delete, shape.list].filter((r): r is { target: string } => !!r),
    ];
    for (const ref of refs) visit(ref.target);
  };
  visit(serviceId);
  return [...found].sort();
}

/**
 * Every shape reachable from the operations and service errors. `smithy.api#Unit` as an operation's
 * input or output means "none" and stays out; as the target of a union member (a tag with no value)
 * it is a real shape and is included.
 */
function computeClosure(operations: AstShape[], serviceErrors: ShapeId[], lookup: (id: ShapeId) => AstShape | undefined): Set<ShapeId> {
  const seen = new Set<ShapeId>();
  const stack: ShapeId[] = [...serviceErrors];
  for (const op of operations) {
    if (op.input && op.input.target !== UNIT) stack.push(op.input.target);
    if (op.output && op.output.target !== UNIT) stack.push(op.output.target);
    for (const e of op.errors ?? []) stack.push(e.target);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const shape = lookup(id)!;
    if (shape.type === 'enum' || shape.type === 'intEnum') continue;
    for (const m of membersOf(shape)) stack.push(m[1].target);
  }
  return seen;
}

function membersOf(shape: AstShape): [string, AstMember][] {
  switch (shape.type) {
    case 'list':
    case 'set':
      return [['member', shape.member!]];
    case 'map':
      return [['key', shape.key!], ['value', shape.value!]];
    case 'structure':
    case 'union':
      return Object.entries(shape.members ?? {});
    default:
      return [];
  }
}

export function nameOf(id: ShapeId): string {
  return id.slice(id.indexOf('#') + 1);
}

function constraintsOf(traits: Traits | undefined): Constraints {
  const c: Constraints = {};
  const length = traits?.['smithy.api#length'] as { min?: number; max?: number } | undefined;
  if (length) c.length = { ...(length.min !== undefined ? { min: length.min } : {}), ...(length.max !== undefined ? { max: length.max } : {}) };
  const range = traits?.['smithy.api#range'] as { min?: number; max?: number } | undefined;
  if (range) {
    c.range = {
      ...(range.min !== undefined ? { min: range.min, minText: String(range.min) } : {}),
      ...(range.max !== undefined ? { max: range.max, maxText: String(range.max) } : {}),
    };
  }
  const pattern = traits?.['smithy.api#pattern'];
  if (typeof pattern === 'string') {
    c.pattern = translatePattern(pattern);
    c.patternSource = pattern;
    const generation = patternForGeneration(pattern);
    if (generation !== undefined) c.patternForGeneration = generation;
    if (patternMatchesNothing(pattern)) c.patternMatchesNothing = true;
  }
  if (traits && 'smithy.api#uniqueItems' in traits) c.uniqueItems = true;
  return c;
}

/** Member-level constraint traits override the target's, trait by trait. */
function mergeConstraints(target: Constraints, member: Constraints): Constraints {
  const merged: Constraints = { ...target, ...member };
  for (const k of Object.keys(merged) as (keyof Constraints)[]) if (merged[k] === undefined) delete merged[k];
  // The pattern's companions come from whichever side gave the pattern.
  const patternOwner = member.pattern !== undefined ? member : target;
  for (const k of ['patternSource', 'patternForGeneration'] as const) {
    if (patternOwner[k] !== undefined) merged[k] = patternOwner[k];
    else delete merged[k];
  }
  if (patternOwner.patternMatchesNothing) merged.patternMatchesNothing = true;
  else delete merged.patternMatchesNothing;
  return merged;
}

function buildMember(name: string, member: AstMember, lookup: (id: ShapeId) => AstShape | undefined): IrMember {
  const traits = member.traits ?? {};
  const target = lookup(member.target)!;
  // Smithy 2.0: only the member's own @default counts (it must repeat the target's); @default(null) removes it.
  const hasDefault = 'smithy.api#default' in traits && traits['smithy.api#default'] !== null;
  const ir: IrMember = {
    name,
    target: member.target,
    jsonName: typeof traits['smithy.api#jsonName'] === 'string' ? (traits['smithy.api#jsonName'] as string) : name,
    required: 'smithy.api#required' in traits,
    clientOptional: 'smithy.api#clientOptional' in traits,
    hasDefault,
    constraints: mergeConstraints(constraintsOf(target.traits), constraintsOf(traits)),
    idempotencyToken: 'smithy.api#idempotencyToken' in traits,
    docs: documentationOf(traits),
  };
  if ('smithy.api#hostLabel' in traits) ir.hostLabel = true;
  // @sensitive is a shape trait: a member is sensitive when its target is.
  if (target.traits && 'smithy.api#sensitive' in target.traits) ir.docs.sensitive = true;
  if (hasDefault) ir.default = traits['smithy.api#default'];
  const http = httpBindingOf(traits);
  if (http) ir.http = http;
  if ('smithy.api#eventHeader' in traits) ir.event = 'header';
  else if ('smithy.api#eventPayload' in traits) ir.event = 'payload';
  if (target.type === 'union' && target.traits && 'smithy.api#streaming' in target.traits) ir.eventStream = true;
  if (target.type === 'timestamp') {
    ir.timestampFormat =
      (traits['smithy.api#timestampFormat'] as TimestampFormat | undefined) ??
      (target.traits?.['smithy.api#timestampFormat'] as TimestampFormat | undefined) ??
      defaultTimestampFormat(http);
  } else if (http && (http.kind === 'header' || http.kind === 'query') && (target.type === 'list' || target.type === 'set')) {
    // A header or query list of timestamps: the elements take the location's default, since the
    // list shape's own member only knows the body default.
    const element = lookup(target.member!.target);
    if (element?.type === 'timestamp') {
      ir.timestampFormat =
        (target.member!.traits?.['smithy.api#timestampFormat'] as TimestampFormat | undefined) ??
        (element.traits?.['smithy.api#timestampFormat'] as TimestampFormat | undefined) ??
        defaultTimestampFormat(http);
    }
  }
  return ir;
}

/** restJson1 defaults: body → epoch-seconds, header → http-date, label/query → date-time. */
function defaultTimestampFormat(http: HttpBinding | undefined): TimestampFormat {
  if (!http || http.kind === 'payload') return 'epoch-seconds';
  if (http.kind === 'header' || http.kind === 'prefixHeaders') return 'http-date';
  return 'date-time';
}

function httpBindingOf(traits: Traits): HttpBinding | undefined {
  if ('smithy.api#httpLabel' in traits) return { kind: 'label', greedy: false };
  if (typeof traits['smithy.api#httpQuery'] === 'string') return { kind: 'query', name: traits['smithy.api#httpQuery'] as string };
  if ('smithy.api#httpQueryParams' in traits) return { kind: 'queryParams' };
  if (typeof traits['smithy.api#httpHeader'] === 'string') return { kind: 'header', name: traits['smithy.api#httpHeader'] as string };
  if (typeof traits['smithy.api#httpPrefixHeaders'] === 'string') return { kind: 'prefixHeaders', prefix: traits['smithy.api#httpPrefixHeaders'] as string };
  if ('smithy.api#httpPayload' in traits) return { kind: 'payload' };
  if ('smithy.api#httpResponseCode' in traits) return { kind: 'responseCode' };
  return undefined;
}

function buildShape(id: ShapeId, shape: AstShape, lookup: (id: ShapeId) => AstShape | undefined, name: string): IrShape {
  const traits = shape.traits ?? {};
  const base = {
    id,
    name,
    docs: documentationOf(traits),
    constraints: constraintsOf(traits),
    ...('smithy.api#default' in traits ? { default: traits['smithy.api#default'] } : {}),
    ...(isPrelude(id) ? { prelude: true } : {}),
  };
  const memberList = (): IrMember[] => Object.entries(shape.members ?? {}).map(([n, m]) => buildMember(n, m, lookup));
  switch (shape.type) {
    case 'enum':
      return {
        ...base,
        kind: 'enum',
        values: Object.entries(shape.members ?? {}).map(([name, m]) => ({
          name,
          value: typeof m.traits?.['smithy.api#enumValue'] === 'string' ? (m.traits['smithy.api#enumValue'] as string) : name,
          docs: documentationOf(m.traits),
          ...(m.traits?.['smithy.api#internal'] !== undefined ? { internal: true } : {}),
        })),
      };
    case 'intEnum':
      return {
        ...base,
        kind: 'intEnum',
        values: Object.entries(shape.members ?? {}).map(([name, m]) => ({ name, value: m.traits!['smithy.api#enumValue'] as number, docs: documentationOf(m.traits) })),
      };
    case 'list':
    case 'set': {
      const list = { ...base, kind: 'list' as const, member: buildMember('member', shape.member!, lookup), sparse: 'smithy.api#sparse' in traits };
      // Smithy 1 `set` is a list with @uniqueItems.
      if (shape.type === 'set') list.constraints = { ...list.constraints, uniqueItems: true };
      return list;
    }
    case 'map':
      return { ...base, kind: 'map', key: buildMember('key', shape.key!, lookup), value: buildMember('value', shape.value!, lookup), sparse: 'smithy.api#sparse' in traits };
    case 'structure': {
      const errorTrait = traits['smithy.api#error'] as 'client' | 'server' | undefined;
      const retryable = traits['smithy.api#retryable'] as { throttling?: boolean } | undefined;
      return {
        ...base,
        kind: 'structure',
        members: memberList(),
        ...(errorTrait
          ? {
              error: {
                fault: errorTrait,
                httpStatus: (traits['smithy.api#httpError'] as number | undefined) ?? (errorTrait === 'client' ? 400 : 500),
                ...(retryable ? { retryable: { throttling: retryable.throttling === true } } : {}),
              },
            }
          : {}),
        ...('smithy.api#input' in traits ? { role: 'input' as const } : 'smithy.api#output' in traits ? { role: 'output' as const } : {}),
      };
    }
    case 'union':
      return { ...base, kind: 'union', members: memberList(), ...('smithy.api#streaming' in traits ? { streaming: true as const } : {}) };
    default: {
      const simple = { ...base, kind: shape.type as SimpleKind };
      if (shape.type === 'timestamp' && typeof traits['smithy.api#timestampFormat'] === 'string') {
        return { ...simple, timestampFormat: traits['smithy.api#timestampFormat'] as TimestampFormat };
      }
      if (typeof traits['smithy.api#mediaType'] === 'string') return { ...simple, mediaType: traits['smithy.api#mediaType'] as string };
      return simple;
    }
  }
}

function buildOperation(id: ShapeId, shape: AstShape, shapes: Map<ShapeId, IrShape>, servicePagination: Pagination | undefined): IrOperation {
  const traits = shape.traits ?? {};
  const http = traits['smithy.api#http'] as { method: string; uri: string; code?: number } | undefined;
  if (!http) {
    throw new ModelError('', [{ shapeId: id, pointer: pointer('shapes', id, 'traits'), message: 'restJson1 operations need a smithy.api#http trait' }]);
  }
  const { path, queryLiterals } = parseUri(http.uri);
  const input = shape.input && shape.input.target !== UNIT ? shape.input.target : undefined;
  // A greedy label in the URI marks the member's binding greedy too.
  if (input) {
    const structure = shapes.get(input);
    if (structure?.kind === 'structure') {
      for (const seg of path) {
        if (seg.kind !== 'label' || !seg.greedy) continue;
        const member = structure.members.find((m) => m.name === seg.member);
        if (member?.http?.kind === 'label') member.http = { kind: 'label', greedy: true };
      }
    }
  }
  // A service-level @paginated supplies defaults that an operation's own @paginated overrides.
  const own = traits['smithy.api#paginated'] as Pagination | undefined;
  const paginated = own ? { ...(servicePagination ?? {}), ...own } : undefined;
  return {
    id,
    name: nameOf(id),
    ...(input ? { input } : {}),
    ...(shape.output && shape.output.target !== UNIT ? { output: shape.output.target } : {}),
    errors: (shape.errors ?? []).map((e) => e.target).sort(),
    http: { method: http.method, uri: http.uri, path, queryLiterals, code: http.code ?? 200 },
    docs: documentationOf(traits),
    idempotent: 'smithy.api#idempotent' in traits,
    readonly: 'smithy.api#readonly' in traits,
    ...(paginated ? { pagination: paginated } : {}),
    ...requestCompressionOf(id, traits),
    ...hostPrefixOf(id, traits, input ? shapes.get(input) : undefined),
    ...('smithy.api#httpChecksumRequired' in traits ? { httpChecksumRequired: true as const } : {}),
  };
}

/** `@requestCompression`, checked: its `encodings` must be a list of strings. */
function requestCompressionOf(id: ShapeId, traits: Traits): { requestCompression?: { encodings: string[] } } {
  if (!('smithy.api#requestCompression' in traits)) return {};
  const encodings = (traits['smithy.api#requestCompression'] as { encodings?: unknown } | null)?.encodings;
  if (!Array.isArray(encodings) || !encodings.every((e) => typeof e === 'string')) {
    throw new ModelError('', [{ shapeId: id, pointer: pointer('shapes', id, 'traits', 'smithy.api#requestCompression', 'encodings'), message: 'must be a list of strings' }]);
  }
  return { requestCompression: { encodings: [...encodings] } };
}

/** A shape of the model by id, never an inherited property of the shapes table. */
function ownShape(ast: AstModel, id: string): AstShape | undefined {
  return Object.hasOwn(ast.shapes, id) ? ast.shapes[id] : undefined;
}

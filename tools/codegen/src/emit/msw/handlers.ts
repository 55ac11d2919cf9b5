/**
 * Text of `handlers.gen.ts`: one spec, store and handler factory per operation, then the
 * model-wide `handlers`, `createHandlers`, `mockControl`, `mockStores` and `resetMocks`.
 */

import type { StructureShape } from '../../ir/types.js';
import { names, packages } from '../../naming/index.js';
import { exportConst } from '../shared/ts-source.js';
import { LENIENT_NAMESPACE, type BindingText } from './bindings.js';
import type { OperationPlan } from './operation-spec.js';
import { eventStreamImports, eventStreamPlanStatements, eventStreamRuntimeNames, eventStreamStatements, handlerCall } from './event-stream.js';
import { blockComment, jsString, memberAccess, propertyKey, stringKey, typePropertyKey } from '../../naming/escape.js';

/** Every model string in this file is printed as a string literal through naming/escape.ts. */
const q = (s: string): string => jsString(s);
const indent = (lines: readonly string[], by = '  '): string[] => lines.flatMap((l) => l.split('\n')).map((l) => (l ? by + l : l));

function pathLiteral(plan: OperationPlan): string {
  const segments = plan.op.http.path.map((s) => (s.kind === 'literal' ? q(s.value) : s.greedy ? `{ label: ${q(s.member)}, greedy: true }` : `{ label: ${q(s.member)} }`));
  const literals = Object.entries(plan.op.http.queryLiterals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = literals.length ? `, queryLiterals: { ${literals.map(([k, v]) => `${q(k)}: ${q(v)}`).join(', ')} }` : '';
  return `{ segments: [${segments.join(', ')}]${query} }`;
}

export function inputType(plan: OperationPlan): string {
  return plan.input ? names.type(plan.input) : 'Record<string, never>';
}

/** The whole output structure's type: what a resolver returns. */
export function outputType(plan: OperationPlan): string {
  return plan.output ? names.type(plan.output) : 'Record<string, never> | void';
}

export function storedType(plan: OperationPlan): string {
  return plan.stored ? names.type(plan.stored) : 'never';
}

function specStatement(plan: OperationPlan): string {
  const { op } = plan;
  const lines = [
    `name: ${q(op.name)},`,
    `method: ${q(op.http.method)},`,
    `path: ${pathLiteral(plan)},`,
    `successCode: ${op.http.code},`,
    ...(plan.validationError ? [`validationError: ${q(plan.validationError)},`] : []),
    ...(plan.validationStyle === 'smithy' ? ["validationStyle: 'smithy',"] : []),
    ...(plan.notFoundError ? [`notFoundError: ${q(plan.notFoundError)},`] : []),
    'input: {',
    ...indent([
      ...(plan.input ? [`schema: ${names.zodSchema(plan.input)},`] : []),
      'members: [',
      ...indent(plan.inputBindings.map((b) => b.text)),
      '],',
      ...(plan.input ? [`rules: { root: ${q(plan.input.id)}, table: inputRules },`] : []),
    ]),
    '},',
  ];
  if (plan.output && plan.stored) {
    lines.push(
      'output: {',
      ...indent([
        `itemName: ${q(plan.stored.name)},`,
        ...(plan.item ? [`item: { member: ${q(plan.item.member)}, keys: [${plan.item.keys.map((k) => q(k)).join(', ')}] },`] : []),
        `schema: ${names.zodSchema(plan.stored)},`,
        ...(plan.wireSchema ? [`wireSchema: ${plan.wireSchema},`] : []),
        `onMissing: ${q(plan.onMissing)},`,
        'members: [',
        ...indent(plan.outputBindings.map((b) => b.text)),
        '],',
      ]),
      '},',
    );
  }
  lines.push(
    'resolver: {',
    ...indent([
      ...(plan.output ? [`outputSchema: ${names.zodSchema(plan.output)},`, `outputRules: { root: ${q(plan.output.id)}, table: inputRules },`] : []),
      `errors: { ${plan.errors.map((e) => `${stringKey(e.name)}: ${memberAccess('mockErrorShapes', e.name)}`).join(', ')} },`,
    ]),
    '},',
  );
  return `const ${names.mswSpec(op.name)}: OperationSpec<${inputType(plan)}, ${storedType(plan)}> = {\n${indent(lines).join('\n')}\n};`;
}

function operationStatements(plan: OperationPlan): string[] {
  const { op } = plan;
  const options = names.mswHandlerOptions(op.name);
  const store = names.mswStore(op.name);
  const resolver = names.mswResolver(op.name);
  const resolverDoc = '/** Answers every valid call with an output or a modeled error, instead of the store. */';
  const errorUnion = plan.errors.length ? plan.errors.map((e) => q(e.name)).join(' | ') : 'never';
  const out: string[] = [
    specStatement(plan),
    ...eventStreamStatements(op, plan.eventStreams),
    `/** Answers \`${op.name}\`: its output, or one of its modeled errors returned or thrown (\`modeledError(name, fields)\`); may be async. */\nexport type ${resolver} = MockResolver<${inputType(plan)}, ${outputType(plan)}, ${errorUnion}>;`,
  ];
  const item = storedType(plan);
  const where = `\`${op.http.method} ${op.http.uri}\``; // model text: the doc below goes through blockComment
  if (plan.stored) {
    out.push(
      `/** A new, empty store of \`${item}\` items, for \`${names.mswHandler(op.name)}({ store })\` (one per test, say). */\nexport function ${names.mswCreateStore(op.name)}(): MockStore<${item}> {\n  return createOperationStore(${names.mswSpec(op.name)});\n}`,
      `/**\n * The store that \`handlers\` serve \`${op.name}\` from. Seed it with \`put(...items)\`: each item is checked\n * against the strict contract first, and invalid data throws naming the broken constraint.\n */\nexport const ${store}: MockStore<${item}> = ${names.mswCreateStore(op.name)}();`,
      `export interface ${options} extends HandlerOptions<ModeledErrorName, MockOperationName> {\n  /** Where the handler finds its items. @default ${store} */\n  store?: MockStore<${item}>;\n  ${resolverDoc}\n  resolver?: ${resolver} | undefined;\n}`,
    );
  } else {
    out.push(`export interface ${options} extends HandlerOptions<ModeledErrorName, MockOperationName> {\n  ${resolverDoc}\n  resolver?: ${resolver} | undefined;\n}`);
  }
  const doc = [
    `MSW handler of \`${op.id}\`: ${where} on any endpoint, answered like the real service (restJson1).`,
    ...(plan.validationError ? [`Input that breaks the contract gets ${plan.validationError} (400).`] : []),
    ...(plan.stored ? [`Requests for data not in the store get ${plan.onMissing === 'empty' ? 'an empty output' : (plan.notFoundError ?? 'a 404')}.`] : []),
    ...(op.docs.text ? ['', op.docs.text] : []),
  ];
  const body = plan.stored
    ? `  const { store = ${store}, control = mockControl, ...rest } = options;\n  return ${handlerCall(op, plan.eventStreams)}, store, control, rest);`
    : `  const { control = mockControl, ...rest } = options;\n  return ${handlerCall(op, plan.eventStreams)}, undefined, control, rest);`;
  out.push(`/**\n${blockComment(doc.join('\n')).split('\n').map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\nexport function ${names.mswHandler(op.name)}(options: ${options} = {}): HttpHandler {\n${body}\n}`);
  return out;
}

function errorEntry(shape: StructureShape): string {
  // The member restJson1 clients read the message from: `message`, else `Message` (SDK order).
  const member = shape.members.find((m) => m.name === 'message') ?? shape.members.find((m) => m.name.toLowerCase() === 'message');
  return `${stringKey(shape.name)}: { httpStatus: ${shape.error!.httpStatus}, fault: ${q(shape.error!.fault)}, message: ${member ? q(member.jsonName) : 'null'} },`;
}

/** One modeled error's `ErrorSpec`: status, strict schema and member bindings (headers, body). */
function errorShapeEntry(error: ModelError): string {
  const members = error.bindings.map((b) => `    ${b.text}`).join('\n');
  return `${stringKey(error.shape.name)}: {\n  httpStatus: ${error.shape.error!.httpStatus},\n  schema: ${names.zodSchema(error.shape)},\n  members: [${members ? `\n${members}\n  ` : ''}],\n},`;
}

/** A modeled error of the model with the bindings of its members. */
export interface ModelError {
  shape: StructureShape;
  bindings: BindingText[];
}

/** Declarations the operations' code refers to: they come first. */
function modelHead(plans: readonly OperationPlan[], modelErrors: readonly ModelError[], rules: string): string[] {
  const errors = modelErrors.map((e) => e.shape);
  const opNames = plans.map((p) => q(p.op.name));
  const shapeMap = errors.map((e) => `  ${typePropertyKey(e.name)}: ${names.type(e)};`);
  return [
    `/** Names of the mocked operations. */\nexport type MockOperationName = ${opNames.length ? opNames.join(' | ') : 'never'};`,
    exportConst('mockErrors', errors.map(errorEntry), 'Every modeled error: HTTP status, fault, and the JSON name of its message member (`null`: none, the body is `{}`).').replace(' as const;', ' as const satisfies ErrorTable;'),
    '/**\n * Failure and delay injection shared by `handlers` and by every handler made without a `control`:\n * `mockControl.failNext(\'ThrottlingException\')`, `failAlways(...)`, `delayNext(ms)`, `reset()`.\n */\nexport const mockControl: MockControl<ModeledErrorName, MockOperationName> = createMockControl(mockErrors);',
    ...(rules ? [rules] : []),
    `/** The members of every modeled error (application form), by name: what \`modeledError(name, fields)\` takes. */\nexport interface ModeledErrorShapes {${shapeMap.length ? `\n${shapeMap.join('\n')}\n` : ''}}`,
    `/** How each modeled error a resolver answers with is checked and written: status, strict schema, member bindings. */\nconst mockErrorShapes = {${modelErrors.length ? `\n${indent(modelErrors.map(errorShapeEntry)).join('\n')}\n` : ''}} satisfies Readonly<Record<string, ErrorSpec>>;`,
    '/**\n * A modeled error for a resolver to return or throw: `throw modeledError(\'ResourceNotFoundException\', { message: \'no such update\' })`.\n * The fields are the error\'s members (application form), checked against the strict contract when the handler answers.\n */\nexport function modeledError<N extends ModeledErrorName>(name: N, ...fields: {} extends ModeledErrorShapes[N] ? [fields?: ModeledErrorShapes[N]] : [fields: ModeledErrorShapes[N]]): ModeledError<N, ModeledErrorShapes[N]> {\n  return createModeledError(name, (fields[0] ?? {}) as ModeledErrorShapes[N]);\n}',
  ];
}

/**
 * MSW answers with the first handler that matches, so more specific URIs go first: at the first
 * segment where two differ, a literal beats a label, which beats a greedy label (`/things/list`
 * before `/things/{id}`); then URIs with query literals (`?x-id=...`) before those without.
 */
export function bySpecificity(a: OperationPlan, b: OperationPlan): number {
  const rank = (s: OperationPlan['op']['http']['path'][number] | undefined) => (s === undefined ? 3 : s.kind === 'literal' ? 0 : s.greedy ? 2 : 1);
  const pa = a.op.http.path;
  const pb = b.op.http.path;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = rank(pa[i]) - rank(pb[i]);
    if (d !== 0) return d;
  }
  const qa = Object.keys(a.op.http.queryLiterals).length;
  const qb = Object.keys(b.op.http.queryLiterals).length;
  return qb - qa || (a.op.name < b.op.name ? -1 : a.op.name > b.op.name ? 1 : 0);
}

/** Model-wide declarations that use the operations' stores and factories: they come last. */
function modelTail(plans: readonly OperationPlan[]): string[] {
  const stored = plans.filter((p) => p.stored);
  return [
    `/** Stores of every operation that serves data, by operation name. */\nexport interface MockStores {\n${stored.map((p) => `  ${typePropertyKey(p.op.name)}: MockStore<${storedType(p)}>;`).join('\n')}\n}`,
    exportConst('mockStores', stored.map((p) => `${propertyKey(p.op.name)}: ${names.mswStore(p.op.name)},`), 'The default stores, by operation name (what `handlers` serve).').replace(' as const;', ' as const satisfies MockStores;'),
    `/** Resolvers by operation name, for \`createHandlers({ resolvers })\`. */\nexport interface MockResolvers {\n${plans.map((p) => `  ${typePropertyKey(p.op.name)}?: ${names.mswResolver(p.op.name)} | undefined;`).join('\n')}\n}`,
    '/**\n * Options of `createHandlers`: shared by every handler, plus a store and a resolver per operation.\n * An operation with a resolver answers from it; the others from their stores.\n */\nexport interface CreateHandlersOptions extends HandlerOptions<ModeledErrorName, MockOperationName> {\n  /** Stores to use instead of the defaults in `mockStores`. */\n  stores?: Partial<MockStores>;\n  /** Per operation, a function that answers instead of the store. */\n  resolvers?: MockResolvers;\n}',
    `/** One handler per operation, sharing \`options\`; more specific URIs first (MSW takes the first match). */\nexport function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {\n  const { stores = {}, resolvers = {}, ...shared } = options;\n  return [\n${[...plans]
      .sort(bySpecificity)
      .map((p) => {
        const resolver = `...(${memberAccess('resolvers', p.op.name)} ? { resolver: ${memberAccess('resolvers', p.op.name)} } : {})`;
        return p.stored
          ? `    ${names.mswHandler(p.op.name)}({ ...shared, ...(${memberAccess('stores', p.op.name)} ? { store: ${memberAccess('stores', p.op.name)} } : {}), ${resolver} }),`
          : `    ${names.mswHandler(p.op.name)}({ ...shared, ${resolver} }),`;
      })
      .join('\n')}\n  ];\n}`,
    '/** The handlers of every operation, on the default stores and `mockControl`: `setupServer(...handlers)`. */\nexport const handlers: HttpHandler[] = createHandlers();',
    `/** Item-keyed default stores with their wire-form decoders: what the mock server loads \`--data\` files into. */\nexport const mockDataSets: readonly MockDataSet[] = [\n${plans
      .filter((p) => p.item)
      .map((p) => `  dataSet(${q(p.op.name)}, ${names.mswStore(p.op.name)}, wireDecoder(${q(p.item!.shape.name)}, ${names.zodJsonSchema(p.item!.shape)}, ${names.zodCodec(p.item!.shape)})),`)
      .join('\n')}\n];`,
    `/** Empties the default stores and resets \`mockControl\` (failures, delays, request ids): call it in \`afterEach\`. */\nexport function resetMocks(): void {\n${stored.map((p) => `  ${names.mswStore(p.op.name)}.clear();`).join('\n')}${stored.length ? '\n' : ''}  mockControl.reset();\n}`,
  ];
}

/** Runtime names the file uses, sorted (values and `type` imports together, by name). */
function runtimeImports(plans: readonly OperationPlan[]): string[] {
  const used = ['createMockControl', 'createModeledError', 'createOperationHandler', 'type ErrorSpec', 'type ErrorTable', 'type HandlerOptions', 'type MockControl', 'type MockDataSet', 'type MockResolver', 'type MockStore', 'type ModeledError', 'type OperationSpec'];
  if (plans.some((p) => p.stored)) used.push('createOperationStore');
  if (plans.some((p) => p.input)) used.push('type InputRuleTable');
  if (plans.some((p) => p.item)) used.push('dataSet', 'wireDecoder');
  used.push(...eventStreamRuntimeNames(plans.some((p) => p.eventStreams !== undefined)));
  const bare = (n: string) => n.replace(/^type /, '');
  return used.sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
}

export function handlersFile(plans: readonly OperationPlan[], errors: readonly ModelError[], rules: string): string {
  const typeNames = new Set<string>(['ModeledErrorName']);
  const zodNames = new Set<string>();
  for (const e of errors) {
    typeNames.add(names.type(e.shape));
    zodNames.add(names.zodSchema(e.shape));
    for (const b of e.bindings) for (const c of b.codecs) zodNames.add(c);
  }
  for (const p of plans) {
    if (p.input) {
      typeNames.add(names.type(p.input));
      zodNames.add(names.zodSchema(p.input));
    }
    if (p.stored) {
      typeNames.add(names.type(p.stored));
      zodNames.add(names.zodSchema(p.stored));
    }
    if (p.output) {
      typeNames.add(names.type(p.output));
      zodNames.add(names.zodSchema(p.output));
    }
    if (p.wireSchema) zodNames.add(p.wireSchema);
    if (p.item) {
      zodNames.add(names.zodJsonSchema(p.item.shape));
      zodNames.add(names.zodCodec(p.item.shape));
    }
    for (const b of [...p.inputBindings, ...p.outputBindings]) for (const c of b.codecs) zodNames.add(c);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  const usesCodecs = [...errors.flatMap((e) => e.bindings), ...plans.flatMap((p) => [...p.inputBindings, ...p.outputBindings])].some((b) => b.codecs.length > 0);
  const imports = [
    'import type { HttpHandler } from "msw";',
    `import type { ${sorted(typeNames).join(', ')} } from ${q(packages.types)};`,
    ...(zodNames.size ? [`import { ${sorted(zodNames).join(', ')} } from ${q(packages.zod)};`] : []),
    ...(usesCodecs ? [`import * as ${LENIENT_NAMESPACE} from ${q(packages.zodLenient)};`] : []),
    ...eventStreamImports(plans.some((p) => p.eventStreams !== undefined)),
    `import { ${runtimeImports(plans).join(', ')} } from "./runtime/index.js";`,
  ];
  return [imports.join('\n'), ...modelHead(plans, errors, rules), ...eventStreamPlanStatements(plans.map((p) => p.eventStreams)), ...plans.flatMap(operationStatements), ...modelTail(plans)].join('\n\n') + '\n';
}

/**
 * Text of `handlers.gen.ts`: one spec, store and handler factory per operation, then the
 * model-wide `handlers`, `createHandlers`, `mockControl`, `mockStores` and `resetMocks`.
 */

import type { StructureShape } from '../../ir/types.js';
import { names, packages } from '../../naming/index.js';
import { escapeComment } from '../shared/jsdoc.js';
import { exportConst } from '../shared/ts-source.js';
import type { OperationPlan } from './operation-spec.js';

const q = JSON.stringify;
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
    ...(plan.notFoundError ? [`notFoundError: ${q(plan.notFoundError)},`] : []),
    'input: {',
    ...indent([...(plan.input ? [`schema: ${names.zodSchema(plan.input)},`] : []), 'members: [', ...indent(plan.inputBindings.map((b) => b.text)), '],']),
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
  return `const ${names.mswSpec(op.name)}: OperationSpec<${inputType(plan)}, ${storedType(plan)}> = {\n${indent(lines).join('\n')}\n};`;
}

function operationStatements(plan: OperationPlan): string[] {
  const { op } = plan;
  const options = names.mswHandlerOptions(op.name);
  const store = names.mswStore(op.name);
  const out: string[] = [specStatement(plan)];
  const item = storedType(plan);
  const where = `\`${op.http.method} ${op.http.uri}\``;
  if (plan.stored) {
    out.push(
      `/** A new, empty store of \`${item}\` items, for \`${names.mswHandler(op.name)}({ store })\` (one per test, say). */\nexport function ${names.mswCreateStore(op.name)}(): MockStore<${item}> {\n  return createOperationStore(${names.mswSpec(op.name)});\n}`,
      `/**\n * The store that \`handlers\` serve \`${op.name}\` from. Seed it with \`put(...items)\`: each item is checked\n * against the strict contract first, and invalid data throws naming the broken constraint.\n */\nexport const ${store}: MockStore<${item}> = ${names.mswCreateStore(op.name)}();`,
      `export interface ${options} extends HandlerOptions<ModeledErrorName, MockOperationName> {\n  /** Where the handler finds its items. @default ${store} */\n  store?: MockStore<${item}>;\n}`,
    );
  } else {
    out.push(`export type ${options} = HandlerOptions<ModeledErrorName, MockOperationName>;`);
  }
  const doc = [
    `MSW handler of \`${op.id}\`: ${where} on any endpoint, answered like the real service (restJson1).`,
    ...(plan.validationError ? [`Input that breaks the contract gets ${plan.validationError} (400).`] : []),
    ...(plan.stored ? [`Requests for data not in the store get ${plan.onMissing === 'empty' ? 'an empty output' : (plan.notFoundError ?? 'a 404')}.`] : []),
    ...(op.docs.text ? ['', escapeComment(op.docs.text)] : []),
  ];
  const body = plan.stored
    ? `  const { store = ${store}, control = mockControl, ...rest } = options;\n  return createOperationHandler(${names.mswSpec(op.name)}, store, control, rest);`
    : `  const { control = mockControl, ...rest } = options;\n  return createOperationHandler(${names.mswSpec(op.name)}, undefined, control, rest);`;
  out.push(`/**\n${doc.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\nexport function ${names.mswHandler(op.name)}(options: ${options} = {}): HttpHandler {\n${body}\n}`);
  return out;
}

function errorEntry(shape: StructureShape): string {
  // The member restJson1 clients read the message from: `message`, else `Message` (SDK order).
  const member = shape.members.find((m) => m.name === 'message') ?? shape.members.find((m) => m.name.toLowerCase() === 'message');
  return `${q(shape.name)}: { httpStatus: ${shape.error!.httpStatus}, fault: ${q(shape.error!.fault)}, message: ${member ? q(member.jsonName) : 'null'} },`;
}

/** Declarations the operations' code refers to: they come first. */
function modelHead(plans: readonly OperationPlan[], errors: readonly StructureShape[]): string[] {
  const opNames = plans.map((p) => q(p.op.name));
  return [
    `/** Names of the mocked operations. */\nexport type MockOperationName = ${opNames.length ? opNames.join(' | ') : 'never'};`,
    exportConst('mockErrors', errors.map(errorEntry), 'Every modeled error: HTTP status, fault, and the JSON name of its message member (`null`: none, the body is `{}`).').replace(' as const;', ' as const satisfies ErrorTable;'),
    '/**\n * Failure and delay injection shared by `handlers` and by every handler made without a `control`:\n * `mockControl.failNext(\'ThrottlingException\')`, `failAlways(...)`, `delayNext(ms)`, `reset()`.\n */\nexport const mockControl: MockControl<ModeledErrorName, MockOperationName> = createMockControl(mockErrors);',
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
    `/** Stores of every operation that serves data, by operation name. */\nexport interface MockStores {\n${stored.map((p) => `  ${p.op.name}: MockStore<${storedType(p)}>;`).join('\n')}\n}`,
    exportConst('mockStores', stored.map((p) => `${p.op.name}: ${names.mswStore(p.op.name)},`), 'The default stores, by operation name (what `handlers` serve).').replace(' as const;', ' as const satisfies MockStores;'),
    '/** Options of `createHandlers`: shared by every handler, plus a store per operation. */\nexport interface CreateHandlersOptions extends HandlerOptions<ModeledErrorName, MockOperationName> {\n  /** Stores to use instead of the defaults in `mockStores`. */\n  stores?: Partial<MockStores>;\n}',
    `/** One handler per operation, sharing \`options\`; more specific URIs first (MSW takes the first match). */\nexport function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {\n  const { stores = {}, ...shared } = options;\n  return [\n${[...plans]
      .sort(bySpecificity)
      .map((p) => (p.stored ? `    ${names.mswHandler(p.op.name)}({ ...shared, ...(stores.${p.op.name} ? { store: stores.${p.op.name} } : {}) }),` : `    ${names.mswHandler(p.op.name)}(shared),`))
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
  const used = ['createMockControl', 'createOperationHandler', 'type ErrorTable', 'type HandlerOptions', 'type MockControl', 'type MockDataSet', 'type MockStore', 'type OperationSpec'];
  if (plans.some((p) => p.stored)) used.push('createOperationStore');
  if (plans.some((p) => p.item)) used.push('dataSet', 'wireDecoder');
  const bare = (n: string) => n.replace(/^type /, '');
  return used.sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
}

export function handlersFile(plans: readonly OperationPlan[], errors: readonly StructureShape[]): string {
  const typeNames = new Set<string>(['ModeledErrorName']);
  const zodNames = new Set<string>();
  for (const p of plans) {
    if (p.input) {
      typeNames.add(names.type(p.input));
      zodNames.add(names.zodSchema(p.input));
    }
    if (p.stored) {
      typeNames.add(names.type(p.stored));
      zodNames.add(names.zodSchema(p.stored));
    }
    if (p.wireSchema) zodNames.add(p.wireSchema);
    if (p.item) {
      zodNames.add(names.zodJsonSchema(p.item.shape));
      zodNames.add(names.zodCodec(p.item.shape));
    }
    for (const b of [...p.inputBindings, ...p.outputBindings]) for (const c of b.codecs) zodNames.add(c);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  const imports = [
    'import type { HttpHandler } from "msw";',
    `import type { ${sorted(typeNames).join(', ')} } from ${q(packages.types)};`,
    ...(zodNames.size ? [`import { ${sorted(zodNames).join(', ')} } from ${q(packages.zod)};`] : []),
    `import { ${runtimeImports(plans).join(', ')} } from "./runtime/index.js";`,
  ];
  return [imports.join('\n'), ...modelHead(plans, errors), ...plans.flatMap(operationStatements), ...modelTail(plans)].join('\n\n') + '\n';
}

/**
 * The only place that chooses identifiers, package names and file paths. Emitters ask here for the
 * name of any symbol, including symbols of another package, so they never import each other.
 */

import type { IrModel, IrShape, ShapeId } from '../ir/types.js';
import { claimedIdentifier as claimed } from './claims.js';

/** Names that may not be used as exported identifiers as they are (keywords, or globals that generated code uses). */
const RESERVED = new Set([
  // ECMAScript and TypeScript keywords
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'as', 'implements', 'interface',
  'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'any', 'boolean', 'constructor', 'declare',
  'get', 'module', 'require', 'number', 'set', 'string', 'symbol', 'type', 'from', 'of', 'await', 'async', 'never',
  'unknown', 'object', 'undefined', 'keyof', 'readonly', 'infer', 'is', 'asserts', 'namespace', 'abstract', 'satisfies',
  // Globals that generated code refers to, or that would shadow well-known types in a consumer's file
  'Array', 'ArrayBuffer', 'BigInt', 'Blob', 'Boolean', 'Buffer', 'Date', 'Error', 'File', 'Function', 'Headers', 'JSON',
  'Map', 'Math', 'Number', 'Object', 'Partial', 'Promise', 'Readonly', 'Record', 'ReadableStream', 'Request', 'Required',
  'Response', 'RegExp', 'Set', 'Stream', 'String', 'Symbol', 'Uint8Array', 'URL', 'WeakMap', 'WeakSet', 'Event', 'Element',
  'Document', 'Node', 'Window', 'Iterator', 'Proxy', 'Reflect', 'Intl', 'NaN', 'Infinity', 'z',
  // Helper names that generated packages export beside the shapes (a shape may not take them)
  'SmithyDocument', 'ModeledErrorName',
]);

/**
 * A shape's exported base identifier. Like the AWS SDK, a reserved name gets a leading underscore
 * (`Stream` → `_Stream`), so our types line up with `@aws-sdk/client-*` by name.
 */
export function shapeIdentifier(shape: Pick<IrShape, 'name'> | string): string {
  const name = typeof shape === 'string' ? shape : shape.name;
  let ident = identifierCache.get(name);
  if (ident === undefined) {
    const safe = name.replace(/[^A-Za-z0-9_$]/g, '_');
    ident = RESERVED.has(safe) || /^[0-9]/.test(safe) ? `_${safe}` : safe;
    identifierCache.set(name, ident);
  }
  return ident;
}

/** Emitters ask for the same names many times over (every reference to a shape): compute each once. */
const identifierCache = new Map<string, string>();

const nameOf = (s: Pick<IrShape, 'name'> | string): string => (typeof s === 'string' ? s : s.name);

/**
 * Identifiers of one shape in every package, and of one operation's symbols. Derived ones step
 * aside for a shape that already holds the name (see claims.ts).
 */
export const names = {
  /** @ota-contract/types: application form. */
  type: (s: Pick<IrShape, 'name'> | string) => shapeIdentifier(s),
  /** @ota-contract/types: JSON wire form. */
  jsonType: (s: Pick<IrShape, 'name'> | string) => claimed('jsonType', nameOf(s), `${shapeIdentifier(s)}Json`),
  /**
   * @ota-contract/types: the form a client receives (`OTAUpdateInfoReceived`): `@required` members
   * typed `T | undefined`, as the AWS SDK types them, in the shape and everything it contains.
   */
  receivedType: (s: Pick<IrShape, 'name'> | string) => claimed('receivedType', nameOf(s), `${shapeIdentifier(s)}Received`),
  /** @ota-contract/zod/client: response decoder of one operation (`decodeGetOTAUpdateResponse`). */
  clientDecoder: (operationName: string) => claimed('clientDecoder', operationName, `decode${operationName}Response`),
  /** @ota-contract/zod/client: what that decoder resolves to (`GetOTAUpdateResult`). */
  clientResult: (operationName: string) => claimed('clientResult', operationName, `${operationName}Result`),
  /** @ota-contract/zod/client: request serializer of one operation (`serializeGetOTAUpdateRequest`). */
  clientSerializer: (operationName: string) => claimed('clientSerializer', operationName, `serialize${operationName}Request`),
  /** @ota-contract/zod: application-form schema. */
  zodSchema: (s: Pick<IrShape, 'name'> | string) => claimed('zodSchema', nameOf(s), `${shapeIdentifier(s)}Schema`),
  /** @ota-contract/zod: wire-form schema. */
  zodJsonSchema: (s: Pick<IrShape, 'name'> | string) => claimed('zodJsonSchema', nameOf(s), `${shapeIdentifier(s)}JsonSchema`),
  /** @ota-contract/zod: wire ⇄ application codec. */
  zodCodec: (s: Pick<IrShape, 'name'> | string) => claimed('zodCodec', nameOf(s), `${shapeIdentifier(s)}Codec`),
  /** @ota-contract/json-schema: `$defs` key (JSON has no reserved words: the model's own name). */
  jsonSchemaDef: (s: Pick<IrShape, 'name'> | string) => (typeof s === 'string' ? s : s.name),
  /** @ota-contract/json-schema: precompiled validator of the wire form. */
  validator: (s: Pick<IrShape, 'name'> | string) => `validate${typeof s === 'string' ? s : s.name}Json`,
  /** @ota-contract/fixtures: factory key (`fixtures.OTAUpdateInfo`). */
  fixture: (s: Pick<IrShape, 'name'> | string) => (typeof s === 'string' ? s : s.name),
  /** @ota-contract/types: runtime metadata of one operation (`GetOTAUpdateOperation`). */
  operationMeta: (operationName: string) => claimed('operationMeta', operationName, `${operationName}Operation`),
  /** @ota-contract/types: union of the modeled error names of one operation. */
  operationErrorName: (operationName: string) => claimed('operationErrorName', operationName, `${operationName}ErrorName`),
  /** @ota-contract/msw: handler factory of one operation (`getOTAUpdateHandler`). */
  mswHandler: (operationName: string) => claimed('mswHandler', operationName, `${lowerFirst(operationName)}Handler`),
  /**
   * @ota-contract/zod: one operation's schemas by role (`GetOTAUpdateSchemas`); a shape's zod names
   * end in `Schema` or `Codec`, but a shape named `…Schemas` gets one that ends in `SchemasSchema`.
   */
  zodOperation: (operationName: string) => claimed('zodOperation', operationName, `${operationName}Schemas`),
  /** @ota-contract/msw: options of that factory (`GetOTAUpdateHandlerOptions`). */
  mswHandlerOptions: (operationName: string) => claimed('mswHandlerOptions', operationName, `${operationName}HandlerOptions`),
  /** @ota-contract/msw: the default store of one operation (`getOTAUpdateStore`). */
  mswStore: (operationName: string) => claimed('mswStore', operationName, `${lowerFirst(operationName)}Store`),
  /** @ota-contract/msw: factory of a fresh store of one operation (`createGetOTAUpdateStore`). */
  mswCreateStore: (operationName: string) => claimed('mswCreateStore', operationName, `create${operationName}Store`),
  /** @ota-contract/msw: the resolver type of one operation (`GetOTAUpdateResolver`). */
  mswResolver: (operationName: string) => claimed('mswResolver', operationName, `${operationName}Resolver`),
  /** @ota-contract/msw: the handler spec of one operation (module-private, `getOTAUpdateSpec`). */
  mswSpec: (operationName: string) => claimed('mswSpec', operationName, `${lowerFirst(operationName)}Spec`),
  /** @ota-contract/json-schema: `$defs` key of an HTTP-bound part of an input/output structure (`GetOTAUpdateRequestPath`). */
  jsonSchemaHttpEntry: (structureName: string, part: 'Path' | 'Query' | 'Headers' | 'Payload') => `${structureName}${part}`,
  /** @ota-contract/json-schema: precompiled validator of such an entry (`validateGetOTAUpdateRequestPath`). */
  entryValidator: (entryName: string) => `validate${entryName}`,
} as const;

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** npm package names of the generated packages. */
export const packages = {
  types: '@ota-contract/types',
  zod: '@ota-contract/zod',
  zodLenient: '@ota-contract/zod/lenient',
  jsonSchema: '@ota-contract/json-schema',
  fixtures: '@ota-contract/fixtures',
  msw: '@ota-contract/msw',
} as const;

/** Directory of each package's sources, relative to the output root. */
export const packageDirs = {
  types: 'packages/types/src',
  zod: 'packages/zod/src',
  jsonSchema: 'packages/json-schema/src',
  fixtures: 'packages/fixtures/src',
  msw: 'packages/msw/src',
} as const;

/** Generated files are `*.gen.ts` / `*.gen.json`, so tooling and reviewers can tell them apart. */
export function generatedPath(pkg: keyof typeof packageDirs, file: string): string {
  return `${packageDirs[pkg]}/${file}`;
}

/**
 * Checks that no two shapes of the model get the same identifier in any package, nor an operation
 * symbol a shape's. After `assignNames` (claims.ts) nothing is left to find: a safety net that
 * returns any clash as a message.
 */
export function findNameClashes(model: IrModel): string[] {
  const perPackage: ((s: IrShape) => string)[][] = [
    [names.type, names.jsonType, names.receivedType],
    [names.zodSchema, names.zodJsonSchema, names.zodCodec],
    [names.validator],
  ];
  const clashes: string[] = [];
  // Operation-level identifiers share the types package's namespace with the shapes.
  const typeOwners = new Map<string, string>();
  for (const id of model.shapeOrder) {
    const shape = model.shapes.get(id)!;
    if (!shape.prelude) for (const ident of [names.type(shape), names.jsonType(shape), names.receivedType(shape)]) typeOwners.set(ident, id);
  }
  for (const op of model.operations) {
    for (const ident of [names.operationMeta(op.name), names.operationErrorName(op.name)]) {
      const shape = typeOwners.get(ident);
      if (shape !== undefined) clashes.push(`${shape} and operation ${op.id} both want the identifier ${ident}`);
    }
  }
  for (const namers of perPackage) {
    const owners = new Map<string, ShapeId>();
    for (const id of model.shapeOrder) {
      const shape = model.shapes.get(id)!;
      if (shape.prelude) continue;
      for (const ident of namers.map((n) => n(shape))) {
        const prior = owners.get(ident);
        if (prior !== undefined && prior !== id) clashes.push(`${id} and ${prior} both want the identifier ${ident}`);
        else owners.set(ident, id);
      }
    }
  }
  return clashes;
}

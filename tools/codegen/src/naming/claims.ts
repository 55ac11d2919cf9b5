/**
 * Operation-derived identifiers (`BatchReadOperation`, `BatchReadSchemas`, `batchReadHandler`, …)
 * share a module's namespace with the shapes' identifiers, and a valid model may already use the
 * name: clouddirectory has a shape `BatchReadOperation` and an operation `BatchRead`. Shapes keep
 * their names (they are the AWS SDK's); an operation identifier that a shape's identifier — or an
 * earlier operation's — already holds in its namespace gets `_` appended until it is free
 * (`BatchReadOperation_`). Every other name is the plain one, so a model without such a clash
 * (GetOTAUpdate) is named as before. Decided once per generation, in model order: the same model
 * always gets the same names.
 */
import type { IrModel } from '../ir/types.js';
import { names } from './index.js';

export type OperationSymbol =
  | 'operationMeta'
  | 'operationErrorName'
  | 'zodOperation'
  | 'clientDecoder'
  | 'clientResult'
  | 'mswHandler'
  | 'mswHandlerOptions'
  | 'mswStore'
  | 'mswCreateStore'
  | 'mswResolver'
  | 'mswSpec';

/**
 * The modules where operation identifiers live beside others: the shape identifiers declared or
 * imported by name there, and the operation identifiers declared there.
 */
type ShapeSymbol = 'type' | 'jsonType' | 'receivedType' | 'zodSchema' | 'zodJsonSchema' | 'zodCodec';
// By key, not by function: this module and index.ts import each other.
const NAMESPACES: readonly { shapes: readonly ShapeSymbol[]; operations: readonly OperationSymbol[] }[] = [
  // @ota-contract/types
  { shapes: ['type', 'jsonType', 'receivedType'], operations: ['operationMeta', 'operationErrorName'] },
  // @ota-contract/zod
  { shapes: ['zodSchema', 'zodJsonSchema', 'zodCodec'], operations: ['zodOperation'] },
  // @ota-contract/zod/client refers to shapes through a namespace import (`T.Shape`)
  { shapes: [], operations: ['clientDecoder', 'clientResult'] },
  // @ota-contract/msw's handlers module imports the types and schemas it uses by name
  {
    shapes: ['type', 'jsonType', 'receivedType', 'zodSchema', 'zodJsonSchema', 'zodCodec'],
    operations: ['mswHandler', 'mswHandlerOptions', 'mswStore', 'mswCreateStore', 'mswResolver', 'mswSpec'],
  },
];

/** Identifiers that had to step aside, by `symbol\0operationName`. */
let renamed = new Map<string, string>();

/** The identifier of one operation symbol: `wanted`, unless the model's names made it step aside. */
export function operationIdentifier(symbol: OperationSymbol, operationName: string, wanted: string): string {
  return renamed.get(`${symbol}\u0000${operationName}`) ?? wanted;
}

/**
 * Decides the operation identifiers of `model` (undefined: forget them). `generate` calls it before
 * the emitters run and clears it after, so emitters need no model to name an operation's symbols.
 */
export function assignOperationNames(model: IrModel | undefined): void {
  renamed = new Map();
  if (!model) return;
  const next = new Map<string, string>();
  const shapes = model.shapeOrder.map((id) => model.shapes.get(id)!).filter((s) => !s.prelude);
  for (const ns of NAMESPACES) {
    const taken = new Set<string>();
    for (const shape of shapes) for (const symbol of ns.shapes) taken.add(names[symbol](shape));
    for (const op of model.operations) {
      for (const symbol of ns.operations) {
        const wanted = (names[symbol] as (operationName: string) => string)(op.name);
        let ident = wanted;
        while (taken.has(ident)) ident += '_';
        taken.add(ident);
        if (ident !== wanted) next.set(`${symbol}\u0000${op.name}`, ident);
      }
    }
  }
  renamed = next;
}

/**
 * @ota-contract/types: every shape in its application form (`S`) and JSON wire form (`SJson`),
 * aggregates also as a client receives them (`SReceived`),
 * enums as `const` objects plus union types, and operation/error metadata.
 */

import { StructureKind } from 'ts-morph';
import type { IrModel } from '../../ir/types.js';
import { generatedPath } from '../../naming/index.js';
import type { Emitter, GeneratedFile } from '../emitter.js';
import { printStatements } from '../shared/ts-source.js';
import { operationDeclarations } from './operations.js';
import { receivedDeclarations, receivedDiffers } from './received.js';
import { shapeDeclarations } from './shape-declarations.js';
import { DOCUMENT_TYPE } from './type-expressions.js';

function emitTypes(model: IrModel): GeneratedFile[] {
  const differs = receivedDiffers(model);
  const shapes = printStatements([
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: DOCUMENT_TYPE,
      docs: [{ description: 'A Smithy `document`: any JSON value.' }],
      type: `null | boolean | number | string | ${DOCUMENT_TYPE}[] | { [key: string]: ${DOCUMENT_TYPE} }`,
    },
    ...model.shapeOrder.flatMap((id) => {
      const shape = model.shapes.get(id)!;
      return [...shapeDeclarations(model, shape), ...receivedDeclarations(model, shape, differs)];
    }),
  ]);
  const operations = printStatements(operationDeclarations(model));
  return [
    { path: generatedPath('types', 'shapes.gen.ts'), contents: shapes },
    { path: generatedPath('types', 'operations.gen.ts'), contents: operations },
  ];
}

export const typesEmitter: Emitter = { name: 'types', emit: emitTypes };

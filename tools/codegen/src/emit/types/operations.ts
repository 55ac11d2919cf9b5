/**
 * Runtime metadata of each operation and error (HTTP binding, statuses, faults), so consumers and
 * the other packages never hard-code `400` for ThrottlingException or the URI template.
 */

import { StructureKind, type StatementStructures } from 'ts-morph';
import type { IrModel, StructureShape } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { exportConst } from '../shared/ts-source.js';
import { jsString, stringKey } from '../../naming/escape.js';

function errorEntry(shape: StructureShape): string {
  return `${stringKey(shape.name)}: { shapeId: ${jsString(shape.id)}, httpStatus: ${shape.error!.httpStatus}, fault: ${jsString(shape.error!.fault)} },`;
}

export function operationDeclarations(model: IrModel): (string | StatementStructures)[] {
  const statements: (string | StatementStructures)[] = [];
  const errorShapes = (ids: readonly string[]) => ids.map((id) => model.shapes.get(id) as StructureShape);
  const allErrorIds = [...new Set([...model.service.errors, ...model.operations.flatMap((o) => o.errors)])].sort();

  statements.push(
    exportConst(
      'modeledErrors',
      errorShapes(allErrorIds).map(errorEntry),
      'Every modeled error: its shape id, HTTP status (`@httpError`) and fault. Tell errors apart by name, not by status: several share one.',
    ),
  );
  statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: 'ModeledErrorName', type: 'keyof typeof modeledErrors' });

  for (const op of model.operations) {
    const errors = [...new Set([...op.errors, ...model.service.errors])].sort();
    const meta = [
      `name: ${jsString(op.name)},`,
      `shapeId: ${jsString(op.id)},`,
      `method: ${jsString(op.http.method)},`,
      `uri: ${jsString(op.http.uri)},`,
      `successCode: ${op.http.code},`,
      `input: ${op.input ? jsString(model.shapes.get(op.input)!.name) : 'undefined'},`,
      `output: ${op.output ? jsString(model.shapes.get(op.output)!.name) : 'undefined'},`,
      `errors: [${errors.map((e) => jsString(model.shapes.get(e)!.name)).join(', ')}],`,
    ];
    statements.push(exportConst(names.operationMeta(op.name), meta, `HTTP binding and errors of \`${op.id}\`.`));
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: names.operationErrorName(op.name),
      type: errors.length ? errors.map((e) => jsString(model.shapes.get(e)!.name)).join(' | ') : 'never',
    });
  }
  statements.push(exportConst('operations', model.operations.map((o) => `${stringKey(o.name)}: ${names.operationMeta(o.name)},`)));
  return statements;
}

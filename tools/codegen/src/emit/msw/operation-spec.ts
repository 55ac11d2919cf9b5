/**
 * What the generated handler of one operation needs to know, decided from the model: its URI
 * template, which modeled errors answer invalid input and unknown keys, and what the store holds
 * (item mode: the output wraps one resource found by the request's labels, as `GetOTAUpdate`
 * returns `{otaUpdateInfo}` for `{otaUpdateId}`; otherwise whole outputs keyed by the labels).
 */

import type { IrModel, IrOperation, StructureShape } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { memberBindings, type BindingText } from './bindings.js';
import { operationEventStreams, type OperationEventStreams } from './event-stream.js';

export interface OperationPlan {
  op: IrOperation;
  input?: StructureShape;
  output?: StructureShape;
  inputBindings: BindingText[];
  outputBindings: BindingText[];
  /** Item mode: the single output member and the item's key members (named like the labels). */
  item?: { member: string; shape: StructureShape; keys: string[] };
  /** Shape whose application form the store holds (the item, else the whole output). */
  stored?: StructureShape;
  /** Errors the operation may answer with (its own and the service's), sorted by shape id. */
  errors: StructureShape[];
  validationError?: string;
  /** `smithy` when the validation error is Smithy's framework `ValidationException` (its messages and `fieldList`). */
  validationStyle: 'modeled' | 'smithy';
  notFoundError?: string;
  /** Reads of a resource (GET/HEAD with labels) and outputs with required members answer 404 when nothing is stored; the rest `{}`. */
  onMissing: 'notFound' | 'empty';
  /** Wire schema of the output body, when the body is the output structure's JSON (no payload member). */
  wireSchema?: string;
  /** Event-stream members of the input and output (`@streaming` unions), if any (event-stream.ts). */
  eventStreams?: OperationEventStreams;
}

/** Smithy's framework error for constraint violations (smithy-validation-model). */
const SMITHY_VALIDATION_EXCEPTION = 'smithy.framework#ValidationException';

const structure = (model: IrModel, id: string | undefined): StructureShape | undefined =>
  id === undefined ? undefined : (model.shapes.get(id) as StructureShape | undefined);

function errorNames(model: IrModel, op: IrOperation): StructureShape[] {
  return [...new Set([...op.errors, ...model.service.errors])].sort().map((id) => model.shapes.get(id) as StructureShape);
}

/** The modeled error a server uses for input that breaks the contract: a 400 client error. */
function pickValidationError(errors: StructureShape[]): string | undefined {
  const client400 = errors.filter((e) => e.error?.fault === 'client' && e.error.httpStatus === 400);
  return (
    client400.find((e) => e.name === 'ValidationException') ??
    client400.find((e) => e.name === 'InvalidRequestException') ??
    client400.find((e) => /Invalid|Validation|BadRequest/.test(e.name))
  )?.name;
}

function pickNotFoundError(errors: StructureShape[]): string | undefined {
  const notFound = errors.filter((e) => e.error?.httpStatus === 404);
  return (notFound.find((e) => e.name === 'ResourceNotFoundException') ?? notFound[0])?.name;
}

function findItem(model: IrModel, input: StructureShape | undefined, output: StructureShape | undefined): OperationPlan['item'] {
  const labels = input?.members.filter((m) => m.http?.kind === 'label') ?? [];
  if (!output || output.members.length !== 1 || labels.length === 0) return undefined;
  const only = output.members[0]!;
  const shape = structure(model, only.target);
  if (only.http || shape?.kind !== 'structure' || shape.prelude) return undefined;
  const keyed = labels.every((label) => {
    const twin = shape.members.find((m) => m.name === label.name);
    return twin !== undefined && model.shapes.get(twin.target)?.kind === model.shapes.get(label.target)?.kind;
  });
  return keyed ? { member: only.name, shape, keys: labels.map((l) => l.name) } : undefined;
}

function isResourceRead(op: IrOperation): boolean {
  return (op.http.method === 'GET' || op.http.method === 'HEAD') && op.http.path.some((s) => s.kind === 'label');
}

export function planOperation(model: IrModel, op: IrOperation): OperationPlan {
  const input = structure(model, op.input);
  const output = structure(model, op.output);
  const errors = errorNames(model, op);
  const item = findItem(model, input, output);
  const hasPayload = output?.members.some((m) => m.http?.kind === 'payload') ?? false;
  const validationError = pickValidationError(errors);
  const notFoundError = pickNotFoundError(errors);
  const eventStreams = operationEventStreams(model, op);
  return {
    ...(eventStreams ? { eventStreams } : {}),
    op,
    ...(input ? { input } : {}),
    ...(output ? { output } : {}),
    inputBindings: memberBindings(model, input),
    outputBindings: memberBindings(model, output),
    ...(item ? { item } : {}),
    ...(item ? { stored: item.shape } : output ? { stored: output } : {}),
    errors,
    ...(validationError ? { validationError } : {}),
    validationStyle: errors.some((e) => e.name === validationError && e.id === SMITHY_VALIDATION_EXCEPTION) ? 'smithy' : 'modeled',
    ...(notFoundError ? { notFoundError } : {}),
    onMissing: isResourceRead(op) || (output?.members.some((m) => m.required) ?? false) ? 'notFound' : 'empty',
    ...(output && !hasPayload ? { wireSchema: names.zodJsonSchema(output) } : {}),
  };
}

/**
 * The event plan of a `@streaming` union, as the literal of the runtime's `EventStreamPlan`
 * (packages/zod/src/runtime/event-stream/events.ts): per union member, whether its messages are
 * exceptions (`@error` target), its `@eventHeader` members with their header kinds, its
 * `@eventPayload` member (blob, string or JSON with the target's codec) or, without one, the event
 * structure's codec for the implicit JSON body. Data from the IR only; both the zod client module
 * and the msw handlers write it, each naming the codecs through its own import (`codecRef`).
 */

import type { IrMember, IrModel, IrOperation, IrShape, StructureShape, UnionShape } from '../../ir/types.js';
import { ModelError, pointer } from '../../load/errors.js';
import { jsString } from '../../naming/escape.js';
import { names } from '../../naming/index.js';

/** Header kinds of the runtime (`EventHeaderKind`) by target kind; enums travel as their wire text / number. */
const HEADER_KIND: Partial<Record<IrShape['kind'], string>> = {
  boolean: 'boolean',
  byte: 'byte',
  short: 'short',
  integer: 'integer',
  long: 'long',
  blob: 'blob',
  string: 'string',
  enum: 'string',
  intEnum: 'integer',
  timestamp: 'timestamp',
};

/** Every `@streaming` union of the model, in shape order. */
export function streamingUnions(model: IrModel): UnionShape[] {
  return model.shapeOrder.map((id) => model.shapes.get(id)!).filter((s): s is UnionShape => s.kind === 'union' && s.streaming === true);
}

/** The event-stream member of an operation's input or output structure, if it has one. */
export function eventStreamMember(model: IrModel, id: string | undefined): { member: IrMember; union: UnionShape } | undefined {
  const shape = id === undefined ? undefined : model.shapes.get(id);
  if (shape?.kind !== 'structure') return undefined;
  const member = shape.members.find((m) => m.eventStream);
  const union = member ? model.shapes.get(member.target) : undefined;
  return member && union?.kind === 'union' ? { member, union } : undefined;
}

export function hasEventStreams(model: IrModel, op: IrOperation): boolean {
  return eventStreamMember(model, op.input) !== undefined || eventStreamMember(model, op.output) !== undefined;
}

function headerKind(model: IrModel, m: IrMember, event: StructureShape): string {
  const kind = HEADER_KIND[model.shapes.get(m.target)!.kind];
  if (!kind) {
    throw new ModelError(model.source, [
      { shapeId: event.id, pointer: pointer('shapes', event.id, 'members', m.name, 'traits', 'smithy.api#eventHeader'), message: 'an @eventHeader must target a boolean, byte, short, integer, long, blob, string, timestamp or enum shape' },
    ]);
  }
  return kind;
}

function payloadLiteral(model: IrModel, m: IrMember, codecRef: (s: IrShape) => string): string {
  const target = model.shapes.get(m.target)!;
  const media = 'mediaType' in target && target.mediaType !== undefined ? `, mediaType: ${jsString(target.mediaType)}` : '';
  if (target.kind === 'blob') return `{ member: ${jsString(m.name)}, kind: 'blob'${media} }`;
  if (target.kind === 'string' || target.kind === 'enum') return `{ member: ${jsString(m.name)}, kind: 'string'${media} }`;
  // Structures, unions, lists and maps go through their codec (jsonName, timestamps, base64 blobs).
  const codec = target.prelude || target.kind === 'document' ? '' : `, codec: ${codecRef(target)}`;
  return `{ member: ${jsString(m.name)}, kind: 'json'${codec} }`;
}

function memberPlan(model: IrModel, m: IrMember, codecRef: (s: IrShape) => string, checkRef?: (s: IrShape) => string): string {
  const target = model.shapes.get(m.target)!;
  const parts = [`name: ${jsString(m.name)}`];
  if (target.kind !== 'structure') return `{ ${parts.join(', ')}, headers: [] }`;
  if (target.error) parts.push('error: true');
  const headers = target.members.filter((x) => x.event === 'header');
  parts.push(`headers: [${headers.map((h) => `{ member: ${jsString(h.name)}, kind: ${jsString(headerKind(model, h, target))} }`).join(', ')}]`);
  const payload = target.members.find((x) => x.event === 'payload');
  if (payload) parts.push(`payload: ${payloadLiteral(model, payload, codecRef)}`);
  else if (!target.prelude && target.members.some((x) => x.event !== 'header')) {
    parts.push(`body: ${codecRef(target)}`);
    if (headers.length) parts.push(`headerJsonNames: [${headers.map((h) => jsString(h.jsonName)).join(', ')}]`);
  }
  if (checkRef && !target.prelude) parts.push(`check: ${checkRef(target)}`);
  return `{ ${parts.join(', ')} }`;
}

/**
 * The `EventStreamPlan` object literal of one streaming union; `checkRef` names the strict schema
 * each event is held to (the mock server's plans), none for a client's.
 */
export function eventStreamPlanLiteral(model: IrModel, union: UnionShape, codecRef: (s: IrShape) => string, checkRef?: (s: IrShape) => string): string {
  const members = union.members.map((m) => `    ${memberPlan(model, m, codecRef, checkRef)},`);
  return `{\n  union: ${jsString(union.name)},\n  members: [\n${members.join('\n')}\n  ],\n}`;
}

/** Exported name of a union's plan in @ota-contract/zod/client (`EventStreamEventStreamPlan`). */
export const eventStreamPlanName = (union: UnionShape): string => `${names.type(union)}EventStreamPlan`;

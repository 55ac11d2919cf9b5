/**
 * Event streams in `handlers.gen.ts`: for an operation whose input or output has a `@streaming`
 * union member, a module-private `EventStreamSpec` (the member, its union's plan, and the framing
 * functions of @ota-contract/zod/client) and a handler made with the runtime's
 * `createEventStreamHandler` (runtime/event-stream.ts). The mock's plans are the client's plus a
 * strict check of each event (the event structure's strict application schema), since a server
 * holds what it reads and writes to the contract. Operations without an event stream, and so
 * models without any (GetOTAUpdate), are written exactly as before.
 */

import type { IrModel, IrOperation, UnionShape } from '../../ir/types.js';
import { jsString } from '../../naming/escape.js';
import { names, packages } from '../../naming/index.js';
import { eventStreamMember, eventStreamPlanLiteral } from '../shared/event-stream-plans.js';
import { LENIENT_NAMESPACE } from './bindings.js';

/** Namespaces of @ota-contract/zod/client and @ota-contract/zod in the handlers file (`$` cannot start a shape name). */
const CLIENT_NAMESPACE = '$client';
const STRICT_NAMESPACE = '$strict';

export interface OperationEventStreams {
  input?: { member: string; plan: string };
  output?: { member: string; plan: string };
  /** The plan constants the sides refer to: name and statement. */
  plans: { name: string; statement: string }[];
}

const planConst = (union: UnionShape) => `$${names.type(union)}EventStreamPlan`;

function planStatement(model: IrModel, union: UnionShape): string {
  const literal = eventStreamPlanLiteral(model, union, (s) => `${LENIENT_NAMESPACE}.${names.zodCodec(s)}`, (s) => `${STRICT_NAMESPACE}.${names.zodSchema(s)}`);
  return `/** How each \`${names.type(union)}\` event travels, each one held to its strict schema when read or written. */\nconst ${planConst(union)}: ${CLIENT_NAMESPACE}.EventStreamPlan = ${literal};`;
}

export function operationEventStreams(model: IrModel, op: IrOperation): OperationEventStreams | undefined {
  const input = eventStreamMember(model, op.input);
  const output = eventStreamMember(model, op.output);
  if (!input && !output) return undefined;
  const side = (s: NonNullable<typeof input>) => ({ member: s.member.name, plan: planConst(s.union) });
  const unions = [...new Map([input, output].flatMap((s) => (s ? [[s.union.id, s.union] as const] : []))).values()];
  return {
    ...(input ? { input: side(input) } : {}),
    ...(output ? { output: side(output) } : {}),
    plans: unions.map((u) => ({ name: planConst(u), statement: planStatement(model, u) })),
  };
}

/** Each union's plan once, in first-use order (before the operations that refer to them). */
export function eventStreamPlanStatements(all: readonly (OperationEventStreams | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const streams of all) for (const p of streams?.plans ?? []) if (!seen.has(p.name)) seen.set(p.name, p.statement);
  return [...seen.values()];
}

const streamsConst = (op: IrOperation) => `$${names.mswSpec(op.name)}Streams`;

/** The `EventStreamSpec` statement of an operation (after its spec), or nothing. */
export function eventStreamStatements(op: IrOperation, streams: OperationEventStreams | undefined): string[] {
  if (!streams) return [];
  const side = (s: { member: string; plan: string }) => `{ member: ${jsString(s.member)}, plan: ${s.plan} }`;
  const parts = [`codec: ${CLIENT_NAMESPACE}`, ...(streams.input ? [`input: ${side(streams.input)}`] : []), ...(streams.output ? [`output: ${side(streams.output)}`] : [])];
  return [`/** Where ${op.name}'s event streams travel, and how their events are framed (@ota-contract/zod/client). */\nconst ${streamsConst(op)}: EventStreamSpec<${CLIENT_NAMESPACE}.EventStreamPlan> = { ${parts.join(', ')} };`];
}

/** The call that makes the operation's handler, up to its spec argument: `createOperationHandler(spec` or the event-stream one. */
export function handlerCall(op: IrOperation, streams: OperationEventStreams | undefined): string {
  return streams ? `createEventStreamHandler(${names.mswSpec(op.name)}, ${streamsConst(op)}` : `createOperationHandler(${names.mswSpec(op.name)}`;
}

/** Extra imports of the handlers file when any operation streams: the client module (framing) and the strict schemas. */
export function eventStreamImports(anyStreams: boolean): string[] {
  return anyStreams ? [`import * as ${CLIENT_NAMESPACE} from "@ota-contract/zod/client";`, `import * as ${STRICT_NAMESPACE} from ${jsString(packages.zod)};`] : [];
}

/** Extra runtime names the handlers file imports. */
export function eventStreamRuntimeNames(anyStreams: boolean): string[] {
  return anyStreams ? ['createEventStreamHandler', 'type EventStreamSpec'] : [];
}

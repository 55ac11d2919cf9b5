/**
 * Event streams in `handlers.gen.ts`: for an operation whose input or output has a `@streaming`
 * union member, a module-private `EventStreamSpec` (the member, its union's plan from
 * @ota-contract/zod/client, and that module's framing functions) and a handler made with the
 * runtime's `createEventStreamHandler` (runtime/event-stream.ts). Operations without one, and so
 * models without any (GetOTAUpdate), are written exactly as before.
 */

import type { IrModel, IrOperation } from '../../ir/types.js';
import { jsString } from '../../naming/escape.js';
import { names } from '../../naming/index.js';
import { eventStreamMember, eventStreamPlanName } from '../shared/event-stream-plans.js';

/** Namespace of @ota-contract/zod/client in the handlers file (`$` cannot start a shape name). */
const CLIENT_NAMESPACE = '$client';

export interface OperationEventStreams {
  input?: { member: string; plan: string };
  output?: { member: string; plan: string };
}

export function operationEventStreams(model: IrModel, op: IrOperation): OperationEventStreams | undefined {
  const input = eventStreamMember(model, op.input);
  const output = eventStreamMember(model, op.output);
  if (!input && !output) return undefined;
  const side = (s: NonNullable<typeof input>) => ({ member: s.member.name, plan: `${CLIENT_NAMESPACE}.${eventStreamPlanName(s.union)}` });
  return { ...(input ? { input: side(input) } : {}), ...(output ? { output: side(output) } : {}) };
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

/** Extra imports of the handlers file: the client module when any operation streams. */
export function eventStreamImports(anyStreams: boolean): string[] {
  return anyStreams ? [`import * as ${CLIENT_NAMESPACE} from "@ota-contract/zod/client";`] : [];
}

/** Extra runtime names the handlers file imports. */
export function eventStreamRuntimeNames(anyStreams: boolean): string[] {
  return anyStreams ? ['createEventStreamHandler', 'type EventStreamSpec'] : [];
}

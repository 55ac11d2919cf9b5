/**
 * The event-stream part of `client.gen.ts` (@ota-contract/zod/client): one exported
 * `<Union>EventStreamPlan` per `@streaming` union, with the lenient codecs (`L.`), for
 * `encodeEventStream(plan, events)` (a request's event stream) and `decodeEventStream(plan, body)`
 * (a response's). A model without event streams gets nothing here, so its file is unchanged.
 */

import type { IrMember, IrModel, UnionShape } from '../../ir/types.js';
import { jsString } from '../../naming/escape.js';
import { names } from '../../naming/index.js';
import { eventStreamPlanLiteral, eventStreamPlanName, streamingUnions } from '../shared/event-stream-plans.js';

export interface ClientModuleParts {
  imports: string[];
  statements: string[];
}

export function eventStreamClientParts(model: IrModel): ClientModuleParts {
  const unions = streamingUnions(model);
  if (unions.length === 0) return { imports: [], statements: [] };
  return {
    imports: [`import type * as es from './runtime/event-stream/index.js';`],
    statements: unions.map(
      (u) =>
        `/** How each event of the \`${names.type(u)}\` stream travels as an event-stream message (headers, payload, exceptions). */\nexport const ${eventStreamPlanName(u)}: es.EventStreamPlan = ${eventStreamPlanLiteral(model, u, (s) => `L.${names.zodCodec(s)}`)};`,
    ),
  };
}

/** The runtime's `BoundMember` of an event-stream payload (`decode<Op>Response` hands its events out lazily). */
export function eventStreamBoundMember(model: IrModel, m: IrMember): string | undefined {
  if (!m.eventStream) return undefined;
  const union = model.shapes.get(m.target)!;
  return `{ member: ${jsString(m.name)}, in: 'payload', jsonName: ${jsString(m.jsonName)}, payload: 'eventStream', plan: ${eventStreamPlanName(union as UnionShape)} }`;
}

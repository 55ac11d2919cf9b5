/**
 * HTTP bindings that mean nothing in the message a structure travels in. Smithy: @httpLabel,
 * @httpQuery and @httpQueryParams bind request members only, @httpResponseCode binds response
 * members only; on the other side the trait is ignored and the member travels in the body
 * (restJson1 protocol tests check this). A structure used both as a request and a response keeps
 * its bindings (the common case, an operation's @input, cannot be an output). A timestamp member
 * keeps the format its binding implied (date-time for a query), as no member trait says otherwise.
 */

import type { HttpBinding, IrOperation, IrShape, ShapeId } from './types.js';

const REQUEST_ONLY = new Set<HttpBinding['kind']>(['label', 'query', 'queryParams']);
const RESPONSE_ONLY = new Set<HttpBinding['kind']>(['responseCode']);

/** Drops, in place, the bindings of members whose structure only ever travels on the other side. */
export function dropIgnoredBindings(operations: readonly IrOperation[], serviceErrors: readonly ShapeId[], shapes: ReadonlyMap<ShapeId, IrShape>): void {
  const requests = new Set<ShapeId>();
  const responses = new Set<ShapeId>(serviceErrors);
  for (const op of operations) {
    if (op.input) requests.add(op.input);
    if (op.output) responses.add(op.output);
    for (const e of op.errors) responses.add(e);
  }
  const strip = (id: ShapeId, ignored: ReadonlySet<HttpBinding['kind']>): void => {
    const shape = shapes.get(id);
    if (shape?.kind !== 'structure') return;
    for (const member of shape.members) if (member.http && ignored.has(member.http.kind)) delete member.http;
  };
  for (const id of responses) if (!requests.has(id)) strip(id, REQUEST_ONLY);
  for (const id of requests) if (!responses.has(id)) strip(id, RESPONSE_ONLY);
}

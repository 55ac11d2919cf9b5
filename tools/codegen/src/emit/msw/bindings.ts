/**
 * Member bindings of an operation's input or output, as the runtime's `MemberBinding` literals:
 * where the member travels (label, query, header, body, ...) and how its value converts (a scalar
 * the runtime knows, or the zod codec of an aggregate target).
 */

import type { IrMember, IrModel, IrShape, StructureShape } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { jsString } from '../../naming/escape.js';
import { HTTP_SCALAR } from '../shared/http-scalars.js';


/** Namespace of the lenient zod module in the handlers file (`$` cannot start a shape name). */
export const LENIENT_NAMESPACE = '$lenient';

const AGGREGATE = new Set<IrShape['kind']>(['list', 'map', 'structure', 'union']);

export interface BindingText {
  /** The `MemberBinding` object literal. */
  text: string;
  /** zod codec identifiers the literal refers to (also through `LENIENT_NAMESPACE`). */
  codecs: string[];
}

function scalarType(target: IrShape, member: IrMember): string {
  const format = target.kind === 'timestamp' ? `, format: ${jsString(member.timestampFormat ?? 'epoch-seconds')}` : '';
  // A payload's media type is its Content-Type; a header string's says the header holds it base64-encoded.
  const carries = member.http?.kind === 'payload' || (member.http?.kind === 'header' && target.kind === 'string');
  const media = carries && 'mediaType' in target && target.mediaType !== undefined ? `, mediaType: ${jsString(target.mediaType)}` : '';
  return `{ scalar: ${jsString(HTTP_SCALAR[target.kind]!)}${format}${media} }`;
}

function valueType(model: IrModel, member: IrMember): { type: string; codec?: string } {
  const target = model.shapes.get(member.target)!;
  const http = member.http?.kind;
  // Lists in a query string or header are repeated keys / comma-separated text of scalars.
  if (target.kind === 'list' && (http === 'query' || http === 'header')) {
    const element = model.shapes.get(target.member.target)!;
    const format = element.kind === 'timestamp' ? `, format: ${jsString(member.timestampFormat ?? target.member.timestampFormat ?? 'date-time')}` : '';
    return { type: `{ list: ${jsString(HTTP_SCALAR[element.kind] ?? 'string')}${format} }` };
  }
  if (target.kind === 'map' && (http === 'queryParams' || http === 'prefixHeaders')) {
    return { type: `{ map: ${model.shapes.get(target.value.target)!.kind === 'list' ? "'list'" : "'string'"} }` };
  }
  if (AGGREGATE.has(target.kind)) {
    // Prelude aggregates (only `smithy.api#Unit`) carry no data and have no codec.
    if (target.prelude) return { type: "{ scalar: 'document' }" };
    const codec = names.zodCodec(target);
    // The lenient codec reads a value the strict one refuses for a constraint alone, so the input
    // rules judge application values (bytes, instants), not base64 or timestamp text.
    return { type: `{ codec: ${codec}, lenient: ${LENIENT_NAMESPACE}.${codec} }`, codec };
  }
  return { type: scalarType(target, member) };
}

function location(member: IrMember): { in: string; name: string } {
  const http = member.http;
  if (!http) return { in: 'body', name: member.jsonName };
  switch (http.kind) {
    case 'label':
      return { in: 'label', name: member.name };
    case 'query':
      return { in: 'query', name: http.name };
    case 'header':
      return { in: 'header', name: http.name };
    case 'prefixHeaders':
      return { in: 'prefixHeaders', name: http.prefix };
    case 'queryParams':
    case 'payload':
    case 'responseCode':
      return { in: http.kind, name: member.name };
  }
}

export function memberBindings(model: IrModel, shape: StructureShape | undefined): BindingText[] {
  if (!shape) return [];
  return shape.members.map((member) => {
    const where = location(member);
    const { type, codec } = valueType(model, member);
    return {
      text: `{ member: ${jsString(member.name)}, in: ${jsString(where.in)}, name: ${jsString(where.name)}, type: ${type} },`,
      codecs: codec ? [codec] : [],
    };
  });
}

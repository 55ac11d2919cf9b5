/**
 * `@endpoint` (`hostPrefix`) and `@hostLabel` (https://smithy.io/2.0/spec/endpoint-traits.html):
 * the host prefix a client puts before the endpoint's host (`foo.` → `foo.example.com`), split into
 * literal text and `{label}` parts, each label an input member with `@hostLabel`. Checked here, so
 * no emitter sees a prefix that could leave the host (only letters, digits, `-`, `.` and labels).
 */

import type { Traits } from '../load/ast.js';
import { ModelError, pointer } from '../load/errors.js';
import type { HostPrefixPart, IrShape, ShapeId } from './types.js';

const LITERAL = /^[A-Za-z0-9.-]*$/;

/** `{ hostPrefix }` of an operation with `@endpoint`, else `{}`; a malformed prefix is a ModelError. */
export function hostPrefixOf(id: ShapeId, traits: Traits, input: IrShape | undefined): { hostPrefix?: HostPrefixPart[] } {
  if (!('smithy.api#endpoint' in traits)) return {};
  const at = pointer('shapes', id, 'traits', 'smithy.api#endpoint', 'hostPrefix');
  const fail = (message: string) => new ModelError('', [{ shapeId: id, pointer: at, message }]);
  const prefix = (traits['smithy.api#endpoint'] as { hostPrefix?: unknown } | null)?.hostPrefix;
  if (typeof prefix !== 'string' || prefix === '') throw fail('must be a non-empty string');
  const parts: HostPrefixPart[] = [];
  for (const piece of prefix.split(/(\{[^{}]*\})/)) {
    if (piece === '') continue;
    if (piece.startsWith('{')) {
      const member = piece.slice(1, -1);
      const m = input?.kind === 'structure' ? input.members.find((x) => x.name === member) : undefined;
      if (!m || !m.hostLabel) throw fail(`{${member}} must name an input member with @hostLabel`);
      parts.push({ kind: 'label', member });
    } else {
      if (!LITERAL.test(piece)) throw fail(`may hold only letters, digits, "-", "." and {labels}, not ${JSON.stringify(piece)}`);
      parts.push({ kind: 'literal', value: piece });
    }
  }
  return { hostPrefix: parts };
}

/**
 * Relative shape id resolution (https://smithy.io/2.0/spec/idl.html#relative-shape-id-resolution):
 * a name brought in by `use`, else the shape of that name in the file's namespace (defined by any
 * file of the model), else the prelude's. Only absolute ids leave this module.
 */

import { PRELUDE_TYPES } from './prelude-types.js';
import type { ShapeIdNode } from './types.js';

/** What resolution needs of the whole model: the type of every shape id defined by some input. */
export interface Universe {
  /** Shapes defined by the inputs (prelude excluded). Prototype-free. */
  defined: Map<string, string>;
}

export interface FileScope {
  file: string;
  namespace: string | undefined;
  version: string;
  uses: Map<string, { id: string }>;
}

export function typeOf(u: Universe, id: string): string | undefined {
  return u.defined.get(id) ?? PRELUDE_TYPES.get(id);
}

/** Splits `ns#Name$member` into the root id and the member name. */
export function splitMember(id: string): [string, string | undefined] {
  const dollar = id.indexOf('$');
  return dollar < 0 ? [id, undefined] : [id.slice(0, dollar), id.slice(dollar + 1)];
}

/**
 * The absolute id `node` names, and whether its root shape exists. A relative id that names
 * nothing resolves to the file's namespace (`exists: false`), as the spec says.
 */
export function resolveShapeId(node: ShapeIdNode, scope: FileScope, u: Universe): { id: string; exists: boolean } {
  const [root, member] = splitMember(node.text);
  const suffix = member === undefined ? '' : `$${member}`;
  if (root.includes('#')) return { id: node.text, exists: typeOf(u, root) !== undefined };
  const used = scope.uses.get(root);
  if (used) return { id: used.id + suffix, exists: typeOf(u, used.id) !== undefined };
  if (scope.namespace !== undefined) {
    const local = `${scope.namespace}#${root}`;
    if (u.defined.has(local)) return { id: local + suffix, exists: true };
  }
  const prelude = `smithy.api#${root}`;
  if (PRELUDE_TYPES.has(prelude)) return { id: prelude + suffix, exists: true };
  return { id: `${scope.namespace ?? 'smithy.api'}#${root}${suffix}`, exists: false };
}

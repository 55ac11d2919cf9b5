/**
 * Checks the reference loader makes while assembling, after every file is read: cheap, general
 * rules about mixins and required members. Each issue names the shape and, for IDL shapes, the
 * file position of its definition.
 */

import type { AstShape } from '../ast.js';
import type { ModelIssue } from '../errors.js';
import { allMemberNames, inheritedMember, inheritedTargets, ownMember } from './members.js';
import type { ParsedFile, Pos } from './types.js';

const MIXIN = 'smithy.api#mixin';
const UNIT = 'smithy.api#Unit';

export function checkAssembled(shapes: Record<string, AstShape>, located: Map<string, { file: string; pos: Pos }>, idl: readonly ParsedFile[], issues: ModelIssue[]): void {
  const push = (id: string, message: string): void => {
    const at = located.get(id.split('$')[0]!);
    issues.push({ shapeId: id, pointer: '', message, ...(at ? { file: at.file, line: at.pos.line, column: at.pos.column } : { line: 1, column: 1 }) });
  };
  for (const id of Object.keys(shapes)) {
    const shape = shapes[id]!;
    const isMixin = shape.traits !== undefined && MIXIN in shape.traits;
    const mixins = (shape.mixins ?? []).map((m) => m.target);
    const wrongType = mixins.filter((m) => shapes[m] && shapes[m]!.type !== shape.type);
    if (wrongType.length) push(id, `mixins may only be mixed into shapes of the same type; ${shape.type} ${id} mixes in ${wrongType.map((m) => `${m} (${shapes[m]!.type})`).join(', ')}`);
    for (const m of mixins) if (shapes[m] && !(shapes[m]!.traits && MIXIN in shapes[m]!.traits!)) push(id, `${m} is used as a mixin but has no @mixin trait`);

    // A member redefined over an inherited one, or inherited from two mixins, must keep one target.
    if (mixins.length) {
      for (const name of allMemberNames(shapes, shape)) {
        const own = ownMember(shape, name);
        const targets = [...(own?.target ? [{ target: own.target, from: id }] : []), ...inheritedTargets(shapes, shape, name)];
        const other = targets.find((t) => t.target !== targets[0]!.target);
        if (other) push(`${id}$${name}`, `member conflicts with an inherited mixin member: ${other.from}$${name}`);
      }
    }
    const has = (name: string): boolean => ownMember(shape, name) !== undefined || inheritedMember(shapes, shape, name) !== undefined;
    if ((shape.type === 'list' || shape.type === 'set') && !isMixin && !has('member')) push(id, `missing required member of shape ${id}: member`);
    if (shape.type === 'map' && !isMixin) {
      const missing = ['key', 'value'].filter((n) => !has(n));
      if (missing.length) push(id, `missing required members of shape ${id}: ${missing.join(', ')}`);
    }
    if ((shape.type === 'enum' || shape.type === 'intEnum') && Object.keys(shape.members ?? {}).length === 0 && mixins.every((m) => Object.keys(shapes[m]?.members ?? {}).length === 0)) {
      push(id, `${shape.type} shapes must have at least one member`);
    }
    if (isMixin && shape.type === 'operation' && ((shape.input && shape.input.target !== UNIT) || (shape.output && shape.output.target !== UNIT))) {
      push(id, `operation shapes with the mixin trait must target ${UNIT} for their input and output`);
    }
    const { properties, identifiers } = shape as { properties?: object; identifiers?: object };
    if (isMixin && shape.type === 'resource' && [properties, identifiers].some((p) => p && Object.keys(p).length)) {
      push(id, 'resource shapes with the mixin trait may not define any identifiers or properties');
    }
  }
  void idl;
}

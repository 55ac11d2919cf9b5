/**
 * What a model change means for the semver of the generated packages (they ship as one fixed
 * group, so one bump covers them all).
 *
 * - major: a value, payload or program that worked may stop working — a member or enum value
 *   removed, a constraint tightened, a type, wire name, binding or error status changed.
 * - minor: something new that old users can ignore — an optional member, an enum value, a
 *   loosened constraint, a new operation or error.
 * - patch: documentation only.
 */

export type ChangeLevel = 'major' | 'minor' | 'patch';
export type Bump = ChangeLevel | 'none';

export type ChangeCode =
  | 'shape-added'
  | 'shape-removed'
  | 'shape-kind-changed'
  | 'member-added'
  | 'member-removed'
  | 'member-target-changed'
  | 'member-now-required'
  | 'member-now-optional'
  | 'member-reordered'
  | 'member-changed'
  | 'json-name-changed'
  | 'http-binding-changed'
  | 'timestamp-format-changed'
  | 'default-changed'
  | 'sparse-changed'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'enum-name-changed'
  | 'enum-reordered'
  | 'error-changed'
  | 'error-status-changed'
  | 'operation-added'
  | 'operation-removed'
  | 'operation-changed'
  | 'operation-error-added'
  | 'operation-error-removed'
  | 'service-changed'
  | 'deprecated'
  | 'documentation-changed';

export interface ModelChange {
  level: ChangeLevel;
  code: ChangeCode;
  /** Smithy id of what changed: a shape (`ns#Shape`), a member (`ns#Shape$member`) or an operation. */
  target: string;
  /** One line saying what changed, old → new. */
  message: string;
}

export interface ModelDiff {
  /** Most severe first; within a level, in model order (shape ids sorted, members in model order). */
  changes: ModelChange[];
  bump: Bump;
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(levels: Iterable<Bump>): Bump {
  let best: Bump = 'none';
  for (const l of levels) if (RANK[l] > RANK[best]) best = l;
  return best;
}

export function rank(level: Bump): number {
  return RANK[level];
}

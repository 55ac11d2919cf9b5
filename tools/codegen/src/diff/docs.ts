import type { Documentation } from '../ir/types.js';
import type { ModelChange } from './types.js';

/**
 * Documentation changes are patch-level; marking something deprecated is minor (semver.org: "MUST
 * be incremented if any public API functionality is marked as deprecated").
 */
export function compareDocs(a: Documentation, b: Documentation, target: string): ModelChange[] {
  const out: ModelChange[] = [];
  if (!a.deprecated && b.deprecated) out.push({ level: 'minor', code: 'deprecated', target, message: `deprecated${b.deprecated.message ? `: ${b.deprecated.message}` : ''}` });
  else if (JSON.stringify(a.deprecated) !== JSON.stringify(b.deprecated)) {
    out.push({ level: 'patch', code: 'documentation-changed', target, message: b.deprecated ? 'deprecation note changed' : 'no longer deprecated' });
  }
  if ((a.text ?? '') !== (b.text ?? '')) {
    out.push({ level: 'patch', code: 'documentation-changed', target, message: a.text === undefined ? 'documentation added' : b.text === undefined ? 'documentation removed' : 'documentation changed' });
  }
  if (!!a.sensitive !== !!b.sensitive) out.push({ level: 'patch', code: 'documentation-changed', target, message: `@sensitive ${b.sensitive ? 'added' : 'removed'}` });
  return out;
}

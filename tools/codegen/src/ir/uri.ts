import type { UriSegment } from './types.js';

/**
 * Splits an `@http` URI template into path segments and query literals
 * (`/things/{name}/x?literal=1` → literal, label, literal; {literal: '1'}).
 */
export function parseUri(uri: string): { path: UriSegment[]; queryLiterals: Record<string, string> } {
  const [pathPart = '', queryPart] = uri.split('?', 2);
  const path: UriSegment[] = [];
  for (const raw of pathPart.split('/').slice(1)) {
    if (raw === '') continue;
    const label = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+)?\}$/.exec(raw);
    if (label) path.push({ kind: 'label', member: label[1]!, greedy: label[2] === '+' });
    else if (raw.includes('{') || raw.includes('}')) throw new Error(`URI segment ${JSON.stringify(raw)} must be a whole {label} or a literal`);
    else path.push({ kind: 'literal', value: raw });
  }
  // Keys are model text: prototype-free, so `?__proto__=x` is a literal, not a prototype.
  const queryLiterals = Object.create(null) as Record<string, string>;
  for (const pair of queryPart ? queryPart.split('&') : []) {
    const [k = '', v = ''] = pair.split('=', 2);
    queryLiterals[k] = v;
  }
  return { path, queryLiterals };
}

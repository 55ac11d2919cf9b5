/**
 * Matches a request path against an `@http` URI template, for any endpoint: the scheme, host and
 * port are ignored, the path must be the template exactly (after an optional base path). Labels
 * come back still percent-encoded, so a malformed escape becomes a 400 from the handler rather
 * than a silent "no match". A plain label matches one segment, possibly empty (`GET /otaUpdates/`
 * is what the AWS SDK sends for `otaUpdateId: ""`); a greedy `{label+}` matches one or more.
 */

/** A literal segment, or a label (`{otaUpdateId}`, greedy `{key+}`). */
export type PathSegment = string | { readonly label: string; readonly greedy?: boolean };

export interface PathTemplate {
  readonly segments: readonly PathSegment[];
  /** Literal query parameters of the URI (`/x?list-type=2`); they must be present to match. */
  readonly queryLiterals?: Readonly<Record<string, string>>;
}

function decodesTo(raw: string, literal: string): boolean {
  if (raw === literal) return true;
  try {
    return decodeURIComponent(raw) === literal;
  } catch {
    return false;
  }
}

function matchSegments(segments: readonly PathSegment[], parts: readonly string[], out: Record<string, string>): boolean {
  if (segments.length !== parts.length) return false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const part = parts[i]!;
    if (typeof segment === 'string') {
      if (!decodesTo(part, segment)) return false;
    } else {
      out[segment.label] = part;
    }
  }
  return true;
}

/** Raw (percent-encoded) label values by member name, or undefined when the URL is not this operation. */
export function matchPath(template: PathTemplate, url: URL, basePath = ''): Record<string, string> | undefined {
  let path = url.pathname;
  if (basePath !== '') {
    const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
    if (!path.startsWith(`${base}/`)) return undefined;
    path = path.slice(base.length);
  }
  for (const [key, value] of Object.entries(template.queryLiterals ?? {})) {
    const actual = url.searchParams.get(key);
    if (actual === null || (value !== '' && actual !== value)) return undefined;
  }
  const parts = path.slice(1).split('/');
  const segments = template.segments;
  const labels: Record<string, string> = {};
  const greedyAt = segments.findIndex((s) => typeof s !== 'string' && s.greedy === true);
  if (greedyAt < 0) return matchSegments(segments, parts, labels) ? labels : undefined;

  // Greedy label: fixed segments before and after it, and at least one segment for it.
  const before = segments.slice(0, greedyAt);
  const after = segments.slice(greedyAt + 1);
  const middle = parts.length - before.length - after.length;
  if (middle < 1) return undefined;
  if (!matchSegments(before, parts.slice(0, before.length), labels)) return undefined;
  if (!matchSegments(after, parts.slice(parts.length - after.length), labels)) return undefined;
  const greedy = segments[greedyAt] as { label: string };
  labels[greedy.label] = parts.slice(before.length, before.length + middle).join('/');
  return labels;
}

/** Percent-decodes a label; undefined for a malformed escape (`%E0%A4%A`). */
export function decodeLabel(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

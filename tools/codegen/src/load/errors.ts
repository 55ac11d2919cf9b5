/**
 * Errors about the model. Every issue names the shape id and the JSON pointer of the offending
 * value, so a user can jump straight to it in a 1.5 MB AWS model.
 */

export interface ModelIssue {
  /** Absolute shape id the issue belongs to, when there is one. */
  shapeId?: string;
  /** RFC 6901 JSON pointer into the model file (`/shapes/com.amazonaws.iot#X/members/y/target`). */
  pointer: string;
  message: string;
  /** IDL models: where in which file (1-based); formatted `file:line:column: message`. */
  file?: string;
  line?: number;
  column?: number;
}

export class ModelError extends Error {
  readonly issues: readonly ModelIssue[];
  readonly file: string;

  constructor(file: string, issues: readonly ModelIssue[]) {
    super(formatIssues(file, issues));
    this.name = 'ModelError';
    this.file = file;
    this.issues = issues;
  }
}

export function formatIssues(file: string, issues: readonly ModelIssue[]): string {
  if (issues.length > 0 && issues.every((i) => i.line !== undefined)) {
    return issues.map((i) => `${i.file ?? file}:${i.line}:${i.column ?? 1}: ${i.shapeId ? `${i.shapeId}: ` : ''}${i.message}`).join('\n');
  }
  const lines = issues.map((i) => `  ${i.shapeId ? `${i.shapeId} ` : ''}at ${i.pointer || '/'}: ${i.message}`);
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return `${file}: ${issues.length} ${noun} in the Smithy model\n${lines.join('\n')}`;
}

/** Builds an RFC 6901 pointer: `~` and `/` inside a token are escaped. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

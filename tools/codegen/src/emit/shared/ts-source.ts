/**
 * Prints ts-morph statement structures to text. One in-memory project is reused and each file is
 * built from structures in a single call (ts-morph.com/manipulation/performance): no per-node
 * manipulation, which is what makes ts-morph slow on thousand-shape models.
 */

import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from 'ts-morph';

let project: Project | undefined;

function sharedProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  return project;
}

export function printStatements(statements: (string | StatementStructures)[]): string {
  const p = sharedProject();
  const file = p.createSourceFile('/print.ts', { statements }, { overwrite: true });
  const text = file.getFullText();
  p.removeSourceFile(file);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * `export const name = { ... } as const;` as statement text. ts-morph gives initializers a hanging
 * indent, which misaligns multi-line object literals, so these are written as whole statements.
 */
export function exportConst(name: string, lines: readonly string[], doc?: string): string {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => `  ${l}`).join('\n');
  const comment = doc ? `/**\n${doc.split('\n').map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\n` : '';
  return `${comment}export const ${name} = {\n${body}\n} as const;`;
}

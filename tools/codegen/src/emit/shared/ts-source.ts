/**
 * Prints ts-morph statement structures to text, exactly as ts-morph's `printStructure` (and a
 * `Project`'s `createSourceFile`) would, through `ts-printer.ts`, which needs neither a Project nor
 * ts-morph itself (and the TypeScript compiler it loads) for the structures emitters build.
 */

import type { StatementStructures } from 'ts-morph';
import { blockComment } from '../../naming/escape.js';
import { printSourceFile } from './ts-printer.js';

export function printStatements(statements: (string | StatementStructures)[]): string {
  const text = printSourceFile(statements);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * `export const name = { ... } as const;` as statement text. ts-morph gives initializers a hanging
 * indent, which misaligns multi-line object literals, so these are written as whole statements.
 */
export function exportConst(name: string, lines: readonly string[], doc?: string): string {
  const body = lines.flatMap((l) => l.split('\n')).map((l) => `  ${l}`).join('\n');
  const comment = doc ? `/**\n${blockComment(doc).split('\n').map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */\n` : '';
  return `${comment}export const ${name} = {\n${body}\n} as const;`;
}

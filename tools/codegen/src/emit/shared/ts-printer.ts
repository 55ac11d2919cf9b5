/**
 * Prints the ts-morph statement structures emitters build, byte for byte as ts-morph's own
 * `printStructure` does, without loading ts-morph. ts-morph pulls in the whole TypeScript compiler
 * at start-up (most of a small run's time); its printers are thin call sequences over
 * `code-block-writer`, so for the structure kinds emitters use (strings, type aliases, interfaces
 * with property signatures, namespaces, JSDoc descriptions) this repeats those sequences on the same
 * writer. Any other kind or property is handed to ts-morph itself (loaded only then), so output
 * never depends on which path printed it; test/general/printing.test.ts holds both to one output.
 *
 * Mirrors ts-morph 28: SourceFileStructurePrinter, StatementStructurePrinter, JSDocStructurePrinter,
 * TypeAliasDeclarationStructurePrinter, InterfaceDeclarationStructurePrinter,
 * PropertySignatureStructurePrinter, ModuleDeclarationStructurePrinter.
 */

import { createRequire } from 'node:module';
import CodeBlockWriter from 'code-block-writer';
import type { StatementStructures } from 'ts-morph';

/** `StructureKind` values of ts-morph 28 (a numeric enum; importing it would load ts-morph). */
export const KIND = { SourceFile: 36, TypeAlias: 38, Interface: 19, Module: 29, PropertySignature: 33, JSDoc: 24 } as const;

type Statement = string | StatementStructures;
type Obj = Record<string, unknown>;

const WHITESPACE = new Set([' ', '\f', '\n', '\r', '\t', '\v', '\u00A0', '\u2028', '\u2029'].map((c) => c.charCodeAt(0)));
const isNullOrWhitespace = (s: unknown): boolean => typeof s !== 'string' || [...s].every((c) => WHITESPACE.has(c.charCodeAt(0)));
const CLOSE_BRACE = '}'.charCodeAt(0);

// Properties each supported structure may carry; anything else goes to ts-morph.
const MODIFIERS = ['isExported', 'isDefaultExport', 'hasDeclareKeyword'];
const ALLOWED: Record<number, readonly string[]> = {
  [KIND.TypeAlias]: ['kind', 'name', 'type', 'docs', ...MODIFIERS],
  [KIND.Interface]: ['kind', 'name', 'docs', 'properties', ...MODIFIERS],
  [KIND.Module]: ['kind', 'name', 'docs', 'statements', ...MODIFIERS],
  [KIND.PropertySignature]: ['kind', 'name', 'type', 'docs', 'hasQuestionToken', 'isReadonly'],
};

function supportedDocs(docs: unknown): boolean {
  return docs === undefined || (Array.isArray(docs) && docs.every((d) => typeof d === 'string' || (typeof d === 'object' && d !== null && Object.keys(d).every((k) => k === 'description' || k === 'kind') && typeof (d as Obj).description === 'string')));
}

function supported(s: unknown, kind?: number): boolean {
  if (typeof s === 'string') return kind === undefined;
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Obj;
  const k = (o.kind ?? kind) as number;
  const allowed = ALLOWED[k];
  if (!allowed || (kind !== undefined && k !== kind) || !Object.keys(o).every((key) => allowed.includes(key)) || !supportedDocs(o.docs)) return false;
  if (o.type !== undefined && typeof o.type !== 'string') return false;
  if (k === KIND.Interface) return o.properties === undefined || (Array.isArray(o.properties) && o.properties.every((p) => supported(p, KIND.PropertySignature)));
  if (k === KIND.Module) return typeof o.name === 'string' && !/^['"]/.test(o.name.trim()) && (o.statements === undefined || (Array.isArray(o.statements) && o.statements.every((x) => supported(x))));
  return true;
}

function isLastNonWhitespaceCharCloseBrace(w: CodeBlockWriter): boolean {
  return w.iterateLastCharCodes((c) => (c === CLOSE_BRACE ? true : WHITESPACE.has(c) ? undefined : false)) ?? false;
}

function printDocs(w: CodeBlockWriter, docs: unknown): void {
  for (const d of (docs as (string | { description: string })[] | undefined) ?? []) {
    w.closeComment();
    // ts-morph first writes a description to a scratch writer and takes its text back: at
    // indentation 0 that only turns `\r\n` into `\n`, which the split below does as well. Skipping
    // it takes about 40% off the types emitter on the IoT model.
    const text = typeof d === 'string' ? d : d.description;
    const lines = text.split(/\r?\n/);
    const startIndex = lines[0]!.length === 0 ? 1 : 0;
    const single = lines.length <= 1;
    w.write('/**');
    if (single) w.space();
    else w.newLine();
    if (single) w.write(lines[startIndex] ?? '');
    else {
      for (let i = startIndex; i < lines.length; i++) {
        w.write(' *');
        if (lines[i]!.length > 0) w.write(` ${lines[i]}`);
        w.newLine();
      }
    }
    w.spaceIfLastNot();
    w.write('*/');
    w.newLine();
  }
}

function printModifiers(w: CodeBlockWriter, s: Obj): void {
  if (s.isDefaultExport) w.write('export default ');
  else if (s.isExported) w.write('export ');
  if (s.hasDeclareKeyword) w.write('declare ');
  if (s.isReadonly) w.write('readonly ');
}

function printTyped(w: CodeBlockWriter, separator: string, type: unknown): void {
  if (type == null) return;
  // As in printDocs: ts-morph's scratch writer changes nothing the writer `w` would not change itself.
  const text = type as string;
  if (!isNullOrWhitespace(text)) w.hangingIndent(() => w.write(`${separator} ${text}`));
}

function printProperty(w: CodeBlockWriter, p: Obj): void {
  w.closeComment();
  printDocs(w, p.docs);
  printModifiers(w, p);
  w.write(p.name as string);
  w.conditionalWrite(p.hasQuestionToken === true, '?');
  printTyped(w, ':', p.type);
  w.write(';');
}

function printStatement(w: CodeBlockWriter, s: Statement): void {
  if (typeof s === 'string') {
    w.write(s);
    return;
  }
  const o = s as unknown as Obj;
  const ensureBlankLine = () => {
    if (!w.isAtStartOfFirstLineOfBlock()) w.blankLineIfLastNot();
  };
  if (o.kind !== KIND.TypeAlias) ensureBlankLine();
  w.closeComment();
  printDocs(w, o.docs);
  printModifiers(w, o);
  switch (o.kind) {
    case KIND.TypeAlias:
      w.write(`type ${o.name as string}`);
      printTyped(w, ' =', o.type);
      w.write(';');
      break;
    case KIND.Interface:
      w.write(`interface ${o.name as string}`);
      w.space();
      w.inlineBlock(() => {
        const properties = (o.properties as Obj[] | undefined) ?? [];
        if (properties.length > 0 && !w.isAtStartOfFirstLineOfBlock()) w.newLine();
        properties.forEach((p, i) => {
          w.conditionalNewLine(i > 0);
          printProperty(w, p);
        });
      });
      break;
    case KIND.Module:
      w.write(`namespace ${o.name as string}`);
      w.write(' ');
      w.inlineBlock(() => printStatements(w, (o.statements as Statement[] | undefined) ?? []));
      break;
  }
}

function printStatements(w: CodeBlockWriter, statements: readonly Statement[]): void {
  for (const s of statements) {
    if (isLastNonWhitespaceCharCloseBrace(w)) w.blankLineIfLastNot();
    else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
    printStatement(w, s);
  }
}

let tsMorph: typeof import('ts-morph') | undefined;

/** True when these statements print without ts-morph (else `printSourceFile` hands them to it). */
export function printsWithoutTsMorph(statements: readonly Statement[]): boolean {
  return statements.every((s) => supported(s));
}

/** The text ts-morph's `printStructure` gives for a source file of these statements (2-space indent, LF, single quotes). */
export function printSourceFile(statements: readonly Statement[]): string {
  const options = { indentNumberOfSpaces: 2, newLine: '\n' as const, useSingleQuote: true };
  if (!printsWithoutTsMorph(statements)) {
    tsMorph ??= createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
    return tsMorph.printStructure({ kind: tsMorph.StructureKind.SourceFile, statements: [...statements] }, options);
  }
  const w = new CodeBlockWriter({ ...options, useTabs: false });
  w.closeComment();
  printStatements(w, statements);
  w.conditionalNewLine(!w.isAtStartOfFirstLineOfBlock() && !w.isLastNewLine());
  return w.toString();
}

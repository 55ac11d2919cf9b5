/**
 * `printStatements` prints through emit/shared/ts-printer.ts (code-block-writer, without loading
 * ts-morph and the TypeScript compiler) instead of creating a source file in a ts-morph Project.
 * This holds it to the Project's output, byte for byte, for every statement list every emitter
 * prints on every feature model, GetOTAUpdate and a slice of the large synthetic model, and checks
 * that none of them needed the ts-morph fallback.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndentationText, NewLineKind, printStructure, Project, QuoteKind, StructureKind, type StatementStructures } from 'ts-morph';
import { describe, expect, it, vi } from 'vitest';
import { makeLargeModel } from '../../../../scripts/make-large-model.js';
import { KIND, printSourceFile, printsWithoutTsMorph } from '../../src/emit/shared/ts-printer.js';
import { emitters } from '../../src/emit/index.js';
import { generateFromText } from '../../src/generate.js';
import { featureModels, modelsDir, repoRoot } from './harness.js';

const calls: { statements: (string | StatementStructures)[]; text: string }[] = [];
vi.mock('../../src/emit/shared/ts-source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/emit/shared/ts-source.js')>();
  return {
    ...original,
    printStatements: (statements: (string | StatementStructures)[]) => {
      const text = original.printStatements(statements);
      calls.push({ statements, text });
      return text;
    },
  };
});

const project = new Project({
  useInMemoryFileSystem: true,
  manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Single, useTrailingCommas: true },
});
function viaProject(statements: (string | StatementStructures)[]): string {
  const file = project.createSourceFile('/print.ts', { statements }, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text.endsWith('\n') ? text : `${text}\n`;
}

const models: [string, string][] = [
  ['GetOTAUpdate', readFileSync(join(repoRoot, 'models/iot/get-ota-update.json'), 'utf8')],
  ...featureModels().map((f): [string, string] => [f, readFileSync(join(modelsDir, f), 'utf8')]),
  ['large model, 8 domains', JSON.stringify(makeLargeModel({ domains: 8 }))],
];

describe.each(models)('%s', (_name, text) => {
  it('prints exactly what a ts-morph Project printed', () => {
    calls.length = 0;
    // json-schema writes its files as text (and takes most of the time): every other emitter runs.
    try {
      generateFromText(text, { source: 'model.json', only: emitters.map((e) => e.name).filter((n) => n !== 'json-schema') });
    } catch {
      // An emitter failing on a model is reported by feature-models.test.ts; compare what was printed.
    }
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(printsWithoutTsMorph(call.statements)).toBe(true);
      expect(call.text).toBe(viaProject(call.statements));
    }
  });
});

describe('text with line breaks (docs and types written without a scratch writer)', () => {
  const property = (name: string, type: string, description: string) => ({ kind: KIND.PropertySignature, name, type, docs: [{ kind: KIND.JSDoc, description }] });
  const statements = [
    { kind: KIND.TypeAlias, name: 'A', type: "'a' |\r\n  'b'", isExported: true, docs: [{ kind: KIND.JSDoc, description: 'first\r\nsecond\n\r\nfourth\rsame line' }] },
    { kind: KIND.Interface, name: 'B', isExported: true, properties: [property('x', '{\r\n  y: string;\n}', 'one\r\ntwo'), property('z', 'string', '')] },
    { kind: KIND.Module, name: 'C', isExported: true, statements: [{ kind: KIND.Interface, name: 'D', properties: [property('w', 'number', 'a\r\n\r\nb')] }] },
  ] as unknown as StatementStructures[];

  it('prints what ts-morph printStructure prints', () => {
    expect(printsWithoutTsMorph(statements)).toBe(true);
    expect(printSourceFile(statements)).toBe(printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: true }));
  });
});

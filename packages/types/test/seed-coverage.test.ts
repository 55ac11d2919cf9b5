/**
 * Seed coverage: every field of the AWS reference page's Response Syntax, and every exception it
 * lists, must exist in the generated package with a compatible type, in the application form and
 * the wire form. The page is parsed at test time, and the generated source is read with the
 * TypeScript compiler (ts-morph), so neither side is copied into this file.
 */

import { Project, ts, type SourceFile } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { GetOTAUpdateOperation, modeledErrors } from '../src/index.js';
import { exceptionNames, responseSyntax, type SyntaxNode } from './support/boto3-reference.js';
import { factsErrorStatuses, readRepoFile, repoPath } from './support/model.js';
import { walk, type Form } from './support/type-walker.js';

const page = readRepoFile('models/iot/reference/get_ota_update.boto3-reference.txt');
const SHAPES = 'packages/types/src/shapes.gen.ts';

let project: Project;
let generated: SourceFile;

beforeAll(() => {
  project = new Project({ compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022 }, skipAddingFilesFromTsConfig: true });
  generated = project.addSourceFileAtPath(repoPath(SHAPES).pathname);
});

/** Checks the Response Syntax tree against `GetOTAUpdateResponse` or `GetOTAUpdateResponseJson` of `file`. */
function check(file: SourceFile, form: Form, tree: SyntaxNode = responseSyntax(page)) {
  const name = form === 'app' ? 'GetOTAUpdateResponse' : 'GetOTAUpdateResponseJson';
  const iface = file.getInterfaceOrThrow(name);
  return walk(tree, iface.getType(), form, iface);
}

/** Counts the field paths of a Response Syntax tree, as `walk` reports them. */
function countPaths(node: SyntaxNode): number {
  switch (node.kind) {
    case 'structure':
      return [...node.fields.values()].reduce((n, child) => n + 1 + countPaths(child), 0);
    case 'list':
      return 1 + countPaths(node.element);
    case 'map':
      return 1 + countPaths(node.value);
    default:
      return 0;
  }
}

describe('Response Syntax of the reference page', () => {
  it('parses into a tree with every leaf kind the page uses', () => {
    const kinds = new Set<string>();
    const collect = (n: SyntaxNode): void => {
      kinds.add(n.kind);
      if (n.kind === 'structure') n.fields.forEach(collect);
      if (n.kind === 'list') collect(n.element);
      if (n.kind === 'map') collect(n.value);
    };
    collect(responseSyntax(page));
    expect([...kinds].sort()).toEqual(['blob', 'enum', 'float', 'integer', 'list', 'map', 'string', 'structure', 'timestamp']);
  });

  it.each(['app', 'json'] as const)('every field path exists with a compatible type (%s form)', (form) => {
    const { issues, visited } = check(generated, form);
    expect(issues).toEqual([]);
    expect(visited).toHaveLength(countPaths(responseSyntax(page)));
    expect(visited).toContain('otaUpdateInfo.otaUpdateFiles[].codeSigning.customCodeSigning.signature.inlineDocument');
  });
});

describe('Exceptions of the reference page', () => {
  const listed = exceptionNames(page);

  it('are exactly the modeled errors of the operation', () => {
    expect([...listed].sort()).toEqual(Object.keys(modeledErrors).sort());
    expect([...listed].sort()).toEqual([...GetOTAUpdateOperation.errors].sort());
  });

  it.each(listed)('%s is exported in both forms and has its status from FACTS', (name) => {
    expect(generated.getInterface(name)?.isExported()).toBe(true);
    expect(generated.getInterface(`${name}Json`)?.isExported()).toBe(true);
    const status = factsErrorStatuses().get(name);
    expect(status).toBeTypeOf('number');
    expect(modeledErrors[name as keyof typeof modeledErrors].httpStatus).toBe(status);
  });
});

describe('the check can fail', () => {
  /** A scratch copy of the generated file with `from` replaced by `to`; never written to disk. */
  function mutated(from: string | RegExp, to: string): SourceFile {
    const text = generated.getFullText();
    const changed = text.replace(from, to);
    expect(changed, `mutation ${String(from)} did not apply`).not.toBe(text);
    return project.createSourceFile('/scratch/shapes.gen.ts', changed, { overwrite: true });
  }

  it.each([
    ['creationDate typed string', /creationDate\?: DateType \| undefined/, 'creationDate?: string | undefined', 'app', 'otaUpdateInfo.creationDate: expected Date'],
    ['signature left as base64 in the app form', /inlineDocument\?: Signature \| undefined/, 'inlineDocument?: SignatureJson | undefined', 'app', 'signature.inlineDocument: expected Uint8Array'],
    ['wire creationDate typed Date', /creationDate\?: number \| undefined/, 'creationDate?: Date | undefined', 'json', 'otaUpdateInfo.creationDate: expected number'],
    ['fileId dropped', /fileId\?: FileId \| undefined;/, '', 'app', 'fileLocation.stream.fileId: missing'],
    ['an extra member', /fileId\?: FileIdJson \| undefined;/, 'fileId?: FileIdJson | undefined; streamArn?: string;', 'json', 'stream.streamArn: not in the reference'],
    ['an enum value lost', /\s*CREATE_FAILED: "CREATE_FAILED",/, '', 'app', 'otaUpdateStatus: expected enum values CREATE_FAILED'],
    ['attributes as a list', /attributes\?: AttributesMap \| undefined/, 'attributes?: Value[] | undefined', 'app', 'attributes: expected Record'],
    ['incrementFactor without the non-finite strings', /= number \| 'NaN' \| 'Infinity' \| '-Infinity'/, '= number', 'json', 'incrementFactor: expected number |'],
  ] as const)('reports %s', (_label, from, to, form, message) => {
    const { issues } = check(mutated(from, to), form);
    expect(issues.join('\n')).toContain(message);
  });

  it('reports a field the reference gains, and a leaf whose kind changes', () => {
    const tree = responseSyntax(page);
    if (tree.kind !== 'structure') throw new Error('unreachable');
    const info = tree.fields.get('otaUpdateInfo');
    if (info?.kind !== 'structure') throw new Error('otaUpdateInfo is not a dict');
    info.fields.set('scheduledDate', { kind: 'timestamp' });
    info.fields.set('awsIotJobId', { kind: 'integer' });
    info.fields.set('targetSelection', { kind: 'enum', values: ['CONTINUOUS', 'SNAPSHOT', 'ON_DEMAND'] });
    const { issues } = check(generated, 'app', tree);
    expect(issues).toEqual([
      'otaUpdateInfo.targetSelection: expected enum values ON_DEMAND as well, found TargetSelection',
      'otaUpdateInfo.awsIotJobId: expected number, found string',
      'otaUpdateInfo.scheduledDate: missing',
    ]);
  });
});

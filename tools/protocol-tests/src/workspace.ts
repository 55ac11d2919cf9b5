/**
 * Generates every package of one service of the suite into a scratch workspace, through the normal
 * pipeline (the assembled AST → `generateFromText` → the five packages beside copies of their
 * hand-written runtimes: the codegen test harness's `generateWorkspace`), and imports its modules
 * in this process. Generation runs once per service; imports are cached.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstModel } from '../../codegen/src/load/ast.js';
import { generateWorkspace, removeWorkspace, type Workspace } from '../../codegen/test/general/harness.js';
import { repoRoot } from './suite.js';
import type { GeneratedService } from './types.js';

const scratch = join(repoRoot, 'tools/codegen/test/out');

export interface ServiceWorkspace extends GeneratedService {
  /** Deletes the scratch directory. */
  remove(): void;
}

/** The suite's AST as one JSON AST file (what the pipeline reads), written once per run. */
export function writeSuiteModel(ast: AstModel): string {
  mkdirSync(scratch, { recursive: true });
  const path = join(scratch, `protocol-suite-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(ast));
  return path;
}

/** `only`: a subset of the emitters (for debugging one package; the runner generates them all). */
export function generateService(modelPath: string, service: string, only?: string[]): ServiceWorkspace {
  const ws: Workspace = generateWorkspace(modelPath, { service, ...(only ? { only } : {}) }, `protocol-${service.split('#')[1] ?? 'service'}`);
  const cache = new Map<string, Promise<Record<string, unknown>>>();
  return {
    service,
    dir: ws.dir,
    model: ws.model,
    load(pkg, entry = 'index') {
      const file = join(ws.dir, 'packages', pkg, 'src', `${entry}.ts`);
      let loaded = cache.get(file);
      if (!loaded) {
        loaded = import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;
        cache.set(file, loaded);
      }
      return loaded;
    },
    remove: () => removeWorkspace(ws),
  };
}

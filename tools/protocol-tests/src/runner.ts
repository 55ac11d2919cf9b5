/**
 * The runner: loads the suite, collects every case (T), generates the packages of both services
 * once, and runs each case with the kind that claims it. Cases on the skip list, of services that
 * are not generated, or that no kind claims are skipped with their reason; nothing passes unrun.
 */

import { loadModelFiles } from '../../codegen/src/load/assemble.js';
import type { AstModel } from '../../codegen/src/load/ast.js';
import { caseFiles, collectCases } from './collect.js';
import { kinds } from './kinds/index.js';
import { readSkips } from './skips.js';
import { services, suitePaths, suiteSmithyFiles } from './suite.js';
import type { CaseKind, CaseOutcome, GeneratedService, ProtocolCase, TraitKind } from './types.js';
import { generateService, writeSuiteModel, type ServiceWorkspace } from './workspace.js';

export interface CaseResult {
  readonly case: ProtocolCase;
  /** The kind that ran it (or would have), `-` when none claims it. */
  readonly kind: string;
  readonly outcome: CaseOutcome;
  readonly ms: number;
}

export interface Suite {
  readonly ast: AstModel;
  readonly cases: readonly ProtocolCase[];
  readonly skips: ReadonlyMap<string, string>;
}

export function loadSuite(): Suite {
  const ast = loadModelFiles(suitePaths());
  const cases = collectCases(ast, caseFiles(suiteSmithyFiles()));
  const skips = readSkips();
  const ids = new Set(cases.map((c) => c.id));
  const stale = [...skips.keys()].filter((id) => !ids.has(id));
  if (stale.length) throw new Error(`skips.txt lists ids that are not in the suite: ${stale.join(', ')}`);
  return { ast, cases, skips };
}

/** Generated packages of each suite service, by service id (generation is the slow part: once each). */
export function generateServices(suite: Suite): Map<string, ServiceWorkspace> {
  const modelPath = writeSuiteModel(suite.ast);
  return new Map(services.map((s) => [s, generateService(modelPath, s)]));
}

export function kindOf(c: ProtocolCase): CaseKind | undefined {
  return kinds.find((k) => k.claims(c));
}

const CASE_TIMEOUT_MS = 15_000;

/**
 * Traits whose cases exercise a feature the packages deliberately lack: counted in T, skipped with
 * this reason (one reason for the whole trait rather than ~100 lines in skips.txt).
 */
const LACKING_TRAITS: ReadonlyMap<TraitKind, string> = new Map([]);

/** One case: skip list first, then the kind's verdict; a crash or a hang is a failure. */
export async function runCase(c: ProtocolCase, suite: Suite, generated: ReadonlyMap<string, GeneratedService>): Promise<CaseResult> {
  const kind = kindOf(c);
  const start = performance.now();
  const done = (outcome: CaseOutcome): CaseResult => ({ case: c, kind: kind?.name ?? (LACKING_TRAITS.has(c.trait) ? c.trait : '-'), outcome, ms: performance.now() - start });
  const listed = suite.skips.get(c.id);
  if (listed !== undefined) return done({ status: 'skipped', reason: listed });
  const lacking = LACKING_TRAITS.get(c.trait);
  if (lacking !== undefined) return done({ status: 'skipped', reason: lacking });
  if (!kind) return done({ status: 'skipped', reason: `no runner for ${c.trait} applying to ${c.appliesTo}` });
  const service = generated.get(c.service);
  if (!service) return done({ status: 'skipped', reason: `service ${c.service || '(none)'} is not one of the generated suite services` });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<CaseOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ status: 'failed', reason: `no answer within ${CASE_TIMEOUT_MS} ms` }), CASE_TIMEOUT_MS);
    });
    return done(await Promise.race([kind.run(c, service), timeout]));
  } catch (e) {
    return done({ status: 'failed', reason: `crashed: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    clearTimeout(timer);
  }
}

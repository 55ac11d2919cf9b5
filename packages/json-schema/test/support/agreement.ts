/**
 * The agreement property shared by the test suite and scripts/soak-agreement.ts: for each entry
 * (request path labels, response body, every error body) and each mode, zod's `safeParse`, ajv on
 * the schema document and the precompiled validator accept exactly the same payloads.
 */

import fc from 'fast-check';
import type { IrModel, StructureShape } from '@ota-contract/codegen';
import { names } from '../../../../tools/codegen/src/naming/index.js';
import strictSchema from '../../src/strict.gen.json' with { type: 'json' };
import lenientSchema from '../../src/lenient.gen.json' with { type: 'json' };
import * as strictValidators from '../../src/validators.strict.gen.js';
import * as lenientValidators from '../../src/validators.lenient.gen.js';
import { schemaEntries } from '../../src/entries.gen.js';
import { ajvOptions } from '../../src/runtime/ajv-options.js';
import { compileDocument } from './ajv.js';
import { caseArb } from './mutations.js';
import { structureNode, type Json, type WireNode } from './wire-values.js';

export type Mode = 'strict' | 'lenient';
export const MODES: readonly Mode[] = ['strict', 'lenient'];

export interface Judge {
  name: string;
  accepts(value: unknown): boolean;
}
/** One entry with its three judges per mode; each generated payload is judged in both modes. */
export interface Target {
  entry: string;
  node: WireNode;
  judges: Record<Mode, Judge[]>;
}

interface ZodLike {
  safeParse(v: unknown): { success: boolean };
}

/** Judges may be left out (`without: ['zod']`) to compare ajv with the precompiled code alone. */
export async function agreementTargets(model: IrModel, options: { without?: string[] } = {}): Promise<Target[]> {
  const useZod = !options.without?.includes('zod');
  const zod = {
    strict: useZod ? ((await import('@ota-contract/zod')) as unknown as Record<string, ZodLike | undefined>) : {},
    lenient: useZod ? ((await import('@ota-contract/zod/lenient')) as unknown as Record<string, ZodLike | undefined>) : {},
  };
  const docs = { strict: compileDocument(strictSchema, ajvOptions), lenient: compileDocument(lenientSchema, ajvOptions) };
  const precompiled = { strict: strictValidators, lenient: lenientValidators } as unknown as Record<Mode, Record<string, (v: unknown) => boolean>>;
  const targets: Target[] = [];
  for (const [entry, meta] of Object.entries(schemaEntries)) {
    const usage = meta.usage[0]!;
    const op = model.operations.find((o) => o.name === usage.operation)!;
    let node: WireNode;
    let zodName: string;
    if (usage.role === 'requestPath') {
      const input = model.shapes.get(op.input!) as StructureShape;
      node = { kind: 'object', props: input.members.filter((m) => m.http?.kind === 'label').map((member) => ({ key: member.name, member })), error: false };
      // With string labels only, the path object is the application-form request (docs/VALIDATION.md).
      zodName = names.zodSchema(input);
    } else {
      const shape = [...model.shapes.values()].find((s) => s.name === meta.def) as StructureShape;
      node = structureNode(shape);
      zodName = names.zodJsonSchema(shape);
    }
    const judges = {} as Record<Mode, Judge[]>;
    for (const mode of MODES) {
      const pre = precompiled[mode][meta.validator]!;
      const ajvDef = docs[mode].def(meta.def);
      judges[mode] = [
        { name: `ajv #/$defs/${meta.def}`, accepts: (v) => ajvDef(v) },
        { name: `precompiled ${meta.validator}`, accepts: (v) => pre(v) },
      ];
      if (useZod) {
        const schema = zod[mode][zodName];
        if (!schema) throw new Error(`@ota-contract/zod${mode === 'lenient' ? '/lenient' : ''} has no export ${zodName}`);
        judges[mode].unshift({ name: `zod${mode === 'lenient' ? '/lenient' : ''} ${zodName}.safeParse`, accepts: (v) => schema.safeParse(v).success });
      }
    }
    targets.push({ entry, node, judges });
  }
  return targets;
}

export type AgreementStats = Record<Mode, { runs: number; accepted: number }>;

export const newStats = (): AgreementStats => ({ strict: { runs: 0, accepted: 0 }, lenient: { runs: 0, accepted: 0 } });

/** Judges one payload in both modes; throws, naming every verdict, when the judges of a mode differ. */
export function judge(target: Target, value: unknown, stats: AgreementStats): void {
  for (const mode of MODES) {
    const verdicts = target.judges[mode].map((j) => j.accepts(value));
    stats[mode].runs++;
    if (verdicts[0]) stats[mode].accepted++;
    if (!verdicts.every((x) => x === verdicts[0])) {
      const who = target.judges[mode].map((j, i) => `${j.name} ${verdicts[i] ? 'accepts' : 'rejects'}`).join('; ');
      throw new Error(`${mode} disagreement on ${target.entry}: ${who}\npayload: ${JSON.stringify(value)}`);
    }
  }
}

export function agreementProperty(model: IrModel, target: Target, stats: AgreementStats): fc.IPropertyWithHooks<[Json]> {
  return fc.property(caseArb(model, target.node), (value) => judge(target, value, stats));
}

/** The seed: `FC_SEED` when set (to reproduce a soak failure), else a fixed one so CI is repeatable. */
export function agreementSeed(): number {
  return process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251127;
}

/**
 * Test-side walker: from the raw Smithy JSON AST (not the generator's IR), the GetOTAUpdate closure
 * and, for every shape in it, TypeScript assignments between our types and `@aws-sdk/client-iot`'s,
 * in both directions. A shape the SDK exports by name (structures, enums) is checked as a whole;
 * lists, maps and simple shapes (which the SDK does not export) through every structure member
 * that refers to them. The source compiles clean exactly when every assertion holds.
 */

import { NS, model, type AstShape } from './model.js';

export interface AssertionSource {
  /** A module importing `Sdk` and `Ours`, one `const` per assertion. */
  text: string;
  /** Closure shape name → how many assertions mention it. */
  coverage: Map<string, number>;
  /** Shape names checked SDK → ours against the received form (the negative control swaps them to the strict form). */
  receivedChecks: string[];
}

const AGGREGATE = new Set(['structure', 'union', 'list', 'map']);
/** The SDK prefixes names that clash with globals, as our generator does: `Stream` → `_Stream`. */
const SDK_RESERVED = new Set(['Stream']);
const ident = (name: string) => (SDK_RESERVED.has(name) ? `_${name}` : name);
const local = (target: string) => (target.startsWith(NS) ? target.slice(NS.length) : undefined);

export function operationClosure(operation: string): Map<string, AstShape> {
  const op = model.shapes[`${NS}${operation}`]!;
  const out = new Map<string, AstShape>();
  const visit = (target: string | undefined) => {
    const name = target && local(target);
    if (!name || out.has(name)) return;
    const s = model.shapes[`${NS}${name}`]!;
    out.set(name, s);
    const { member, key, value } = s as AstShape & Partial<Record<'member' | 'key' | 'value', { target: string }>>;
    for (const m of [...Object.values(s.members ?? {}), member, key, value]) visit(m?.target);
  };
  visit(op.input?.target);
  visit(op.output?.target);
  for (const e of op.errors ?? []) visit(e.target);
  return out;
}

/** `received`: the name our side uses for SDK → ours (`XReceived`, or `X` for the negative control). */
export function sdkAssertions(operation: string, received: (name: string) => string = (n) => `${ident(n)}Received`): AssertionSource {
  const closure = operationClosure(operation);
  const lines = ["import type * as Sdk from '@aws-sdk/client-iot';", "import type * as Ours from '../src/index.js';", ''];
  const coverage = new Map([...closure.keys()].map((k) => [k, 0]));
  const receivedChecks: string[] = [];
  let n = 0;
  const assign = (to: string, from: string, ...shapes: string[]) => {
    lines.push(`export const a${n++}: ${to} = null! as ${from};`);
    for (const s of shapes) coverage.set(s, (coverage.get(s) ?? 0) + 1);
  };
  for (const [name, s] of closure) {
    const id = ident(name);
    if (s.type === 'enum') {
      assign(`Ours.${id}`, `Sdk.${id}`, name);
      assign(`Sdk.${id}`, `Ours.${id}`, name);
    }
    if (s.type !== 'structure') continue;
    const isError = s.traits?.['smithy.api#error'] !== undefined;
    // SDK → ours, the whole value: what `client.send` resolves to (or `catch` holds) fits our type.
    assign(`Ours.${received(name)}`, `Sdk.${id}`, name);
    receivedChecks.push(name);
    if (!isError) {
      // Ours → SDK: both our forms are SDK values. (An SDK error is a class instance with `name`,
      // `$fault`…; ours is its modeled body, so errors are checked member by member below.)
      assign(`Sdk.${id}`, `Ours.${id}`, name);
      assign(`Sdk.${id}`, `Ours.${id}Received`, name);
      lines.push(`export const k${n++}: [keyof Sdk.${id}] extends [keyof Ours.${id}Received] ? ([keyof Ours.${id}Received] extends [keyof Sdk.${id}] ? true : false) : false = true;`);
    } else {
      // Ours → SDK for an error: our body, plus what only the SDK class has, builds the SDK exception
      // (its `message` is `Error`'s plain `string`).
      const options = `ConstructorParameters<typeof Sdk.${id}>[0]`;
      for (const form of [id, `${id}Received`]) assign(options, `Omit<Ours.${form}, 'message'> & Pick<${options}, '$metadata' | 'message'>`, name);
    }
    for (const [member, m] of Object.entries(s.members ?? {})) {
      const target = local(m.target);
      const key = JSON.stringify(member);
      const shapes = target ? [name, target] : [name];
      assign(`Ours.${id}Received[${key}]`, `Sdk.${id}[${key}]`, ...shapes);
      if (!isError) {
        assign(`Sdk.${id}[${key}]`, `Ours.${id}[${key}]`, ...shapes);
        assign(`Sdk.${id}[${key}]`, `Ours.${id}Received[${key}]`, ...shapes);
      }
      const t = target ? closure.get(target) : undefined;
      if (target && t && t.type !== 'structure' && t.type !== 'enum') {
        // The member's target by its own name: lists and maps in both their forms, simple shapes.
        const ours = AGGREGATE.has(t.type) ? [`Ours.${ident(target)}`, `Ours.${ident(target)}Received`] : [`Ours.${ident(target)}`];
        assign(ours.at(-1)!, `NonNullable<Sdk.${id}[${key}]>`, target);
        if (!isError) for (const o of ours) assign(`NonNullable<Sdk.${id}[${key}]>`, o, target);
        // Entries of lists and maps whose element, key or value shape the SDK does not export either.
        const inner = t as AstShape & Partial<Record<'member' | 'key' | 'value', { target: string }>>;
        const sdkSide = `NonNullable<Sdk.${id}[${key}]>`;
        const parts: [{ target: string } | undefined, string][] = [[inner.member, `${sdkSide}[number]`], [inner.value, `${sdkSide}[string]`], [inner.key, `Extract<keyof ${sdkSide}, string>`]];
        for (const [part, sdkType] of parts) {
          const entry = part && local(part.target);
          const e = entry ? closure.get(entry) : undefined;
          if (!entry || !e || AGGREGATE.has(e.type)) continue;
          assign(`Ours.${ident(entry)}`, sdkType, entry);
          if (!isError) assign(sdkType, `Ours.${ident(entry)}`, entry);
        }
      }
    }
  }
  return { text: `${lines.join('\n')}\n`, coverage, receivedChecks };
}

/**
 * Assembles ajv's standalone ESM module from an ajv instance, producing the text of
 * `ajv/dist/standalone` `standaloneCode(ajv, refs)` in linear time, less one ajv bug: a recursive
 * function reached through its wrapper before it is exported is declared twice by ajv, once here.
 *
 * Why not call `standaloneCode`: it grows the module by re-wrapping the code built so far in a new
 * `_Code` on every value (`_\`${code}…\``), which copies every earlier item each time. That is
 * quadratic in the number of scope values: on a whole-service model (~3,900 validators per mode)
 * it was more than a quarter of the generator's run time (21.6 s → 15.4 s once replaced). Here the
 * same walk appends to one array of strings.
 *
 * The walk reads the compile results ajv records for standalone output (`validate.source`:
 * `validateName`, `validateCode`, `scopeValues`, `evaluated`) and each scope name's `value.code`.
 * These are ajv internals, so `standalone-module.test.ts` checks the output byte for byte against
 * `standaloneCode` itself, and the ajv version is pinned and printed in the generated header.
 */

import type Ajv from 'ajv';

/** A name in ajv's value scope (`ValueScopeName`): prints as its identifier. */
interface ScopeName {
  readonly prefix: string;
  readonly value?: { readonly ref?: unknown; readonly code?: { toString(): string } };
  toString(): string;
}

/** What ajv attaches as `validate.source` when compiled with `code.source: true`. */
interface ValidateSource {
  readonly validateName: ScopeName;
  readonly validateCode: string;
  readonly scopeValues: Readonly<Record<string, Iterable<ScopeName>>>;
  readonly evaluated?: { toString(): string };
}

type CompiledValidator = ((...args: unknown[]) => unknown) & { readonly source?: ValidateSource };

const enum Emitted {
  Started,
  Completed,
}

/** ESM export names must be plain identifiers, as ajv requires. */
const IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;

/**
 * `refs` maps export name → schema reference (`$id#/$defs/…`). Requires an instance created with
 * `code: { source: true, esm: true }`; like ajv, exports are emitted in `refs` order and each
 * function once, before the first export or function that needs it.
 */
export function standaloneModule(ajv: Ajv, refs: Readonly<Record<string, string>>): string {
  const codeOptions = ajv.opts.code;
  if (!codeOptions.source || !codeOptions.esm) throw new Error('standaloneModule: ajv needs code.source and code.esm');
  const newline = codeOptions.lines ? '\n' : '';
  const declare = codeOptions.es5 ? 'var' : 'const';
  const out: string[] = ['"use strict";'];
  /** Per scope prefix, the names already written (or being written, for recursive functions). */
  const emitted = new Map<string, Map<ScopeName, Emitted>>();
  const stateOf = (name: ScopeName) => emitted.get(name.prefix)?.get(name);
  const setState = (name: ScopeName, state: Emitted) => {
    let names = emitted.get(name.prefix);
    if (!names) emitted.set(name.prefix, (names = new Map()));
    names.set(name, state);
  };

  /** Writes the scope values `source` uses that are not written yet, then the function itself. */
  function writeValidator(source: ValidateSource | undefined): void {
    if (!source) throw new Error('standaloneModule: function does not have "source" property');
    if (stateOf(source.validateName) === Emitted.Completed) return;
    setState(source.validateName, Emitted.Started);
    for (const prefix in source.scopeValues) {
      for (const name of source.scopeValues[prefix]!) {
        if (stateOf(name) !== undefined) continue;
        setState(name, Emitted.Started);
        writeScopeValue(name);
        setState(name, Emitted.Completed);
      }
    }
    out.push(newline, source.validateCode);
    if (source.evaluated) out.push(`${source.validateName}.evaluated = ${source.evaluated};${newline}`);
    // ajv leaves a function written through a recursion wrapper marked "started", and writes it
    // again when it is exported later: a duplicate declaration. Written is written.
    setState(source.validateName, Emitted.Completed);
  }

  function writeScopeValue(name: ScopeName): void {
    const code = name.value?.code;
    if (code) {
      out.push(`${declare} ${name} = ${code};${newline}`);
      return;
    }
    const ref = name.value?.ref;
    if (name.prefix === 'validate' && typeof ref === 'function') {
      writeValidator((ref as CompiledValidator).source);
    } else if ((name.prefix === 'root' || name.prefix === 'wrapper') && typeof ref === 'object' && ref !== null) {
      const { validate, validateName } = ref as { validate?: CompiledValidator; validateName?: ScopeName };
      if (!validateName) throw new Error('standaloneModule: ajv internal error (wrapper without validateName)');
      out.push(`${declare} ${name} = {validate: ${validateName}};`);
      if (stateOf(validateName) !== Emitted.Started) {
        out.push(newline);
        writeValidator(validate?.source);
      }
    } else {
      throw new Error(`standaloneModule: "code" for ${name} not defined`);
    }
    out.push(newline);
  }

  for (const [exportName, ref] of Object.entries(refs)) {
    if (!IDENTIFIER.test(exportName)) throw new Error(`standaloneModule: invalid export name: ${exportName}`);
    const validate = ajv.getSchema(ref) as CompiledValidator | undefined;
    if (!validate) throw new Error(`standaloneModule: no schema with id ${ref}`);
    out.push(`${newline}export const ${exportName} = ${validate.source?.validateName};${newline}`);
    writeValidator(validate.source);
  }
  return out.join('');
}

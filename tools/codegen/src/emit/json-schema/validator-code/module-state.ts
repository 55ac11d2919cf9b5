/**
 * What one emitted module shares between its functions: the definitions, one function per
 * definition that is exported or called, and module-level constants (patterns, enum lists, key
 * sets, runtime imports), each created once and named in order of first use, so the same document
 * always gives the same text.
 */

import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { JsonValue } from '../../shared/json-schema-defs.js';
import { SchemaError } from './keywords.js';

/** ajv's run-time helpers the code imports (what ajv's own standalone output imports for them). */
const RUNTIME = {
  ucs2length: { spec: 'ajv/dist/runtime/ucs2length.js', path: ['default'] },
  equal: { spec: 'ajv/dist/runtime/equal.js', path: ['default'] },
} as const;
const FORMATS_SPEC = 'ajv-formats/dist/formats.js';

export interface FormatUse {
  /** The data type the format applies to. */
  type: string;
  kind: 'regexp' | 'function' | 'object';
  code: string;
}

type FormatDefinition = RegExp | ((s: string) => boolean) | { type?: string; async?: boolean; validate: unknown };

export class ModuleState {
  private readonly constants = new Map<string, string>();
  private readonly declarations: string[] = [];
  private readonly imports = new Map<string, string>();
  private readonly functionNames = new Map<string, string>();
  /** Definitions whose function is named but not written yet. */
  readonly pending: string[] = [];

  constructor(
    readonly defs: Readonly<Record<string, JsonValue>>,
    readonly inlineRefs: boolean,
    readonly ownProperties: boolean,
  ) {}

  /** The function validating `$defs[key]`, queued for writing the first time it is asked for. */
  functionFor(key: string): string {
    let name = this.functionNames.get(key);
    if (name === undefined) {
      name = `check${this.functionNames.size}`;
      this.functionNames.set(key, name);
      this.pending.push(key);
    }
    return name;
  }

  /** A module-level constant holding `code` (a pure expression), shared by every use of the same code. */
  constant(code: string, prefix: string): string {
    let name = this.constants.get(code);
    if (name === undefined) {
      name = `${prefix}${this.constants.size}`;
      this.constants.set(code, name);
      const pure = code.startsWith('new ') ? '/* @__PURE__ */ ' : '';
      this.declarations.push(`const ${name} = ${pure}${code};`);
    }
    return name;
  }

  /** A `u`-flag RegExp, checked here so a pattern ECMAScript refuses fails generation, not the import. */
  pattern(source: string, where: string): string {
    try {
      new RegExp(source, 'u');
    } catch (e) {
      throw new SchemaError(`pattern ${JSON.stringify(source)} at ${where} is not an ECMAScript "u" regular expression: ${(e as Error).message}`);
    }
    return this.constant(`new RegExp(${JSON.stringify(source)}, "u")`, 'pattern');
  }

  runtime(name: keyof typeof RUNTIME): string {
    const { spec, path } = RUNTIME[name];
    return this.constant(`/* @__PURE__ */ pick(${this.namespace(spec)}, ${JSON.stringify(path)})`, 'func');
  }

  hasOwn(): string {
    return this.constant('Object.prototype.hasOwnProperty', 'func');
  }

  /** An ajv-formats "full" format, as ajv applies it (`ajv/dist/vocabularies/format/format.js`). */
  format(name: string, where: string): FormatUse {
    const definition = (Object.hasOwn(fullFormats, name) ? (fullFormats as Record<string, FormatDefinition | true>)[name] : undefined);
    if (definition === undefined) throw new SchemaError(`unknown format ${JSON.stringify(name)} at ${where}`);
    if (definition === true) return { type: 'none', kind: 'object', code: '' };
    const code = this.constant(`/* @__PURE__ */ pick(${this.namespace(FORMATS_SPEC)}, ${JSON.stringify(['fullFormats', name])})`, 'formats');
    if (definition instanceof RegExp) return { type: 'string', kind: 'regexp', code };
    if (typeof definition === 'function') return { type: 'string', kind: 'function', code };
    if (definition.async) throw new SchemaError(`format ${JSON.stringify(name)} at ${where} is asynchronous`);
    return { type: definition.type ?? 'string', kind: 'object', code };
  }

  private namespace(spec: string): string {
    let local = this.imports.get(spec);
    if (local === undefined) {
      local = `cjs${this.imports.size}`;
      this.imports.set(spec, local);
    }
    return local;
  }

  /** Module specifiers imported, in order of first use. */
  importedSpecifiers(): string[] {
    return [...this.imports.keys()];
  }

  /** Import lines and the `pick` helper (CommonJS interop alike in Node and bundlers), then the constants. */
  head(): string {
    const lines = [...this.imports].map(([spec, local]) => `import * as ${local} from ${JSON.stringify(spec)};`);
    if (lines.length) lines.push('function pick(ns, path) { let v = ns.default && ns.default.__esModule ? ns.default : ns; for (const k of path) v = v[k]; return v; }');
    return [...lines, ...this.declarations].join('\n');
  }
}

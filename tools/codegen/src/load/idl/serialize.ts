/**
 * JSON AST → Smithy IDL 2.0 text (`ota-codegen idl`), written to be read by people: documentation as
 * `///` comments, ids relative where the IDL resolves them back to the same shape, operation input
 * and output inline (`:=`) when they are the operation's own `@input` / `@output` structures,
 * defaults as `= value`, enum values only where they differ from the member name. Loading the text
 * gives the same model back (test/idl/serialize.test.ts). One namespace per file, as in the IDL.
 */

import type { AstMember, AstModel, AstShape, Traits } from '../ast.js';
import { ModelError } from '../errors.js';
import { PRELUDE_TYPES } from './prelude-types.js';

const DOCUMENTATION = 'smithy.api#documentation';
const DEFAULT = 'smithy.api#default';
const ENUM_VALUE = 'smithy.api#enumValue';
const UNIT = 'smithy.api#Unit';
const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;
const INDENT = '    ';

/** Service, resources and operations first (the outline of the API), then the rest by id. */
const TYPE_ORDER: Record<string, number> = { service: 0, resource: 1, operation: 2 };

export function serializeIdl(model: AstModel): string {
  const ids = Object.keys(model.shapes).filter((id) => model.shapes[id]!.type !== 'apply');
  const namespaces = [...new Set(ids.map((id) => id.slice(0, id.indexOf('#'))))];
  if (namespaces.length > 1) {
    throw new ModelError('model', [{ pointer: '/shapes', message: `the IDL holds one namespace per file; this model has ${namespaces.length}: ${namespaces.join(', ')}` }]);
  }
  const w = new Writer(model, namespaces[0]);
  return w.document(ids);
}

class Writer {
  private readonly lines: string[] = [];
  private readonly inlined = new Set<string>();
  /** `$operationInputSuffix` / `$operationOutputSuffix`: the suffix every inlinable input (output) uses. */
  private readonly suffix = { input: 'Input', output: 'Output' };

  constructor(
    private readonly model: AstModel,
    private readonly namespace: string | undefined,
  ) {}

  document(ids: string[]): string {
    this.chooseSuffixes(ids);
    this.lines.push('$version: "2.0"');
    if (this.suffix.input !== 'Input') this.lines.push(`$operationInputSuffix: ${JSON.stringify(this.suffix.input)}`);
    if (this.suffix.output !== 'Output') this.lines.push(`$operationOutputSuffix: ${JSON.stringify(this.suffix.output)}`);
    this.lines.push('');
    const meta = this.model.metadata ?? {};
    for (const key of Object.keys(meta).sort()) this.lines.push(`metadata ${this.key(key)} = ${this.node(meta[key], '')}`);
    if (Object.keys(meta).length) this.lines.push('');
    if (this.namespace === undefined) return `${this.lines.join('\n')}\n`;
    this.lines.push(`namespace ${this.namespace}`);
    for (const id of ids) {
      const op = this.model.shapes[id]!;
      if (op.type !== 'operation') continue;
      for (const role of ['input', 'output'] as const) if (this.inlineTarget(id, op, role)) this.inlined.add(op[role]!.target);
    }
    const ordered = ids.filter((id) => !this.inlined.has(id)).sort((a, b) => (TYPE_ORDER[this.model.shapes[a]!.type] ?? 3) - (TYPE_ORDER[this.model.shapes[b]!.type] ?? 3) || (a < b ? -1 : a > b ? 1 : 0));
    for (const id of ordered) {
      this.lines.push('');
      this.shape(id, this.model.shapes[id]!);
    }
    return `${this.lines.join('\n')}\n`;
  }

  /** The suffix shared by every operation's own @input (@output) structure, when there is exactly one. */
  private chooseSuffixes(ids: string[]): void {
    for (const role of ['input', 'output'] as const) {
      const found = new Set<string>();
      for (const id of ids) {
        const op = this.model.shapes[id]!;
        const target = op.type === 'operation' ? op[role]?.target : undefined;
        const io = target ? this.model.shapes[target] : undefined;
        if (target && io?.traits && `smithy.api#${role}` in io.traits && target.startsWith(id) && IDENTIFIER.test(target.slice(id.length))) found.add(target.slice(id.length));
      }
      if (found.size === 1) this.suffix[role] = [...found][0]!;
    }
  }

  /** The operation's input or output can be written inline: `<Op>Input` / `<Op>Output` of this namespace with @input / @output. */
  private inlineTarget(opId: string, op: AstShape, role: 'input' | 'output'): boolean {
    const target = op[role]?.target;
    const shape = target ? this.model.shapes[target] : undefined;
    const suffix = this.suffix[role];
    return !!shape && shape.type === 'structure' && target === `${opId}${suffix}` && !!shape.traits && `smithy.api#${role}` in shape.traits && !shape.mixins?.length;
  }

  /** The shortest id that resolves back to `id` from this namespace. */
  private ref(id: string): string {
    const hash = id.indexOf('#');
    const ns = id.slice(0, hash);
    const name = id.slice(hash + 1);
    const root = name.split('$')[0]!;
    if (ns === this.namespace) return name;
    const local = `${this.namespace}#${root}`;
    if (ns === 'smithy.api' && PRELUDE_TYPES.has(`smithy.api#${root}`) && !(local in this.model.shapes)) return name;
    return id;
  }

  private key(k: string): string {
    return IDENTIFIER.test(k) ? k : JSON.stringify(k);
  }

  /** A node value; objects and arrays that do not fit on one line are spread over several. */
  private node(v: unknown, indent: string): string {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const inner = indent + INDENT;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const items = v.map((x) => this.node(x, inner));
      const flat = `[${items.join(', ')}]`;
      return flat.length <= 80 && !flat.includes('\n') ? flat : `[\n${items.map((i) => inner + i).join('\n')}\n${indent}]`;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    const entries = keys.map((k) => `${this.key(k)}: ${this.node((v as Record<string, unknown>)[k], inner)}`);
    const flat = `{ ${entries.join(', ')} }`;
    return flat.length <= 80 && !flat.includes('\n') ? flat : `{\n${entries.map((e) => inner + e).join('\n')}\n${indent}}`;
  }

  private traits(traits: Traits | undefined, indent: string, skip: readonly string[] = []): void {
    if (!traits) return;
    const doc = traits[DOCUMENTATION];
    if (typeof doc === 'string' && !doc.includes('\r')) for (const line of doc.split('\n')) this.lines.push(`${indent}///${line ? ` ${line}` : ''}`);
    for (const name of Object.keys(traits).sort()) {
      if (skip.includes(name) || (name === DOCUMENTATION && typeof doc === 'string' && !doc.includes('\r'))) continue;
      this.lines.push(`${indent}${this.trait(name, traits[name], indent)}`);
    }
  }

  private trait(name: string, value: unknown, indent: string): string {
    const at = `@${this.ref(name)}`;
    const isEmptyObject = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
    const type = this.model.shapes[name]?.type ?? PRELUDE_TYPES.get(name);
    // `@foo` means {} unless the trait is a list, where it means [].
    if (isEmptyObject && type !== 'list' && type !== 'set') return at;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isEmptyObject) {
      // A structure's members go straight into the parentheses: @length(min: 1, max: 10).
      const body = this.node(value, indent);
      return body.startsWith('{\n') ? `${at}(${body.slice(1, -1).trimEnd()}\n${indent})` : `${at}(${body.slice(2, -2)})`;
    }
    return `${at}(${this.node(value, indent)})`;
  }

  private shape(id: string, shape: AstShape): void {
    const name = id.slice(id.indexOf('#') + 1);
    // IDL 2.0 has no `set`: it is a list with @uniqueItems (https://smithy.io/2.0/guides/migrating-idl-1-to-2.html).
    const traits = shape.type === 'set' ? { ...(shape.traits ?? {}), 'smithy.api#uniqueItems': {} } : shape.traits;
    this.traits(traits, '');
    const mixins = shape.mixins?.length ? ` with [${shape.mixins.map((m) => this.ref(m.target)).join(', ')}]` : '';
    const head = `${shape.type === 'set' ? 'list' : shape.type} ${name}${mixins}`;
    switch (shape.type) {
      case 'structure':
      case 'union':
      case 'enum':
      case 'intEnum':
        return this.members(`${head} `, shape.type, Object.entries(shape.members ?? {}), '');
      case 'list':
      case 'set':
        return this.members(`${head} `, shape.type, shape.member ? [['member', shape.member]] : [], '');
      case 'map':
        return this.members(`${head} `, shape.type, [...(shape.key ? [['key', shape.key] as [string, AstMember]] : []), ...(shape.value ? [['value', shape.value] as [string, AstMember]] : [])], '');
      case 'operation':
        return this.operation(head, shape);
      case 'service':
      case 'resource':
        return this.entity(head, shape);
      default:
        this.lines.push(head);
    }
  }

  /** `open` is the text before the opening brace; members are indented one step past `indent`. */
  private members(open: string, type: string, members: [string, AstMember][], indent: string): void {
    if (members.length === 0) {
      this.lines.push(`${open}{}`);
      return;
    }
    this.lines.push(`${open}{`);
    const inner = indent + INDENT;
    members.forEach(([name, m], i) => {
      if (i > 0 && (m.traits || members[i - 1]![1].traits)) this.lines.push('');
      const isEnum = type === 'enum' || type === 'intEnum';
      const value = isEnum ? m.traits?.[ENUM_VALUE] : m.traits?.[DEFAULT];
      const skip = isEnum ? [ENUM_VALUE] : [DEFAULT];
      this.traits(m.traits, inner, skip);
      const assign = value === undefined || (type === 'enum' && value === name) ? '' : ` = ${this.node(value, inner)}`;
      this.lines.push(isEnum ? `${inner}${name}${assign}` : `${inner}${name}: ${this.ref(m.target)}${assign}`);
    });
    this.lines.push(`${indent}}`);
  }

  private operation(head: string, op: AstShape): void {
    this.lines.push(`${head} {`);
    for (const role of ['input', 'output'] as const) {
      const target = op[role]?.target;
      if (!target || target === UNIT) continue;
      if (this.inlined.has(target)) {
        const io = this.model.shapes[target]!;
        const traits = Object.keys(io.traits ?? {}).filter((t) => t !== `smithy.api#${role}`);
        if (traits.length) {
          // Traits of an inline structure go between `:=` and its braces.
          this.lines.push(`${INDENT}${role} :=`);
          this.traits(Object.fromEntries(traits.map((t) => [t, io.traits![t]])), INDENT + INDENT);
          this.members(INDENT + INDENT, 'structure', Object.entries(io.members ?? {}), INDENT + INDENT);
        } else this.members(`${INDENT}${role} := `, 'structure', Object.entries(io.members ?? {}), INDENT);
      } else this.lines.push(`${INDENT}${role}: ${this.ref(target)}`);
    }
    if (op.errors?.length) {
      const names = op.errors.map((e) => this.ref(e.target));
      const flat = `${INDENT}errors: [${names.join(', ')}]`;
      if (flat.length <= 100) this.lines.push(flat);
      else this.lines.push(`${INDENT}errors: [`, ...names.map((n) => INDENT + INDENT + n), `${INDENT}]`);
    }
    this.lines.push('}');
  }

  /** service / resource: their properties as a node object, shape ids unquoted. */
  private entity(head: string, shape: AstShape): void {
    const o = shape as unknown as Record<string, unknown>;
    const props: string[] = [];
    for (const key of Object.keys(o)) {
      if (key === 'type' || key === 'traits' || key === 'mixins') continue;
      const v = o[key];
      if (typeof v === 'string') props.push(`${key}: ${JSON.stringify(v)}`);
      else if (Array.isArray(v)) props.push(`${key}: [${v.map((r: { target: string }) => this.ref(r.target)).join(', ')}]`);
      else if (v && typeof v === 'object' && 'target' in v) props.push(`${key}: ${this.ref((v as { target: string }).target)}`);
      else if (v && typeof v === 'object') {
        const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) =>
          key === 'rename' ? `${JSON.stringify(k)}: ${JSON.stringify(x)}` : `${this.key(k)}: ${this.ref((x as { target: string }).target)}`,
        );
        props.push(`${key}: { ${entries.join(', ')} }`);
      }
    }
    if (props.length === 0) this.lines.push(`${head} {}`);
    else this.lines.push(`${head} {`, ...props.map((p) => INDENT + p), '}');
  }
}

/**
 * Checks the hand-written Smithy JSON AST in models/iot/get-ota-update.json against
 * the upstream fact sheet (models/iot/reference/FACTS-GetOTAUpdate.md).
 *
 * The fact sheet is parsed at test time rather than copied into this file, so the
 * expectations have a single source: if FACTS is corrected, the test follows it.
 * Parsers throw on any cell they do not understand, so a format change in FACTS
 * shows up as a failure instead of a silently skipped check.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

const MODEL_URL = new URL('../../../models/iot/get-ota-update.json', import.meta.url);
const FACTS_URL = new URL('../../../models/iot/reference/FACTS-GetOTAUpdate.md', import.meta.url);
const BOTO3_URL = new URL('../../../models/iot/reference/get_ota_update.boto3-reference.txt', import.meta.url);

const NS = 'com.amazonaws.iot#';
const SERVICE_ID = `${NS}AWSIotService`;
const OPERATION_ID = `${NS}GetOTAUpdate`;

type Traits = Record<string, unknown>;
interface MemberRef {
  target: string;
  traits?: Traits;
}
interface Shape {
  type: string;
  traits?: Traits;
  members?: Record<string, MemberRef>;
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
  operations?: { target: string }[];
  version?: string;
}
interface Model {
  smithy: string;
  shapes: Record<string, Shape>;
}

const model = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as Model;
const facts = readFileSync(FACTS_URL, 'utf8');
const boto3Text = readFileSync(BOTO3_URL, 'utf8');

// ---------------------------------------------------------------------------
// Markdown helpers
// ---------------------------------------------------------------------------

/** Lines of the `## N.` section of FACTS, up to (not including) the next `## ` heading. */
function section(num: number): string[] {
  const lines = facts.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${num}.`));
  if (start < 0) throw new Error(`FACTS has no section ${num}`);
  const rel = lines.slice(start + 1).findIndex((l) => l.startsWith('## '));
  return lines.slice(start + 1, rel < 0 ? undefined : start + 1 + rel);
}

/** Splits `s` on `sep`, ignoring separators inside backticks, quotes, () and {}. */
function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inTick = false;
  let inQuote = false;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '`') inTick = !inTick;
    else if (!inTick && c === '"') inQuote = !inQuote;
    else if (!inTick && !inQuote && (c === '(' || c === '{')) depth++;
    else if (!inTick && !inQuote && (c === ')' || c === '}')) depth--;
    if (!inTick && !inQuote && depth === 0 && s.startsWith(sep, i)) {
      out.push(cur);
      cur = '';
      i += sep.length - 1;
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter((x) => x !== '');
}

/** Cells of a markdown table row (`| a | b |`). */
function rowCells(line: string): string[] {
  return splitTopLevel(line.trim().replace(/^\|/, '').replace(/\|$/, ''), '|');
}

/**
 * All markdown tables in `lines`, each as header-keyed records, tagged with the
 * closest preceding `####` heading (used for the per-structure member tables).
 */
function tables(lines: string[]): { heading: string | undefined; rows: Record<string, string>[] }[] {
  const result: { heading: string | undefined; rows: Record<string, string>[] }[] = [];
  let heading: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#### ')) heading = line.slice(5).trim();
    // A table starts with a header row followed by a `|---|` separator row.
    if (line.startsWith('|') && lines[i + 1]?.startsWith('|---')) {
      const header = rowCells(line);
      const rows: Record<string, string>[] = [];
      for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
        const cells = rowCells(lines[i]!);
        rows.push(Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])));
      }
      result.push({ heading, rows });
    }
  }
  return result;
}

const unTick = (s: string): string => s.replace(/`/g, '').replace(/\*\*/g, '').trim();
const isNone = (s: string): boolean => s === '—' || s === '';
/** Every `backticked` token in a string. */
const ticked = (s: string): string[] => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
/** `min=1, max=128` → {min: 1, max: 128} */
function keyNumbers(s: string): Record<string, number> {
  const pairs = [...s.matchAll(/(\w+)=(-?[\d.]+)/g)];
  if (pairs.length === 0) throw new Error(`no key=number pairs in "${s}"`);
  return Object.fromEntries(pairs.map((m) => [m[1]!, Number(m[2])]));
}
/** `a: "x", b: "y"` → {a: 'x', b: 'y'} */
function keyStrings(s: string): Record<string, string> {
  return Object.fromEntries([...s.matchAll(/(\w+):\s*"([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}
/** Short trait names in FACTS (`length`, `@httpLabel`) are prelude traits; full ids stay. */
const traitId = (name: string): string => (name.includes('#') ? name : `smithy.api#${name}`);

// ---------------------------------------------------------------------------
// Parsing the FACTS columns into expected Smithy traits / details
// ---------------------------------------------------------------------------

/** Marker for "this trait must be present with a non-empty string"; FACTS omits doc text. */
const ANY_DOC = Symbol('documentation');

/**
 * Parses an "Other traits" / "Member traits" cell, e.g.
 * `documentation, @error("server"), @httpError(500)` or `@httpLabel, @required, documentation`.
 * `@name` → `{}` (annotation trait), `@name(json)` → the parsed JSON value.
 */
function parseTraitList(cell: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (isNone(cell)) return out;
  for (const item of splitTopLevel(cell, ',')) {
    if (item === 'documentation') {
      out[traitId('documentation')] = ANY_DOC;
      continue;
    }
    const m = /^@([\w.#]+)(?:\((.*)\))?$/.exec(item);
    if (!m) throw new Error(`unparsed trait "${item}" in "${cell}"`);
    out[traitId(m[1]!)] = m[2] === undefined ? {} : JSON.parse(m[2]);
  }
  return out;
}

interface ShapeFacts {
  num: number;
  name: string;
  type: string;
  /** constraint traits (length/pattern/range/default) plus the "other traits" column */
  traits: Record<string, unknown>;
  enumValues?: string[];
  listMember?: string;
  mapKey?: string;
  mapValue?: string;
  memberCount?: number;
  required?: string[];
  op?: { input: string; output: string; errorCount: number };
}

/** Parses the "Constraints / shape details" column into `facts` (mutated). */
function parseConstraints(cell: string, f: ShapeFacts): void {
  if (isNone(cell)) return;
  for (const part of splitTopLevel(cell, ';')) {
    let m: RegExpExecArray | null;
    if ((m = /^(length|range) (.*)$/.exec(part))) f.traits[traitId(m[1]!)] = keyNumbers(m[2]!);
    else if ((m = /^pattern `(.*)`$/.exec(part))) f.traits[traitId('pattern')] = m[1]!;
    else if ((m = /^default=(.*)$/.exec(part))) f.traits[traitId('default')] = JSON.parse(m[1]!);
    else if (part.startsWith('values:')) f.enumValues = ticked(part);
    else if ((m = /^member → (\w+)$/.exec(part))) f.listMember = m[1]!;
    else if ((m = /^key → (\w+), value → (\w+)$/.exec(part))) [f.mapKey, f.mapValue] = [m[1]!, m[2]!];
    else if ((m = /^(\d+) member\(s\)$/.exec(part))) f.memberCount = Number(m[1]);
    else if ((m = /^required: (.*)$/.exec(part))) f.required = m[1] === 'none' ? [] : splitTopLevel(m[1]!, ',');
    else if ((m = /^input (\w+), output (\w+), (\d+) errors$/.exec(part)))
      f.op = { input: m[1]!, output: m[2]!, errorCount: Number(m[3]) };
    else throw new Error(`unparsed constraint "${part}"`);
  }
}

/** Section 5's big table: one entry per closure shape. */
function parseShapeTable(): ShapeFacts[] {
  const table = tables(section(5)).find((t) => t.rows[0] && 'Type' in t.rows[0]);
  if (!table) throw new Error('section 5 shape table not found');
  return table.rows.map((r) => {
    const f: ShapeFacts = {
      num: Number(r['#']),
      name: r['Shape (com.amazonaws.iot#…)']!,
      type: r['Type']!,
      traits: parseTraitList(r['Other traits on the shape']!),
    };
    parseConstraints(r['Constraints / shape details']!, f);
    return f;
  });
}

interface MemberFacts {
  name: string;
  target: string;
  targetType: string;
  required: boolean;
  traits: Record<string, unknown>;
}
interface StructFacts {
  name: string;
  /** from a heading like `#### ThrottlingException  (error: client, httpError 400)` */
  error?: { fault: string; status: number };
  members: MemberFacts[];
}

/** Section 5's `#### Name` member tables. */
function parseMemberTables(): StructFacts[] {
  return tables(section(5))
    .filter((t) => t.heading !== undefined)
    .map((t) => {
      const heading = t.heading!;
      const err = /\(error: (\w+), httpError (\d+)\)/.exec(heading);
      return {
        name: heading.split(/\s+/)[0]!,
        ...(err ? { error: { fault: err[1]!, status: Number(err[2]) } } : {}),
        members: t.rows.map((r) => ({
          name: r['Member']!,
          target: r['Target']!,
          targetType: r['Target type']!,
          required: r['Required'] === 'yes',
          traits: parseTraitList(r['Member traits']!),
        })),
      };
    });
}

interface ErrorFacts {
  name: string;
  fault: string;
  status: number;
  member: string;
  target: string;
  targetType: string;
  optional: boolean;
}

/** Section 2's error table, e.g. `` `ThrottlingException` | `"client"` | **400** (not 429) | `message` → `ErrorMessage2` (string, optional) ``. */
function parseErrorTable(): ErrorFacts[] {
  const table = tables(section(2))[0];
  if (!table) throw new Error('section 2 error table not found');
  return table.rows.map((r) => {
    const m = /^`(\w+)` → `(\w+)` \((\w+), (optional|required)\)$/.exec(r['Members']!);
    if (!m) throw new Error(`unparsed error member "${r['Members']}"`);
    return {
      name: unTick(r['Error shape']!),
      fault: JSON.parse(unTick(r['`smithy.api#error`']!)) as string,
      status: Number(/\*\*(\d+)\*\*/.exec(r['`smithy.api#httpError`']!)![1]),
      member: m[1]!,
      target: m[2]!,
      targetType: m[3]!,
      optional: m[4] === 'optional',
    };
  });
}

/** Section 2's prose facts about the operation's binding. */
function parseOperationFacts() {
  const text = section(2).join('\n');
  const http = /`smithy\.api#http`: `(\{[^`]+\})`/.exec(text);
  const input = /Input `(\w+)` \(has `@input`\)/.exec(text);
  const output = /Output `(\w+)` \(has `@output`\)/.exec(text);
  const botoOrder = /Botocore uses the order ([\w, ]+)\./.exec(text);
  if (!http || !input || !output || !botoOrder) throw new Error('section 2 prose not understood');
  return {
    http: JSON.parse(http[1]!) as unknown,
    input: input[1]!,
    output: output[1]!,
    // botocore drops the "Exception" suffix in this sentence; restore it for comparison
    botocoreErrors: splitTopLevel(botoOrder[1]!, ',').map((e) => `${e}Exception`),
  };
}

/** Section 1's service table as a Fact → Value record. */
function parseServiceTable(): Record<string, string> {
  const table = tables(section(1))[0];
  if (!table) throw new Error('section 1 table not found');
  return Object.fromEntries(table.rows.map((r) => [r['Fact']!, r['Value']!]));
}

/** Section 4's "N shapes" total, per-type counts and the list of absent types. */
function parseClosureCounts() {
  const text = section(4).join('\n');
  const total = Number(/closure holds \*\*(\d+) shapes\*\*/.exec(text)![1]);
  const byTypeLine = /^\s*\* (\d+ operation, .*)\.$/m.exec(text)![1]!;
  const byType: Record<string, number> = {};
  for (const part of splitTopLevel(byTypeLine, ',')) {
    const [n, word] = part.split(' ') as [string, string];
    // "structures" → "structure", but "long"/"double" stay as they are
    byType[word.replace(/(ure|ing|um|er|ist|ap)s$/, '$1')] = Number(n);
  }
  const absent = splitTopLevel(/^\s*\* No ([\w, ]+?) or (\w+)\.$/m.exec(text)!.slice(1).join(','), ',');
  return { total, byType, absent };
}

/** Section 4's trait-usage table: "On shapes" / "On members" counts and the "Absent" list. */
function parseTraitUsage() {
  const table = tables(section(4))[0];
  if (!table) throw new Error('section 4 trait table not found');
  const row = (where: string) => table.rows.find((r) => r['Where'] === where)!['Traits']!;
  const counts = (cell: string) =>
    Object.fromEntries([...cell.matchAll(/`(\w+)` ×(\d+)/g)].map((m) => [traitId(m[1]!), Number(m[2])]));
  return {
    onShapes: counts(row('On shapes')),
    onMembers: counts(row('On members')),
    absent: ticked(row('Absent')).map(traitId),
  };
}

// ---------------------------------------------------------------------------
// Model helpers
// ---------------------------------------------------------------------------

const shapeOf = (name: string): Shape | undefined => model.shapes[NS + name];
const local = (id: string): string => id.replace(NS, '');
const closureIds = (): string[] => Object.keys(model.shapes).filter((id) => id !== SERVICE_ID);

/** Every member reference of a shape (structure/enum members, list member, map key/value). */
function memberRefs(shape: Shape): MemberRef[] {
  return [
    ...Object.values(shape.members ?? {}),
    ...(shape.member ? [shape.member] : []),
    ...(shape.key ? [shape.key] : []),
    ...(shape.value ? [shape.value] : []),
  ];
}

/** Outgoing shape references, used for the closure and depth checks. */
function edges(shape: Shape): string[] {
  return [
    ...memberRefs(shape).map((m) => m.target),
    ...(shape.input ? [shape.input.target] : []),
    ...(shape.output ? [shape.output.target] : []),
    ...(shape.errors ?? []).map((e) => e.target),
    ...(shape.operations ?? []).map((o) => o.target),
  ].filter((t) => t.startsWith(NS));
}

/**
 * Compares actual traits with the expected map from FACTS: same key set, equal
 * values, and documentation only checked for being a non-empty string.
 */
function expectTraits(actual: Traits | undefined, expected: Record<string, unknown>, where: string): void {
  const a = actual ?? {};
  expect(Object.keys(a).sort(), `${where}: trait ids`).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    if (value === ANY_DOC) {
      expect(typeof a[id] === 'string' && (a[id] as string).length > 0, `${where}: ${id} is a non-empty string`).toBe(true);
    } else {
      expect(a[id], `${where}: ${id}`).toEqual(value);
    }
  }
}

/** Counts trait ids over closure shapes (not the service) and over their members. */
function countTraits(): { onShapes: Record<string, number>; onMembers: Record<string, number> } {
  const onShapes: Record<string, number> = {};
  const onMembers: Record<string, number> = {};
  const bump = (into: Record<string, number>, traits: Traits | undefined) => {
    for (const id of Object.keys(traits ?? {})) into[id] = (into[id] ?? 0) + 1;
  };
  for (const id of closureIds()) {
    const shape = model.shapes[id]!;
    bump(onShapes, shape.traits);
    for (const m of memberRefs(shape)) bump(onMembers, m.traits);
  }
  return { onShapes, onMembers };
}

// ---------------------------------------------------------------------------
// Parsed expectations (computed once at collection time so it.each can name tests)
// ---------------------------------------------------------------------------

const shapeFacts = parseShapeTable();
const structFacts = parseMemberTables();
const errorFacts = parseErrorTable();

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('FACTS parsing sanity', () => {
  // Guards against a parser that silently reads nothing and so checks nothing.
  it('reads 71 numbered shapes, 26 member tables and 6 errors', () => {
    expect(shapeFacts.map((f) => f.num)).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    expect(structFacts).toHaveLength(shapeFacts.filter((f) => f.type === 'structure').length);
    expect(structFacts).toHaveLength(26);
    expect(errorFacts).toHaveLength(6);
  });
});

describe('model file', () => {
  it('is a Smithy 2.0 JSON AST with exactly the closure plus the service', () => {
    expect(model.smithy).toBe('2.0');
    const expected = [SERVICE_ID, ...shapeFacts.map((f) => NS + f.name)].sort();
    expect(Object.keys(model.shapes).sort()).toEqual(expected);
  });

  it('lists shape ids in sorted order (deterministic output)', () => {
    const ids = Object.keys(model.shapes);
    expect(ids).toEqual([...ids].sort());
  });

  it('has every shape reachable from the service (no orphans)', () => {
    const seen = new Set<string>();
    const walk = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      const shape = model.shapes[id];
      expect(shape, `dangling reference ${id}`).toBeDefined();
      for (const next of edges(shape!)) walk(next);
    };
    walk(SERVICE_ID);
    expect([...seen].sort()).toEqual(Object.keys(model.shapes).sort());
  });
});

describe('section 5: shapes', () => {
  it.each(shapeFacts.map((f) => [f.name, f] as const))('%s has the listed type and shape traits', (name, f) => {
    const shape = shapeOf(name);
    expect(shape, `${name} missing`).toBeDefined();
    expect(shape!.type, `${name} type`).toBe(f.type);
    // Exact trait set: constraints column + other-traits column, nothing more.
    expectTraits(shape!.traits, f.traits, name);

    if (f.enumValues) {
      // Enum members target Unit and carry only enumValue, in model order.
      const members = Object.entries(shape!.members ?? {});
      expect(members.map(([k]) => k), `${name} enum member order`).toEqual(f.enumValues);
      for (const [k, m] of members) {
        expect(m, `${name}$${k}`).toEqual({ target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': k } });
      }
    }
    if (f.listMember) expect(shape!.member, `${name} list member`).toEqual({ target: NS + f.listMember });
    if (f.mapKey) {
      expect(shape!.key, `${name} map key`).toEqual({ target: NS + f.mapKey });
      expect(shape!.value, `${name} map value`).toEqual({ target: NS + f.mapValue });
    }
    if (f.memberCount !== undefined) {
      const members = Object.entries(shape!.members ?? {});
      expect(members, `${name} member count`).toHaveLength(f.memberCount);
      const required = members.filter(([, m]) => m.traits?.['smithy.api#required'] !== undefined).map(([k]) => k);
      expect(required, `${name} required members`).toEqual(f.required);
    }
    if (f.op) {
      expect(shape!.input, `${name} input`).toEqual({ target: NS + f.op.input });
      expect(shape!.output, `${name} output`).toEqual({ target: NS + f.op.output });
      expect(shape!.errors, `${name} errors`).toHaveLength(f.op.errorCount);
    }
    // Shapes that are not aggregates must not grow members by accident.
    if (!['structure', 'enum'].includes(f.type)) expect(shape!.members, `${name} members`).toBeUndefined();
  });
});

describe('section 5: structure members', () => {
  it.each(structFacts.map((s) => [s.name, s] as const))('%s has the listed members, in order', (name, s) => {
    const shape = shapeOf(name);
    expect(shape?.type, `${name} is a structure`).toBe('structure');
    const actual = Object.entries(shape!.members ?? {});
    expect(actual.map(([k]) => k), `${name} member order`).toEqual(s.members.map((m) => m.name));

    for (const mf of s.members) {
      const where = `${name}$${mf.name}`;
      const m = shape!.members![mf.name]!;
      expect(m.target, `${where} target`).toBe(NS + mf.target);
      expect(shapeOf(mf.target)?.type, `${where} target type`).toBe(mf.targetType);
      expect(m.traits?.['smithy.api#required'] !== undefined, `${where} required`).toBe(mf.required);
      // Member traits column lists every trait on the member (e.g. @httpLabel, @default(0)).
      expectTraits(m.traits, mf.traits, where);
    }

    // Heading-level error info must agree with the shape's traits.
    if (s.error) {
      expect(shape!.traits?.['smithy.api#error'], `${name} error`).toBe(s.error.fault);
      expect(shape!.traits?.['smithy.api#httpError'], `${name} httpError`).toBe(s.error.status);
    }
  });
});

describe('section 2: operation and errors', () => {
  const op = parseOperationFacts();

  it('binds GET /otaUpdates/{otaUpdateId} with the documented input and output', () => {
    const shape = model.shapes[OPERATION_ID]!;
    expect(shape.traits?.['smithy.api#http']).toEqual(op.http);
    expect(shape.input).toEqual({ target: NS + op.input });
    expect(shape.output).toEqual({ target: NS + op.output });
    // Only documentation and http: no readonly/paginated/idempotent/endpoint.
    expect(Object.keys(shape.traits ?? {}).sort()).toEqual(['smithy.api#documentation', 'smithy.api#http']);
  });

  it('lists the six errors alphabetically, the same set botocore names', () => {
    const errors = (model.shapes[OPERATION_ID]!.errors ?? []).map((e) => local(e.target));
    const names = errorFacts.map((e) => e.name);
    expect(errors).toEqual([...names].sort());
    expect([...errors].sort()).toEqual([...op.botocoreErrors].sort());
  });

  it('fills the {otaUpdateId} label from a required, non-greedy @httpLabel member', () => {
    const input = shapeOf(op.input)!;
    const labels = Object.entries(input.members ?? {}).filter(([, m]) => m.traits?.['smithy.api#httpLabel']);
    expect(labels.map(([k]) => k)).toEqual(['otaUpdateId']);
    // Smithy requires @httpLabel members to be @required.
    expect(labels[0]![1].traits?.['smithy.api#required']).toEqual({});
    expect((op.http as { uri: string }).uri).toContain('{otaUpdateId}');
    expect((op.http as { uri: string }).uri).not.toContain('{otaUpdateId+}');
  });

  it.each(errorFacts.map((e) => [e.name, e] as const))('%s has the listed fault, status and message member', (name, e) => {
    const shape = shapeOf(name)!;
    expect(shape.type).toBe('structure');
    expect(shape.traits?.['smithy.api#error']).toBe(e.fault);
    expect(shape.traits?.['smithy.api#httpError']).toBe(e.status);
    expect(shape.traits?.['smithy.api#retryable']).toBeUndefined();
    expect(Object.keys(shape.members ?? {})).toEqual([e.member]);
    const m = shape.members![e.member]!;
    expect(m.target).toBe(NS + e.target);
    expect(shapeOf(e.target)?.type).toBe(e.targetType);
    expect(m.traits?.['smithy.api#required'] === undefined).toBe(e.optional);
  });
});

describe('section 1: service shape', () => {
  const facts1 = parseServiceTable();
  const service = model.shapes[SERVICE_ID]!;
  const traits = service.traits ?? {};

  it('has the type, version and single operation', () => {
    const cell = facts1['Shape type / version']!;
    expect(service.type).toBe(ticked(cell)[0]);
    expect(service.version).toBe(/"version": "([^"]+)"/.exec(cell)![1]);
    expect(service.operations).toEqual([{ target: OPERATION_ID }]);
  });

  it('carries restJson1, sigv4, aws.api#service and title as listed', () => {
    const protocol = facts1['Protocol trait']!;
    expect(protocol).toContain('empty value `{}`');
    expect(traits[ticked(protocol)[0]!]).toEqual({});
    expect(traits['aws.auth#sigv4']).toEqual(keyStrings(facts1['`aws.auth#sigv4`']!));
    expect(traits['aws.api#service']).toEqual(keyStrings(facts1['`aws.api#service`']!));
    expect(traits['smithy.api#title']).toBe(JSON.parse(unTick(facts1['`smithy.api#title`']!)));
  });

  it('has documentation, no traits FACTS says are absent, and nothing unlisted', () => {
    const other = facts1['Other service traits']!;
    const [listed, absent] = other.split('There is no') as [string, string];
    expect(typeof traits['smithy.api#documentation']).toBe('string');
    for (const id of ticked(absent).map(traitId)) expect(traits[id], id).toBeUndefined();
    // The endpoint rule set and tests are listed upstream but deliberately left out of
    // this trimmed model, so they are allowed but not required.
    const allowed = new Set([
      ...ticked(listed),
      ticked(facts1['Protocol trait']!)[0],
      'aws.api#service',
      'aws.auth#sigv4',
      'smithy.api#title',
    ]);
    for (const id of Object.keys(traits)) expect(allowed.has(id), `unexpected service trait ${id}`).toBe(true);
  });
});

describe('section 4: closure summary', () => {
  const counts = parseClosureCounts();
  const usage = parseTraitUsage();

  it('has the listed number of shapes per type', () => {
    const ids = closureIds();
    expect(ids).toHaveLength(counts.total);
    const byType: Record<string, number> = {};
    for (const id of ids) byType[model.shapes[id]!.type] = (byType[model.shapes[id]!.type] ?? 0) + 1;
    expect(byType).toEqual(counts.byType);
    for (const t of counts.absent) expect(byType[t], `no ${t} shapes`).toBeUndefined();
  });

  it('uses each trait exactly as often as the usage table says', () => {
    const actual = countTraits();
    expect(actual.onShapes).toEqual(usage.onShapes);
    expect(actual.onMembers).toEqual(usage.onMembers);
    for (const id of usage.absent) {
      expect(actual.onShapes[id], `${id} on shapes`).toBeUndefined();
      expect(actual.onMembers[id], `${id} on members`).toBeUndefined();
    }
  });

  it('targets no prelude shape except smithy.api#Unit (from the 10 enum members)', () => {
    const prelude = closureIds()
      .flatMap((id) => memberRefs(model.shapes[id]!))
      .map((m) => m.target)
      .filter((t) => !t.startsWith(NS));
    expect(new Set(prelude)).toEqual(new Set(['smithy.api#Unit']));
    expect(prelude).toHaveLength(10);
  });

  it('is acyclic, and its deepest path from the response is the one listed', () => {
    // FACTS: "8 levels from the response: GetOTAUpdateResponse → … → S3Bucket".
    const text = section(4).join('\n');
    const listedPath = /deepest path is (\d+) levels from the response: (.*)\.$/m.exec(text)!;
    const levels = Number(listedPath[1]);
    const path = listedPath[2]!.split(' → ');
    // Longest path in edges; throws on a cycle.
    const depth = (id: string, stack: string[]): number => {
      expect(stack, `cycle through ${id}`).not.toContain(id);
      const next = edges(model.shapes[id]!);
      return next.length === 0 ? 0 : 1 + Math.max(...next.map((n) => depth(n, [...stack, id])));
    };
    expect(depth(NS + path[0]!, [])).toBe(levels);
    expect(path).toHaveLength(levels + 1);
    // Each hop of the listed path is a real edge in the model.
    for (let i = 0; i + 1 < path.length; i++) {
      expect(edges(shapeOf(path[i]!)!), `${path[i]} → ${path[i + 1]}`).toContain(NS + path[i + 1]);
    }
  });
});

// ---------------------------------------------------------------------------
// boto3 reference: response syntax must line up with the model
// ---------------------------------------------------------------------------

interface SyntaxNode {
  /** path of keys; `[]` steps into a list element, `{}` into a map value */
  path: string[];
  /** leaf literal (e.g. `'string'`, `123`, `'MQTT'|'HTTP'`), or undefined for dict/list */
  leaf?: string;
}

/**
 * Parses the boto3 "Response Syntax" block (a Python literal, one key per line)
 * into key paths. Only the line shapes boto3 generates are understood.
 */
function parseBoto3ResponseSyntax(text: string): SyntaxNode[] {
  const start = text.indexOf('Response Syntax');
  const end = text.indexOf('Response Structure');
  if (start < 0 || end < 0) throw new Error('boto3 Response Syntax block not found');
  const lines = text.slice(start, end).split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
  const nodes: SyntaxNode[] = [];
  const path: string[] = [];
  // One frame per open bracket: how many path segments that bracket added.
  const frames: number[] = [];
  const open = (...segments: string[]) => {
    path.push(...segments);
    frames.push(segments.length);
  };
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if (line === '{') open(); // the root dict, or a dict element of a list
    else if ((m = /^'(\w+)': \{$/.exec(line))) {
      nodes.push({ path: [...path, m[1]!] });
      open(m[1]!);
    } else if ((m = /^'(\w+)': \[$/.exec(line))) {
      nodes.push({ path: [...path, m[1]!] });
      open(m[1]!, '[]');
    } else if (/^[}\]],?$/.test(line)) {
      const added = frames.pop();
      if (added === undefined) throw new Error('unbalanced boto3 syntax block');
      path.splice(path.length - added, added);
    } else if ((m = /^'(\w+)': (.+?),?$/.exec(line))) {
      // `'string': 'string'` is boto3's placeholder for a map entry
      nodes.push({ path: [...path, m[1] === 'string' ? '{}' : m[1]!], leaf: m[2]! });
    } else if ((m = /^(.+?),$/.exec(line))) {
      nodes.push({ path: [...path], leaf: m[1]! }); // list element placeholder
    } else throw new Error(`unparsed boto3 syntax line "${line}"`);
  }
  if (frames.length !== 0) throw new Error('unbalanced boto3 syntax block');
  return nodes;
}

/** Follows a boto3 key path through the model from `startShape`; returns the final shape id. */
function resolvePath(startShape: string, path: string[]): string {
  let id = NS + startShape;
  for (const step of path) {
    const shape = model.shapes[id];
    if (!shape) throw new Error(`no shape ${id}`);
    const next =
      step === '[]' ? shape.member?.target : step === '{}' ? shape.value?.target : shape.members?.[step]?.target;
    if (!next) throw new Error(`${local(id)} has no ${step === '[]' ? 'list member' : step === '{}' ? 'map value' : `member "${step}"`}`);
    id = next;
  }
  return id;
}

/** Which model shape types a boto3 placeholder literal stands for. */
function boto3LeafTypes(leaf: string): string[] {
  if (leaf === "'string'") return ['string', 'enum'];
  if (/^'\w+'(\|'\w+')*$/.test(leaf)) return ['enum'];
  if (leaf === '123') return ['integer', 'long'];
  if (leaf === '123.0') return ['double', 'float'];
  if (leaf.startsWith('datetime(')) return ['timestamp'];
  if (leaf === "b'bytes'") return ['blob'];
  throw new Error(`unknown boto3 placeholder ${leaf}`);
}

describe('boto3 reference', () => {
  const nodes = parseBoto3ResponseSyntax(boto3Text);

  it('parses a non-trivial response syntax block', () => {
    expect(nodes.length).toBeGreaterThan(40);
  });

  it('names only fields that exist as model members', () => {
    const memberNames = new Set(closureIds().flatMap((id) => Object.keys(model.shapes[id]!.members ?? {})));
    const keys = new Set(nodes.flatMap((n) => n.path).filter((k) => k !== '[]' && k !== '{}'));
    for (const k of keys) expect(memberNames.has(k), `boto3 field ${k}`).toBe(true);
  });

  it.each(nodes.map((n) => [n.path.join('.'), n] as const))('%s resolves through the model', (_, n) => {
    const id = resolvePath('GetOTAUpdateResponse', n.path);
    const shape = model.shapes[id]!;
    if (n.leaf === undefined) {
      expect(['structure', 'list', 'map'], `${local(id)} is an aggregate`).toContain(shape.type);
      return;
    }
    expect(boto3LeafTypes(n.leaf), `${local(id)} type for ${n.leaf}`).toContain(shape.type);
    // boto3's docs predate DELETE_*; its enum values must still be a subset of the model's.
    if (/^'\w+'\|/.test(n.leaf)) {
      const values = Object.values(shape.members ?? {}).map((m) => m.traits?.['smithy.api#enumValue']);
      for (const v of n.leaf.split('|').map((x) => x.replace(/'/g, ''))) expect(values, `${local(id)} value ${v}`).toContain(v);
    }
  });

  it('lists the same exceptions as the operation', () => {
    const exceptions = [...boto3Text.matchAll(/IoT\.Client\.exceptions\.(\w+?Exception)/g)].map((m) => m[1]!);
    const errors = (model.shapes[OPERATION_ID]!.errors ?? []).map((e) => local(e.target));
    expect([...exceptions].sort()).toEqual(errors);
  });
});

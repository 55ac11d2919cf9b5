/**
 * Code of one schema object: the checks ajv 8 would run on it (`allErrors: false`, strict numbers,
 * `u`-flag patterns), in ajv's order, failing the way `errors.ts` describes. Each keyword emitter
 * returns statements that fall through when the value passes and otherwise return or leave the
 * enclosing block.
 */

import type { JsonSchema, JsonValue } from '../../shared/json-schema-defs.js';
import { defKeyOf, LOCAL_DEF } from '../compile-copy.js';
import { alwaysValid, hasRef, hasRulesForType, isSchemaObject, JSON_TYPES, KNOWN_KEYWORDS, SchemaError, TYPED_GROUPS, UNTYPED_KEYWORDS, type TypedGroup } from './keywords.js';
import { fail, failAppend, failFrom, fragmentToken, fresh, leave, lit, pathCode, record, resetTo, withStatic, type Context, type ErrorSpec, type PathPart } from './errors.js';
import type { ModuleState } from './module-state.js';

/** Enum size from which one Set lookup replaces the chain of `===` (the same answer for JSON primitives). */
const ENUM_SET_FROM = 16;
/** Properties up to which ajv compares a key with each name (`additionalProperties`); beyond, it looks the key up. */
const NAME_CHAIN_UP_TO = 8;

/** Type test of ajv's `checkDataType` with strict numbers (`correct`: true → is of type). */
function typeTest(type: string, data: string): string {
  switch (type) {
    case 'null':
      return `${data} === null`;
    case 'array':
      return `Array.isArray(${data})`;
    case 'object':
      return `(${data} && typeof ${data} == "object" && !Array.isArray(${data}))`;
    case 'integer':
      return `(typeof ${data} == "number" && !(${data} % 1) && !isNaN(${data}) && isFinite(${data}))`;
    case 'number':
      return `(typeof ${data} == "number" && isFinite(${data}))`;
    default:
      return `typeof ${data} == ${lit(type)}`;
  }
}

const notType = (type: string, data: string): string => (type === 'null' ? `${data} !== null` : type === 'string' || type === 'boolean' ? `typeof ${data} !== ${lit(type)}` : `!${typeTest(type, data)}`);

const typeError = (type: string): ErrorSpec => ({ keyword: 'type', params: `{type: ${lit(type)}}`, message: lit(`must be ${type}`) });

const keysLoop = (m: ModuleState, key: string, data: string): string => (m.ownProperties ? `for (const ${key} of Object.keys(${data}))` : `for (const ${key} in ${data})`);

/** instancePath segment of a computed key, escaped at run time as ajv does. */
const keySegment = (key: string): PathPart[] => [{ text: '/' }, { code: `${key}.replace(/~/g, "~0").replace(/\\//g, "~1")` }];

function numberOf(schema: JsonSchema, keyword: string, where: string): number {
  const value = schema[keyword];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new SchemaError(`${keyword} must be a finite number at ${where}`);
  return value;
}

/** Code of `schema` checking `ctx.data`. */
export function schemaCode(m: ModuleState, ctx: Context, schema: JsonValue): string {
  if (schema === true) return '';
  if (schema === false) return fail(ctx, { keyword: 'false schema', params: '{}', message: lit('boolean schema is false') });
  if (!isSchemaObject(schema)) throw new SchemaError(`a schema must be an object or a boolean at ${ctx.schemaPath}`);
  for (const key of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(key)) throw new SchemaError(`the validator emitter does not support the keyword ${lit(key)} (at ${ctx.schemaPath})`);
  }
  if (alwaysValid(schema)) return '';
  const type = schema.type;
  if (type !== undefined && (typeof type !== 'string' || !JSON_TYPES.has(type))) throw new SchemaError(`type must be one JSON type name at ${ctx.schemaPath}`);
  const out: string[] = [];
  // ajv tests the type first unless a keyword group of that very type will (then the group's else
  // reports it). Inside a composite keyword that first test does not stop the keywords of any type
  // (enum, anyOf, …): both errors are collected, and only then is the rest skipped.
  const typeChecked = type !== undefined && !hasRulesForType(schema, type);
  const carriesOn = typeChecked && ctx.composite;
  const start = carriesOn ? fresh(ctx, 'e') : '';
  if (carriesOn) out.push(`const ${start} = errors;\nif (${notType(type, ctx.data)}) { ${record(ctx, typeError(type))} }`);
  else if (typeChecked) out.push(`if (${notType(type, ctx.data)}) { ${fail(ctx, typeError(type))} }`);
  for (const keyword of UNTYPED_KEYWORDS) if (schema[keyword] !== undefined) out.push(untypedKeyword(m, ctx, schema, keyword));
  if (carriesOn) out.push(`if (errors !== ${start}) { ${leave(ctx)} }`);
  for (const group of TYPED_GROUPS) {
    const present = group.keywords.filter((k) => schema[k] !== undefined);
    if (!present.length) continue;
    const body = present.map((k) => typedKeyword(m, ctx, schema, k, group.type)).filter(Boolean).join('\n');
    const typeHere = type === group.type && !typeChecked;
    // A group whose keywords check nothing here (date-time's format among numbers) is left out.
    if (!body && !typeHere) continue;
    out.push(`if (${typeTest(group.type, ctx.data)}) {\n${body}\n}${typeHere ? ` else { ${fail(ctx, typeError(type))} }` : ''}`);
  }
  return out.join('\n');
}

function untypedKeyword(m: ModuleState, ctx: Context, schema: JsonSchema, keyword: (typeof UNTYPED_KEYWORDS)[number]): string {
  switch (keyword) {
    case '$ref':
      return refCode(m, ctx, schema.$ref);
    case 'enum':
      return enumCode(m, ctx, schema.enum);
    case 'not':
      return notCode(m, ctx, schema.not!);
    case 'anyOf':
      return anyOfCode(m, ctx, schema.anyOf);
    case 'if':
      return ifCode(m, ctx, schema);
  }
}

/** A local `$ref`: inlined when its target holds no `$ref` (ajv's `inlineRefs`), else a call of the target's function. */
function refCode(m: ModuleState, ctx: Context, ref: JsonValue | undefined): string {
  if (typeof ref !== 'string' || !ref.startsWith(LOCAL_DEF)) throw new SchemaError(`only local references to $defs are supported, got ${JSON.stringify(ref)} at ${ctx.schemaPath}`);
  const key = defKeyOf(ref);
  if (!Object.hasOwn(m.defs, key)) throw new SchemaError(`${ref} does not resolve (at ${ctx.schemaPath})`);
  const target = m.defs[key]!;
  // ajv reports an inlined definition's errors under the `$ref` as written.
  if (m.inlineRefs && !hasRef(target)) return `{\n${schemaCode(m, { ...ctx, schemaPath: ref }, target)}\n}`;
  const callee = m.functionFor(key);
  return `if (!${callee}(${ctx.data}, ${pathCode(ctx.path)})) { ${failFrom(ctx, callee)} }`;
}

function enumCode(m: ModuleState, ctx: Context, values: JsonValue | undefined): string {
  if (!Array.isArray(values) || values.length === 0) throw new SchemaError(`enum must be a non-empty array at ${ctx.schemaPath}`);
  const list = m.constant(JSON.stringify(values), 'enum');
  const spec: ErrorSpec = { keyword: 'enum', params: `{allowedValues: ${list}}`, message: lit('must be equal to one of the allowed values') };
  const primitive = values.every((v) => v === null || typeof v !== 'object');
  let test: string;
  if (!primitive) test = values.map((v, i) => (v !== null && typeof v === 'object' ? `${m.runtime('equal')}(${ctx.data}, ${list}[${i}])` : `${ctx.data} === ${JSON.stringify(v)}`)).join(' || ');
  // Set membership is SameValueZero: for JSON primitives the same answer as ajv's `===` and deep equal.
  else if (values.length >= ENUM_SET_FROM) test = `${m.constant(`new Set(${list})`, 'set')}.has(${ctx.data})`;
  else test = values.map((v) => `${ctx.data} === ${JSON.stringify(v)}`).join(' || ');
  return `if (!(${test})) { ${fail(ctx, spec)} }`;
}

function notCode(m: ModuleState, ctx: Context, sub: JsonValue): string {
  const spec: ErrorSpec = { keyword: 'not', params: '{}', message: lit('must NOT be valid') };
  if (alwaysValid(sub)) return fail(ctx, spec);
  const count = fresh(ctx, 'e');
  const label = fresh(ctx, 'L');
  const inner = schemaCode(m, { ...ctx, schemaPath: `${ctx.schemaPath}/not`, composite: true, createErrors: false, target: label }, sub);
  return `const ${count} = errors;\n${label}: {\n${inner}\n}\nif (errors === ${count}) { ${fail(ctx, spec)} } else { ${resetTo(ctx, count)} }`;
}

function anyOfCode(m: ModuleState, ctx: Context, branches: JsonValue | undefined): string {
  if (!Array.isArray(branches) || branches.length === 0) throw new SchemaError(`anyOf must be a non-empty array at ${ctx.schemaPath}`);
  if (branches.some(alwaysValid)) return '';
  const start = fresh(ctx, 'e');
  ctx.fn.collects = true;
  const spec: ErrorSpec = { keyword: 'anyOf', params: '{}', message: lit('must match a schema in anyOf') };
  // Branches in order until one passes; each failed one leaves its errors, dropped if a later one passes.
  let code = failAppend(ctx, spec);
  for (let i = branches.length - 1; i >= 0; i--) {
    const count = fresh(ctx, 'e');
    const label = fresh(ctx, 'L');
    const inner = schemaCode(m, { ...ctx, schemaPath: `${ctx.schemaPath}/anyOf/${i}`, composite: true, target: label }, branches[i]!);
    code = `const ${count} = errors;\n${label}: {\n${inner}\n}\nif (errors === ${count}) { ${resetTo(ctx, start)} } else {\n${code}\n}`;
  }
  return `const ${start} = errors;\n${code}`;
}

function ifCode(m: ModuleState, ctx: Context, schema: JsonSchema): string {
  const hasThen = schema.then !== undefined && !alwaysValid(schema.then);
  const hasElse = schema.else !== undefined && !alwaysValid(schema.else);
  if (!hasThen && !hasElse) return '';
  const start = fresh(ctx, 'e');
  const ifLabel = fresh(ctx, 'L');
  const passed = fresh(ctx, 'ok');
  const condition = schemaCode(m, { ...ctx, schemaPath: `${ctx.schemaPath}/if`, composite: true, createErrors: false, target: ifLabel }, schema.if!);
  const clause = (keyword: 'then' | 'else'): string => {
    const label = fresh(ctx, 'L');
    const inner = schemaCode(m, { ...ctx, schemaPath: `${ctx.schemaPath}/${keyword}`, target: label }, schema[keyword]!);
    const spec: ErrorSpec = { keyword: 'if', params: `{failingKeyword: ${lit(keyword)}}`, message: lit(`must match "${keyword}" schema`) };
    return `${label}: {\n${inner}\n}\nif (errors !== ${start}) { ${failAppend(ctx, spec)} }`;
  };
  const branches = hasThen && hasElse ? `if (${passed}) {\n${clause('then')}\n} else {\n${clause('else')}\n}` : hasThen ? `if (${passed}) {\n${clause('then')}\n}` : `if (!${passed}) {\n${clause('else')}\n}`;
  return `const ${start} = errors;\n${ifLabel}: {\n${condition}\n}\nconst ${passed} = errors === ${start};\n${resetTo(ctx, start)}\n${branches}`;
}

function typedKeyword(m: ModuleState, ctx: Context, schema: JsonSchema, keyword: string, group: TypedGroup): string {
  const d = ctx.data;
  const where = `${ctx.schemaPath}/${keyword}`;
  switch (keyword) {
    case 'maximum':
    case 'minimum': {
      const n = numberOf(schema, keyword, where);
      const [failOp, okOp] = keyword === 'maximum' ? ['>', '<='] : ['<', '>='];
      return `if (${d} ${failOp} ${n} || isNaN(${d})) { ${fail(ctx, { keyword, params: `{comparison: ${lit(okOp)}, limit: ${n}}`, message: lit(`must be ${okOp} ${n}`) })} }`;
    }
    case 'maxLength':
    case 'minLength': {
      const n = numberOf(schema, keyword, where);
      const len = m.runtime('ucs2length');
      // A string has between length / 2 and length code points: the UTF-16 length often decides alone.
      const test = keyword === 'maxLength' ? `${d}.length > ${n} && ${len}(${d}) > ${n}` : `${d}.length < ${2 * n} && ${len}(${d}) < ${n}`;
      const more = keyword === 'maxLength' ? 'more' : 'fewer';
      return `if (${test}) { ${fail(ctx, { keyword, params: `{limit: ${n}}`, message: lit(`must NOT have ${more} than ${n} characters`) })} }`;
    }
    case 'pattern': {
      const source = schema.pattern;
      if (typeof source !== 'string') throw new SchemaError(`pattern must be a string at ${where}`);
      return `if (!${m.pattern(source, where)}.test(${d})) { ${fail(ctx, { keyword, params: `{pattern: ${lit(source)}}`, message: lit(`must match pattern "${source}"`) })} }`;
    }
    case 'format':
      return formatCode(m, ctx, schema.format, group, where);
    case 'maxItems':
    case 'minItems': {
      const n = numberOf(schema, keyword, where);
      const [op, more] = keyword === 'maxItems' ? ['>', 'more'] : ['<', 'fewer'];
      return `if (${d}.length ${op} ${n}) { ${fail(ctx, { keyword, params: `{limit: ${n}}`, message: lit(`must NOT have ${more} than ${n} items`) })} }`;
    }
    case 'items':
      return itemsCode(m, ctx, schema.items!);
    case 'uniqueItems':
      return uniqueItemsCode(m, ctx, schema);
    case 'maxProperties':
    case 'minProperties': {
      const n = numberOf(schema, keyword, where);
      const [op, more] = keyword === 'maxProperties' ? ['>', 'more'] : ['<', 'fewer'];
      return `if (Object.keys(${d}).length ${op} ${n}) { ${fail(ctx, { keyword, params: `{limit: ${n}}`, message: lit(`must NOT have ${more} than ${n} properties`) })} }`;
    }
    case 'required':
      return requiredCode(m, ctx, schema.required, where);
    case 'propertyNames':
      return propertyNamesCode(m, ctx, schema.propertyNames!);
    case 'additionalProperties':
      return additionalPropertiesCode(m, ctx, schema);
    case 'properties':
      return propertiesCode(m, ctx, schema.properties);
    case 'patternProperties':
      return patternPropertiesCode(m, ctx, schema.patternProperties);
    default:
      throw new SchemaError(`the validator emitter does not support the keyword ${lit(keyword)} (at ${ctx.schemaPath})`);
  }
}

function formatCode(m: ModuleState, ctx: Context, name: JsonValue | undefined, group: TypedGroup, where: string): string {
  if (typeof name !== 'string') throw new SchemaError(`format must be a string at ${where}`);
  const format = m.format(name, where);
  // ajv applies a format only in the group of its data type (date-time: strings).
  if (format.type !== group) return '';
  const test = format.kind === 'regexp' ? `${format.code}.test(${ctx.data})` : format.kind === 'function' ? `${format.code}(${ctx.data})` : `${format.code}.validate(${ctx.data})`;
  return `if (!${test}) { ${fail(ctx, { keyword: 'format', params: `{format: ${lit(name)}}`, message: lit(`must match format "${name}"`) })} }`;
}

function itemsCode(m: ModuleState, ctx: Context, items: JsonValue): string {
  if (alwaysValid(items)) return '';
  const i = fresh(ctx, 'i');
  const len = fresh(ctx, 'n');
  const item = fresh(ctx, 'd');
  const inner = schemaCode(m, { ...ctx, data: item, path: [...ctx.path, { text: '/' }, { code: i }], schemaPath: `${ctx.schemaPath}/items` }, items);
  return `const ${len} = ${ctx.data}.length;\nfor (let ${i} = 0; ${i} < ${len}; ${i}++) {\nconst ${item} = ${ctx.data}[${i}];\n${inner}\n}`;
}

/**
 * ajv's two duplicate searches, which report different pairs: items of one scalar type (read from
 * `items.type`) go through an index object from the end; any other items are compared pairwise
 * with deep equality, also from the end.
 */
function uniqueItemsCode(m: ModuleState, ctx: Context, schema: JsonSchema): string {
  if (schema.uniqueItems !== true) return '';
  const d = ctx.data;
  const [i, j, indices, item] = [fresh(ctx, 'i'), fresh(ctx, 'j'), fresh(ctx, 'x'), fresh(ctx, 'v')];
  const spec: ErrorSpec = { keyword: 'uniqueItems', params: `{i: ${i}, j: ${j}}`, message: `"must NOT have duplicate items (items ## " + ${j} + " and " + ${i} + " are identical)"` };
  const itemType = isSchemaObject(schema.items) && typeof schema.items.type === 'string' ? schema.items.type : undefined;
  if (itemType !== undefined && itemType !== 'object' && itemType !== 'array') {
    return `let ${i} = ${d}.length;\nlet ${j};\nif (${i} > 1) {\nconst ${indices} = {};\nfor (; ${i}--; ) {\nlet ${item} = ${d}[${i}];\nif (${notType(itemType, item)}) continue;\nif (typeof ${indices}[${item}] == "number") { ${j} = ${indices}[${item}]; ${fail(ctx, spec)} }\n${indices}[${item}] = ${i};\n}\n}`;
  }
  const equal = m.runtime('equal');
  return `let ${i} = ${d}.length;\nlet ${j};\nif (${i} > 1) {\nfor (; ${i}--; ) {\nfor (${j} = ${i}; ${j}--; ) {\nif (${equal}(${d}[${i}], ${d}[${j}])) { ${fail(ctx, spec)} }\n}\n}\n}`;
}

function hasProperty(m: ModuleState, data: string, name: string, present: boolean): string {
  const read = `${data}[${lit(name)}]`;
  if (!m.ownProperties) return present ? `${read} !== undefined` : `${read} === undefined`;
  const own = `${m.hasOwn()}.call(${data}, ${lit(name)})`;
  return present ? `${read} !== undefined && ${own}` : `(${read} === undefined || !${own})`;
}

function requiredCode(m: ModuleState, ctx: Context, required: JsonValue | undefined, where: string): string {
  if (!Array.isArray(required) || required.some((r) => typeof r !== 'string')) throw new SchemaError(`required must be an array of strings at ${where}`);
  // The first missing name in order, as ajv's chain (or loop, from 200 names) reports it.
  return (required as string[])
    .map((name) => `if (${hasProperty(m, ctx.data, name, false)}) { ${fail(ctx, { keyword: 'required', params: `{missingProperty: ${lit(name)}}`, message: lit(`must have required property '${name}'`) })} }`)
    .join('\n');
}

function propertyNamesCode(m: ModuleState, ctx: Context, names: JsonValue): string {
  if (alwaysValid(names)) return '';
  const key = fresh(ctx, 'k');
  const count = fresh(ctx, 'e');
  const label = fresh(ctx, 'L');
  const inner = schemaCode(m, { ...ctx, data: key, schemaPath: `${ctx.schemaPath}/propertyNames`, composite: true, propertyName: key, target: label }, names);
  const spec: ErrorSpec = { keyword: 'propertyNames', params: `{propertyName: ${key}}`, message: lit('property name must be valid') };
  ctx.fn.collects = true;
  return `${keysLoop(m, key, ctx.data)} {\nconst ${count} = errors;\n${label}: {\n${inner}\n}\nif (errors !== ${count}) { ${failAppend(ctx, spec)} }\n}`;
}

const schemaKeys = (map: JsonValue | undefined): string[] => (isSchemaObject(map) ? Object.keys(map).filter((k) => k !== '__proto__') : []);

function additionalPropertiesCode(m: ModuleState, ctx: Context, schema: JsonSchema): string {
  const additional = schema.additionalProperties!;
  if (additional !== false && alwaysValid(additional)) return '';
  const key = fresh(ctx, 'k');
  const names = schemaKeys(schema.properties);
  const patterns = schemaKeys(schema.patternProperties);
  const known: string[] = [];
  if (names.length > NAME_CHAIN_UP_TO) known.push(`${m.constant(`new Set(${JSON.stringify(Object.keys(schema.properties as JsonSchema))})`, 'set')}.has(${key})`);
  else known.push(...names.map((n) => `${key} === ${lit(n)}`));
  known.push(...patterns.map((p) => `${m.pattern(p, `${ctx.schemaPath}/patternProperties`)}.test(${key})`));
  let body: string;
  if (additional === false) {
    body = fail(ctx, { keyword: 'additionalProperties', params: `{additionalProperty: ${key}}`, message: lit('must NOT have additional properties') });
  } else {
    const value = fresh(ctx, 'd');
    const inner = schemaCode(m, { ...ctx, data: value, path: [...ctx.path, ...keySegment(key)], schemaPath: `${ctx.schemaPath}/additionalProperties` }, additional);
    body = `const ${value} = ${ctx.data}[${key}];\n${inner}`;
  }
  const guarded = known.length ? `if (!(${known.join(' || ')})) {\n${body}\n}` : body;
  return `${keysLoop(m, key, ctx.data)} {\n${guarded}\n}`;
}

function propertiesCode(m: ModuleState, ctx: Context, properties: JsonValue | undefined): string {
  if (!isSchemaObject(properties)) throw new SchemaError(`properties must be an object at ${ctx.schemaPath}`);
  const out: string[] = [];
  for (const name of schemaKeys(properties)) {
    const sub = properties[name]!;
    if (alwaysValid(sub)) continue;
    const value = fresh(ctx, 'd');
    const inner = schemaCode(m, { ...ctx, data: value, path: withStatic(ctx.path, name), schemaPath: `${ctx.schemaPath}/properties/${fragmentToken(name)}` }, sub);
    out.push(`{\nconst ${value} = ${ctx.data}[${lit(name)}];\nif (${value} !== undefined${m.ownProperties ? ` && ${m.hasOwn()}.call(${ctx.data}, ${lit(name)})` : ''}) {\n${inner}\n}\n}`);
  }
  return out.join('\n');
}

function patternPropertiesCode(m: ModuleState, ctx: Context, patterns: JsonValue | undefined): string {
  if (!isSchemaObject(patterns)) throw new SchemaError(`patternProperties must be an object at ${ctx.schemaPath}`);
  const out: string[] = [];
  for (const pattern of schemaKeys(patterns)) {
    const sub = patterns[pattern]!;
    if (alwaysValid(sub)) continue;
    const key = fresh(ctx, 'k');
    const value = fresh(ctx, 'd');
    const inner = schemaCode(m, { ...ctx, data: value, path: [...ctx.path, ...keySegment(key)], schemaPath: `${ctx.schemaPath}/patternProperties/${fragmentToken(pattern)}` }, sub);
    out.push(`${keysLoop(m, key, ctx.data)} {\nif (${m.pattern(pattern, `${ctx.schemaPath}/patternProperties`)}.test(${key})) {\nconst ${value} = ${ctx.data}[${key}];\n${inner}\n}\n}`);
  }
  return out.join('\n');
}

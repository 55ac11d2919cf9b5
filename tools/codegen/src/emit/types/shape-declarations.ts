/**
 * One function per IR shape kind, each returning the ts-morph structures that declare the shape in
 * both forms (`S` and `SJson`).
 */

import { StructureKind, type StatementStructures } from 'ts-morph';
import type { EnumShape, IntEnumShape, IrModel, IrShape, ListShape, MapShape, StructureShape, UnionShape } from '../../ir/types.js';
import { names } from '../../naming/index.js';
import { jsdoc, memberDoc } from '../shared/jsdoc.js';
import { exportConst } from '../shared/ts-source.js';
import { isSimple, memberType, simpleType, timestampJsonType, type Form } from './type-expressions.js';
import { jsDocLines, jsonText, jsString, propertyKey, typePropertyKey } from '../../naming/escape.js';

const docs = (text: string | undefined) => (text ? [{ description: text }] : []);
/** Keys of interfaces and type literals (no prototype there); object literals use `propertyKey`. */
const quoteKey = (k: string) => typePropertyKey(k);

function simpleDeclarations(shape: IrShape & { kind: Parameters<typeof simpleType>[0] }): (string | StatementStructures)[] {
  const wire =
    shape.kind === 'timestamp'
      ? timestampJsonType(shape.kind === 'timestamp' && 'timestampFormat' in shape ? shape.timestampFormat : undefined)
      : simpleType(shape.kind, 'json');
  const wireNote =
    shape.kind === 'timestamp' ? ['- Wire: epoch seconds (JSON number, fractional milliseconds allowed) unless a member says otherwise'] :
    shape.kind === 'blob' ? ['- Wire: base64 string'] :
    shape.kind === 'double' || shape.kind === 'float' ? ['- Wire: JSON number, or the strings "NaN", "Infinity", "-Infinity"'] : [];
  const doc = jsdoc({ docs: shape.docs, constraints: shape.constraints, kind: shape.kind, extra: wireNote, defaultValue: { present: 'default' in shape, value: shape.default } });
  return [
    { kind: StructureKind.TypeAlias, isExported: true, name: names.type(shape), type: simpleType(shape.kind, 'app'), docs: docs(doc) },
    { kind: StructureKind.TypeAlias, isExported: true, name: names.jsonType(shape), type: wire, docs: docs(doc) },
  ];
}

function enumDeclarations(shape: EnumShape | IntEnumShape): (string | StatementStructures)[] {
  const name = names.type(shape);
  const entries = shape.values.map((v) => {
    const doc = v.docs.text ? `${jsDocLines(v.docs.text).join('\n')}\n` : '';
    return `${doc}${propertyKey(v.name)}: ${typeof v.value === 'string' ? jsString(v.value) : jsonText(v.value)},`;
  });
  const doc = jsdoc({ docs: shape.docs, extra: ['- Open enum: a client must accept values not listed here (Smithy enums are open)'] });
  return [
    exportConst(name, entries, doc),
    { kind: StructureKind.TypeAlias, isExported: true, name, type: `(typeof ${name})[keyof typeof ${name}]`, docs: docs(doc) },
    { kind: StructureKind.TypeAlias, isExported: true, name: names.jsonType(shape), type: name, docs: docs(doc) },
  ];
}

function listDeclarations(model: IrModel, shape: ListShape): (string | StatementStructures)[] {
  const doc = jsdoc({ docs: shape.docs, constraints: shape.constraints, kind: 'list' });
  const element = (form: Form) => {
    const t = memberType(model, shape.member, form);
    return shape.sparse ? `(${t} | null)[]` : /[ |]/.test(t) ? `(${t})[]` : `${t}[]`;
  };
  return [
    { kind: StructureKind.TypeAlias, isExported: true, name: names.type(shape), type: element('app'), docs: docs(doc) },
    { kind: StructureKind.TypeAlias, isExported: true, name: names.jsonType(shape), type: element('json'), docs: docs(doc) },
  ];
}

function mapDeclarations(model: IrModel, shape: MapShape): (string | StatementStructures)[] {
  const doc = jsdoc({ docs: shape.docs, constraints: shape.constraints, kind: 'map' });
  const keyTarget = model.shapes.get(shape.key.target)!;
  const record = (form: Form) => {
    const value = memberType(model, shape.value, form) + (shape.sparse ? ' | null' : '');
    // Enum-keyed maps need not hold every key, as in the AWS SDK.
    return keyTarget.kind === 'enum' ? `Partial<Record<${names.type(keyTarget)}, ${value}>>` : `Record<string, ${value}>`;
  };
  return [
    { kind: StructureKind.TypeAlias, isExported: true, name: names.type(shape), type: record('app'), docs: docs(doc) },
    { kind: StructureKind.TypeAlias, isExported: true, name: names.jsonType(shape), type: record('json'), docs: docs(doc) },
  ];
}

function structureDeclarations(model: IrModel, shape: StructureShape): (string | StatementStructures)[] {
  const extra = shape.error ? [`- Error: ${shape.error.fault} fault, HTTP ${shape.error.httpStatus}, \`X-Amzn-Errortype: ${shape.name}\``] : [];
  const doc = jsdoc({ docs: shape.docs, extra });
  const iface = (form: Form): StatementStructures => ({
    kind: StructureKind.Interface,
    isExported: true,
    name: form === 'app' ? names.type(shape) : names.jsonType(shape),
    docs: docs(doc),
    properties: shape.members
      // HTTP-bound members travel outside the JSON body, so the wire form (body) leaves them out.
      // An event stream is a sequence of messages, not JSON: the wire form has no property for it.
      .filter((m) => form === 'app' || ((m.http === undefined || m.http.kind === 'payload') && !m.eventStream))
      .map((m) => {
        const target = model.shapes.get(m.target)!;
        const required = m.required && !m.clientOptional;
        const wireNote = form === 'json' && m.jsonName !== m.name ? [`- JSON name: \`${m.jsonName}\``] : [];
        const bindingNote = m.http && m.http.kind !== 'payload' ? [`- HTTP: ${describeBinding(m.http)}`] : [];
        return {
          name: quoteKey(form === 'json' ? m.jsonName : m.name),
          // Optional members carry `| undefined` like the AWS SDK, for exactOptionalPropertyTypes users.
          type: memberType(model, m, form) + (required ? '' : ' | undefined'),
          hasQuestionToken: !required,
          docs: docs(memberDoc(m, target, [...bindingNote, ...wireNote])),
        };
      }),
  });
  return [iface('app'), iface('json')];
}

function describeBinding(http: NonNullable<StructureShape['members'][number]['http']>): string {
  switch (http.kind) {
    case 'label':
      return http.greedy ? 'greedy path label' : 'path label';
    case 'query':
      return `query \`${http.name}\``;
    case 'queryParams':
      return 'query parameters map';
    case 'header':
      return `header \`${http.name}\``;
    case 'prefixHeaders':
      return `headers prefixed \`${http.prefix}\``;
    case 'responseCode':
      return 'HTTP status code';
    case 'payload':
      return 'payload';
  }
}

/**
 * Unions follow the AWS SDK: one interface per member with the others typed `never`, plus
 * `$UnknownMember` for members added to the model after this code was generated.
 */
function unionDeclarations(model: IrModel, shape: UnionShape): (string | StatementStructures)[] {
  const name = names.type(shape);
  const doc = jsdoc({ docs: shape.docs, extra: ['- Union: exactly one member is set'] });
  const variant = (form: Form, active: string | undefined) => {
    const props = shape.members.map((m) => {
      const key = quoteKey(form === 'json' ? m.jsonName : m.name);
      return m.name === active ? `${key}: ${memberType(model, m, form)};` : `${key}?: never;`;
    });
    if (form === 'app') props.push(active === undefined ? '$unknown: [string, any];' : '$unknown?: never;');
    return `{\n${props.join('\n')}\n}`;
  };
  const memberAlias = (m: { name: string }) => `${m.name.charAt(0).toUpperCase()}${m.name.slice(1)}Member`;
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name,
      docs: docs(doc),
      type: [...shape.members.map((m) => `${name}.${memberAlias(m)}`), `${name}.$UnknownMember`].join(' | '),
    },
    {
      kind: StructureKind.Module,
      isExported: true,
      name,
      statements: [
        ...shape.members.map((m): StatementStructures => ({ kind: StructureKind.TypeAlias, isExported: true, name: memberAlias(m), type: variant('app', m.name), docs: docs(memberDoc(m, model.shapes.get(m.target)!)) })),
        { kind: StructureKind.TypeAlias, isExported: true, name: '$UnknownMember', type: variant('app', undefined) },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: names.jsonType(shape),
      docs: docs(doc),
      type: shape.members.map((m) => variant('json', m.name)).join(' | ') || 'never',
    },
  ];
}

export function shapeDeclarations(model: IrModel, shape: IrShape): (string | StatementStructures)[] {
  if (shape.prelude) return [];
  switch (shape.kind) {
    case 'enum':
    case 'intEnum':
      return enumDeclarations(shape);
    case 'list':
      return listDeclarations(model, shape);
    case 'map':
      return mapDeclarations(model, shape);
    case 'structure':
      return structureDeclarations(model, shape);
    case 'union':
      return unionDeclarations(model, shape);
    default:
      if (isSimple(shape)) return simpleDeclarations(shape);
      throw new Error(`unhandled shape kind ${(shape as IrShape).kind}`);
  }
}

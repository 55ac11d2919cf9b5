/**
 * `@streaming` unions through the pipeline (a small inline model): the IR marks the union, the
 * member bound to it and the event members; each emitter treats the member as an event stream
 * (types `AsyncIterable<Union>`, zod `rt.eventStream()` and no wire property, no JSON Schema
 * property, no fixture, no msw input rule) and the zod client module exports the union's plan.
 */
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';
import type { StructureShape, UnionShape } from '../../src/ir/types.js';

const ns = 'example.chat';
const model = {
  smithy: '2.0',
  shapes: {
    [`${ns}#Chat`]: { type: 'service', version: '1', operations: [{ target: `${ns}#Talk` }], traits: { 'aws.protocols#restJson1': {} } },
    [`${ns}#Talk`]: { type: 'operation', input: { target: `${ns}#TalkInput` }, output: { target: `${ns}#TalkOutput` }, traits: { 'smithy.api#http': { method: 'POST', uri: '/talk' } } },
    [`${ns}#TalkInput`]: {
      type: 'structure',
      members: { room: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 'x-room', 'smithy.api#required': {} } }, stream: { target: `${ns}#ChatEvents`, traits: { 'smithy.api#httpPayload': {} } } },
      traits: { 'smithy.api#input': {} },
    },
    [`${ns}#TalkOutput`]: { type: 'structure', members: { stream: { target: `${ns}#ChatEvents`, traits: { 'smithy.api#httpPayload': {} } } }, traits: { 'smithy.api#output': {} } },
    [`${ns}#ChatEvents`]: { type: 'union', members: { said: { target: `${ns}#Said` }, note: { target: `${ns}#Note` }, closed: { target: `${ns}#Closed` } }, traits: { 'smithy.api#streaming': {} } },
    [`${ns}#Said`]: {
      type: 'structure',
      members: { from: { target: 'smithy.api#String', traits: { 'smithy.api#eventHeader': {} } }, at: { target: 'smithy.api#Timestamp', traits: { 'smithy.api#eventHeader': {} } }, text: { target: 'smithy.api#String', traits: { 'smithy.api#eventPayload': {} } } },
    },
    [`${ns}#Note`]: { type: 'structure', members: { level: { target: 'smithy.api#Integer', traits: { 'smithy.api#eventHeader': {} } }, detail: { target: 'smithy.api#String', traits: { 'smithy.api#jsonName': 'Detail' } } } },
    [`${ns}#Closed`]: { type: 'structure', members: { message: { target: 'smithy.api#String' } }, traits: { 'smithy.api#error': 'client' } },
  },
};

const { model: ir, files } = generateFromText(JSON.stringify(model), { source: 'chat.json' });
const file = (suffix: string): string => {
  const f = files.find((x) => x.path.endsWith(suffix));
  if (!f) throw new Error(`no generated file ends with ${suffix}: ${files.map((x) => x.path).join(', ')}`);
  return f.contents;
};

describe('IR', () => {
  it('marks the streaming union, the member bound to it and the event members', () => {
    expect((ir.shapes.get(`${ns}#ChatEvents`) as UnionShape).streaming).toBe(true);
    expect((ir.shapes.get(`${ns}#TalkInput`) as StructureShape).members.map((m) => [m.name, m.eventStream ?? false])).toEqual([['room', false], ['stream', true]]);
    expect((ir.shapes.get(`${ns}#Said`) as StructureShape).members.map((m) => [m.name, m.event])).toEqual([['from', 'header'], ['at', 'header'], ['text', 'payload']]);
  });
});

describe('emitters', () => {
  it('types: the member is an AsyncIterable of the union (received form too), absent from the wire form', () => {
    const shapes = file('types/src/shapes.gen.ts');
    expect(shapes).toMatch(/stream\?: AsyncIterable<ChatEvents> \| undefined;/);
    const wire = /export interface TalkInputJson \{[\s\S]*?\n\}/.exec(shapes)![0];
    expect(wire).not.toMatch(/stream/);
    expect(files.map((f) => f.contents).join('\n')).toMatch(/stream\?: AsyncIterable<ChatEventsReceived> \| undefined;/);
  });

  it('zod: rt.eventStream() in the application form, no stream in the wire form', () => {
    const zod = file('zod/src/schemas.gen.ts');
    const app = /export const TalkInputSchema = [\s\S]*?;\n/.exec(zod)![0];
    expect(app).toMatch(/stream: rt\.eventStream\(\)\.optional\(\)/);
    const wire = /export const TalkInputJsonSchema = [\s\S]*?;\n/.exec(zod)![0];
    expect(wire).not.toMatch(/stream/);
  });

  it('zod client: the plan of the union, as data, with header kinds, payload, implicit body and the exception member', () => {
    const client = file('zod/src/client.gen.ts');
    const plan = /export const ChatEventsEventStreamPlan: es\.EventStreamPlan = \{[\s\S]*?\n\};/.exec(client)![0];
    expect(plan).toContain(`{ name: "said", headers: [{ member: "from", kind: "string" }, { member: "at", kind: "timestamp" }], payload: { member: "text", kind: 'string' } }`);
    expect(plan).toContain(`{ name: "note", headers: [{ member: "level", kind: "integer" }], body: L.NoteCodec, headerJsonNames: ["level"] }`);
    expect(plan).toContain(`{ name: "closed", error: true, headers: [], body: L.ClosedCodec }`);
    expect(client).toMatch(/payload: 'eventStream', plan: ChatEventsEventStreamPlan/);
    expect(client.indexOf('ChatEventsEventStreamPlan: es.EventStreamPlan')).toBeLessThan(client.indexOf('talkDecoding'));
  });

  it('zod client: the request serializer frames an input event stream with the union plan', () => {
    const client = file('zod/src/client.gen.ts');
    const encoding = /const talkEncoding: rc\.OperationEncoding = \{[\s\S]*?\n\};/.exec(client)![0];
    expect(encoding).toContain('bound: [{ member: "room", in: \'header\', name: "x-room"');
    expect(encoding).toContain(`payload: { member: "stream", payload: 'eventStream', plan: ChatEventsEventStreamPlan }`);
  });

  it('msw: the operation is made with createEventStreamHandler and a strict plan (each event checked); no input rule for the stream', () => {
    const handlers = file('msw/src/handlers.gen.ts');
    expect(handlers).toMatch(/import \* as \$client from "@ota-contract\/zod\/client";/);
    const plan = /const \$ChatEventsEventStreamPlan: \$client\.EventStreamPlan = \{[\s\S]*?\n\};/.exec(handlers)![0];
    expect(plan).toContain(`{ name: "note", headers: [{ member: "level", kind: "integer" }], body: $lenient.NoteCodec, headerJsonNames: ["level"], check: $strict.NoteSchema }`);
    expect(handlers.match(/const \$ChatEventsEventStreamPlan/g)).toHaveLength(1);
    expect(handlers).toMatch(/const \$talkSpecStreams: EventStreamSpec<\$client\.EventStreamPlan> = \{ codec: \$client, input: \{ member: "stream", plan: \$ChatEventsEventStreamPlan \}, output: \{ member: "stream", plan: \$ChatEventsEventStreamPlan \} \};/);
    expect(handlers).toMatch(/return createEventStreamHandler\(talkSpec, \$talkSpecStreams, /);
    const rules = /"example\.chat#TalkInput": (\{.*?\}),?\n/.exec(handlers);
    expect(rules?.[1]).toBeDefined();
    expect(rules![1]).not.toMatch(/"stream"/);
  });

  it('json-schema: no stream property in the input definition', () => {
    const doc = files.find((f) => f.path.endsWith('.json') && f.path.includes('json-schema') && f.contents.includes('"TalkInput"'));
    expect(doc).toBeDefined();
    const defs = (JSON.parse(doc!.contents) as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
    expect(Object.keys(defs.TalkInput?.properties ?? {})).not.toContain('stream');
  });
});

describe('openapi', () => {
  it('the stream payload is an application/vnd.amazon.eventstream body naming its union', () => {
    const doc = files.find((f) => f.path.includes('openapi'));
    expect(doc).toBeDefined();
    const talk = (JSON.parse(doc!.contents) as { paths: Record<string, { post: { requestBody: { content: unknown }; responses: Record<string, { content?: unknown }> } }> }).paths['/talk']!.post;
    expect(talk.requestBody.content).toEqual({ 'application/vnd.amazon.eventstream': { 'x-smithy-event-stream': `${ns}#ChatEvents` } });
    expect(talk.responses['200']!.content).toEqual({ 'application/vnd.amazon.eventstream': { 'x-smithy-event-stream': `${ns}#ChatEvents` } });
  });
});

describe('refusals', () => {
  it('an @eventHeader on a structure is a ModelError naming the member and its trait', () => {
    const bad = structuredClone(model) as typeof model & { shapes: Record<string, { members: Record<string, { target: string }> }> };
    bad.shapes[`${ns}#Said`]!.members.from!.target = `${ns}#Note`;
    expect(() => generateFromText(JSON.stringify(bad), { source: 'chat.json', only: ['zod'] })).toThrow(
      /\/shapes\/example\.chat#Said\/members\/from\/traits\/smithy\.api#eventHeader.*an @eventHeader must target a boolean, byte, short, integer, long, blob, string, timestamp or enum shape/s,
    );
  });
});

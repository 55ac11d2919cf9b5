/**
 * Models the generator must refuse, each with a message naming the shape and JSON pointer:
 * non-restJson1 protocols (through the real CLI: exit 1, nothing written) and HTTP bindings that
 * break the Smithy rules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';
import { ModelError } from '../../src/load/errors.js';
import { modelsDir, repoRoot } from './harness.js';

const cli = join(repoRoot, 'tools/codegen/bin/ota-codegen.js');
type Model = { shapes: Record<string, any> };
const load = (file: string): Model => JSON.parse(readFileSync(join(modelsDir, file), 'utf8')) as Model;

describe('unsupported protocols', () => {
  it.each(['aws.protocols#awsJson1_1', 'aws.protocols#awsJson1_0', 'aws.protocols#restXml'])('%s is refused with a clear error and nothing is written', (protocol) => {
    const model = load('unsupported-protocol.json');
    model.shapes['example.rpc#RpcService'].traits = { [protocol]: {} };
    const work = mkdtempSync(join(tmpdir(), 'ota-protocol-'));
    writeFileSync(join(work, 'model.json'), JSON.stringify(model));
    const r = spawnSync(process.execPath, [cli, 'generate', '--model', 'model.json', '--out', '.'], { cwd: work, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`example.rpc#RpcService at /shapes/example.rpc#RpcService/traits: unsupported protocol ${protocol}`);
    expect(r.stderr).toContain('restJson1');
    expect(r.stderr).toContain('Nothing was written.');
    expect(existsSync(join(work, 'packages'))).toBe(false);
  });

  it('a service with no protocol trait at all', () => {
    const model = load('unsupported-protocol.json');
    model.shapes['example.rpc#RpcService'].traits = {};
    expect(() => generateFromText(JSON.stringify(model), { source: 'm.json', only: ['types'] })).toThrow(/unsupported protocol: the service has no aws.protocols#restJson1 trait/);
  });
});

describe('HTTP binding rules', () => {
  const cases: [string, (m: Model) => void, string, RegExp][] = [
    [
      'a payload beside body members',
      (m) => (m.shapes['example.http#PutConfigInput'].members.extra = { target: 'smithy.api#String' }),
      '/shapes/example.http#PutConfigInput/members/config/traits/smithy.api#httpPayload',
      /extra must be bound to the HTTP message too/,
    ],
    [
      'two payloads',
      (m) => (m.shapes['example.http#PutConfigInput'].members.requestId.traits = { 'smithy.api#httpPayload': {} }),
      '/shapes/example.http#PutConfigInput/members/requestId/traits/smithy.api#httpPayload',
      /only one member may be @httpPayload/,
    ],
    [
      'a payload on a list',
      (m) => (m.shapes['example.http#PutTextInput'].members.text.target = 'example.http#StringList'),
      '/shapes/example.http#PutTextInput/members/text/traits/smithy.api#httpPayload',
      /needs a structure, union, document, blob, string or enum target, not a list/,
    ],
    [
      'a greedy label on an integer',
      (m) => (m.shapes['example.http#DeleteThing'].traits['smithy.api#http'].uri = '/things/{thingId+}'),
      '/shapes/example.http#DeleteThing/traits/smithy.api#http/uri',
      /greedy label \{thingId\+\} must target a string/,
    ],
    [
      'a label on a structure',
      (m) => (m.shapes['example.http#PutConfigInput'].members.bucket.target = 'example.http#Config'),
      '/shapes/example.http#PutConfigInput/members/bucket/traits/smithy.api#httpLabel',
      /@httpLabel needs a string, number, boolean, timestamp or enum target, not a structure/,
    ],
    [
      'a response code on a string',
      (m) => (m.shapes['example.http#GetObjectOutput'].members.status.target = 'smithy.api#String'),
      '/shapes/example.http#GetObjectOutput/members/status/traits/smithy.api#httpResponseCode',
      /@httpResponseCode needs an integer target/,
    ],
    [
      'query params on a list',
      (m) => (m.shapes['example.http#GetObjectInput'].members.extra.target = 'example.http#StringList'),
      '/shapes/example.http#GetObjectInput/members/extra/traits/smithy.api#httpQueryParams',
      /needs a map of strings or of lists of strings/,
    ],
    [
      'two bindings on one member',
      (m) => (m.shapes['example.http#GetObjectInput'].members.range.traits['smithy.api#httpQuery'] = 'range'),
      '/shapes/example.http#GetObjectInput/members/range/traits',
      /conflicting HTTP bindings: @httpQuery, @httpHeader/,
    ],
    [
      'an apply entry whose target does not exist',
      (m) => (m.shapes['example.http#Nowhere$field'] = { type: 'apply', traits: { 'smithy.api#documentation': 'x' } }),
      '/shapes/example.http#Nowhere$field/type',
      /applies traits to example.http#Nowhere\$field, which is not defined in the model/,
    ],
    [
      'a mixin that is not one',
      (m) => (m.shapes['example.http#Config'].mixins = [{ target: 'example.http#PutTextOutput' }]),
      '/shapes/example.http#Config/mixins/0/target',
      /mixin example.http#PutTextOutput has no smithy.api#mixin trait/,
    ],
  ];
  it.each(cases)('%s', (_label, mutate, pointer, message) => {
    const model = load('http-bindings.json');
    mutate(model);
    let error: unknown;
    try {
      generateFromText(JSON.stringify(model), { source: 'http.json', only: ['types'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    const issue = (error as ModelError).issues.find((i) => i.pointer === pointer);
    expect(issue, (error as Error).message).toBeDefined();
    expect(issue!.message).toMatch(message);
  });
});

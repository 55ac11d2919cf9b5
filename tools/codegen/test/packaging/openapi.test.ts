/**
 * The OpenAPI 3.1 document: valid for a real OpenAPI validator, its component schemas the very
 * schemas of the JSON Schema package (strict `$defs`), and usable as JSON Schema by ajv. Checked for
 * the GetOTAUpdate model and for every feature model (http bindings, unions, recursion, ...).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromText } from '../../src/generate.js';

const root = resolve(import.meta.dirname, '../../../..');
const modelsDir = join(root, 'tools/codegen/test/models');
type Doc = Record<string, any>;

function documents(modelPath: string): { openapi: Doc; strict: Doc } {
  const { files } = generateFromText(readFileSync(modelPath, 'utf8'), { source: 'model.json', only: ['json-schema', 'openapi'] });
  const file = (name: string) => JSON.parse(files.find((f) => f.path.endsWith(`/${name}`))!.contents) as Doc;
  return { openapi: file('openapi.gen.json'), strict: file('strict.gen.json') };
}

/** The JSON Schema package's `$defs` with `$ref`s pointed where the OpenAPI document keeps them. */
function asComponents(defs: Doc): Doc {
  return JSON.parse(JSON.stringify(defs).replaceAll('"$ref":"#/$defs/', '"$ref":"#/components/schemas/'));
}

async function validateOpenApi(doc: Doc) {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc));
  return { valid: result.valid, errors: result.errors, version: validator.version };
}

/** ajv in strict mode, with the components as a schema resource so `$ref`s resolve. */
function compileFrom(doc: Doc) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  // The wrapper only hosts the components for `$ref`; each referenced schema is still strict-checked.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: 'openapi:components', components: doc.components }, 'openapi:components');
  return (schema: Doc) => ajv.compile({ $id: `openapi:s${Math.random()}`, ...JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi:components#/components/')) });
}

describe('OpenAPI 3.1 document of GetOTAUpdate', () => {
  const { openapi, strict } = documents(join(root, 'models/iot/get-ota-update.json'));

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validateOpenApi(openapi);
    expect(result.errors).toBeUndefined();
    expect(result).toMatchObject({ valid: true, version: '3.1' });
  });

  it('its component schemas equal the JSON Schema package’s strict $defs', () => {
    const shapes = Object.keys(openapi.components.schemas);
    expect(shapes.length).toBe(70);
    for (const key of shapes) expect(openapi.components.schemas[key], key).toEqual(asComponents(strict.$defs)[key]);
    // The only $defs the components lack are the HTTP-part entries, which OpenAPI has as parameters.
    expect(Object.keys(strict.$defs).filter((k) => !shapes.includes(k))).toEqual(['GetOTAUpdateRequestPath']);
    expect(strict.$defs.GetOTAUpdateRequestPath.properties.otaUpdateId.$ref).toBe('#/$defs/OTAUpdateId');
  });

  it('binds the label, the 200 body and every error status with the X-Amzn-Errortype header', () => {
    const get = openapi.paths['/otaUpdates/{otaUpdateId}'].get;
    expect(get.operationId).toBe('GetOTAUpdate');
    expect(get.parameters).toEqual([expect.objectContaining({ name: 'otaUpdateId', in: 'path', required: true, schema: { $ref: '#/components/schemas/OTAUpdateId' } })]);
    expect(get.requestBody).toBeUndefined();
    expect(Object.keys(get.responses)).toEqual(['200', '400', '401', '404', '500', '503']);
    expect(get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/GetOTAUpdateResponse' });
    for (const status of ['400', '401', '404', '500', '503']) expect(get.responses[status].headers['X-Amzn-Errortype'].required).toBe(true);
    // ThrottlingException is 400 like InvalidRequestException (FACTS §2): one response, either body.
    expect(get.responses['400'].content['application/json'].schema).toEqual({
      anyOf: [{ $ref: '#/components/schemas/InvalidRequestException' }, { $ref: '#/components/schemas/ThrottlingException' }],
    });
  });

  it('its schemas compile in ajv strict mode and mean what the contract says', () => {
    const compile = compileFrom(openapi);
    const get = openapi.paths['/otaUpdates/{otaUpdateId}'].get;
    const id = compile(get.parameters[0].schema);
    expect(id('ota_update-1')).toBe(true);
    expect(id('a b')).toBe(false);
    expect(id('x'.repeat(129))).toBe(false);
    const bad400 = compile(get.responses['400'].content['application/json'].schema);
    expect(bad400({ message: 'Rate exceeded' })).toBe(true);
    expect(bad400({ message: 'Rate exceeded', __type: 'ThrottlingException' })).toBe(true);
    expect(bad400({ message: 42 })).toBe(false);
    const ok = compile(get.responses['200'].content['application/json'].schema);
    expect(ok({ otaUpdateInfo: { otaUpdateId: 'u1', creationDate: 1700000000.123, otaUpdateStatus: 'CREATE_COMPLETE', protocols: ['MQTT'] } })).toBe(true);
    expect(ok({ otaUpdateInfo: { otaUpdateStatus: 'SOMETHING_NEW' } })).toBe(false);
    expect(ok({ otaUpdateInfo: { creationDate: '2023-11-14T22:13:20Z' } })).toBe(false);
  });
});

describe('OpenAPI documents of the feature models', () => {
  const models = readdirSync(modelsDir).filter((f) => f.endsWith('.json') && f !== 'unsupported-protocol.json').sort();

  it.each(models)('%s: valid OpenAPI 3.1, components equal to the strict $defs', async (name) => {
    const { openapi, strict } = documents(join(modelsDir, name));
    const result = await validateOpenApi(openapi);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    const components = asComponents(strict.$defs);
    for (const [key, schema] of Object.entries(openapi.components.schemas)) expect(schema, key).toEqual(components[key]);
    // Every parameter, body and header schema compiles against the components.
    const compile = compileFrom(openapi);
    for (const item of Object.values(openapi.paths) as Doc[]) {
      for (const op of Object.values(item) as Doc[]) {
        for (const p of op.parameters ?? []) compile(p.schema);
        for (const r of [op.requestBody, ...Object.values(op.responses)] as Doc[]) {
          for (const media of Object.values(r?.content ?? {}) as Doc[]) if (media.schema) compile(media.schema);
          for (const h of Object.values(r?.headers ?? {}) as Doc[]) compile(h.schema);
        }
      }
    }
  });

  it('http-bindings.json: query, header, greedy label, payloads and the query literal', () => {
    const { openapi } = documents(join(modelsDir, 'http-bindings.json'));
    const paths = Object.keys(openapi.paths);
    expect(paths).toContain('/buckets/{bucket}/objects/{key}');
    const getObject = openapi.paths['/buckets/{bucket}/objects/{key}'].get;
    const where = getObject.parameters.map((p: Doc) => `${p.in}:${p.name}`);
    expect(where).toEqual(expect.arrayContaining(['path:bucket', 'path:key', 'query:x-id']));
    expect(getObject.parameters.find((p: Doc) => p.name === 'x-id').schema).toEqual({ type: 'string', const: 'GetObject' });
    expect(where.some((w: string) => w.startsWith('header:'))).toBe(true);
    const putText = openapi.paths['/buckets/{bucket}/text'].post;
    expect(Object.keys(putText.requestBody.content)).toEqual(['text/plain']);
    const deleteThing = openapi.paths['/things/{thingId}'].delete;
    expect(deleteThing.responses['204'].content).toBeUndefined();
  });
});

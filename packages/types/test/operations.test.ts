/**
 * Operation and error metadata against two independent sources: the Smithy model file and the
 * runtime schemas and error classes that `@aws-sdk/client-iot` ships.
 */

import * as Sdk from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { GetOTAUpdateOperation, modeledErrors, operations } from '../src/index.js';
import { factsErrorStatuses, NS, shape } from './support/model.js';

const op = shape('GetOTAUpdate');
const http = op.traits?.['smithy.api#http'] as { method: string; uri: string; code: number };
const modelErrorNames = (op.errors ?? []).map((e) => e.target.slice(NS.length));

/** The SDK's schema of an operation: `[9, namespace, name, { http: [method, uri, code] }, input, output]`. */
const sdkOperationSchema = Sdk.GetOTAUpdate$ as unknown as [number, string, string, { http: [string, string, number] }];
/** The SDK's schema of an error: `[-3, namespace, name, { error, httpError }, members, memberSchemas]`. */
const sdkErrorSchema = (name: string) =>
  (Sdk as unknown as Record<string, [number, string, string, { error: string; httpError: number }]>)[`${name}$`];
const sdkErrorClass = (name: string) =>
  (Sdk as unknown as Record<string, (new (o: { message: string; $metadata: object }) => Error & { $fault: string }) & { shapeId: string }>)[name];

describe('GetOTAUpdateOperation', () => {
  it('matches the @http trait of the model (GET /otaUpdates/{otaUpdateId}, 200)', () => {
    expect(http).toBeDefined();
    expect({ method: GetOTAUpdateOperation.method, uri: GetOTAUpdateOperation.uri, code: GetOTAUpdateOperation.successCode }).toEqual(http);
    expect(GetOTAUpdateOperation.method).toBe('GET');
    expect(GetOTAUpdateOperation.successCode).toBe(200);
  });

  it('matches the HTTP binding in the SDK runtime schema', () => {
    const [, namespace, name, traits] = sdkOperationSchema;
    expect(`${namespace}#${name}`).toBe(GetOTAUpdateOperation.shapeId);
    expect(traits.http).toEqual([GetOTAUpdateOperation.method, GetOTAUpdateOperation.uri, GetOTAUpdateOperation.successCode]);
  });

  it('names the model input, output and errors', () => {
    expect(GetOTAUpdateOperation.shapeId).toBe(`${NS}GetOTAUpdate`);
    expect(GetOTAUpdateOperation.input).toBe(op.input?.target.slice(NS.length));
    expect(GetOTAUpdateOperation.output).toBe(op.output?.target.slice(NS.length));
    expect([...GetOTAUpdateOperation.errors].sort()).toEqual([...modelErrorNames].sort());
    expect(operations).toEqual({ GetOTAUpdate: GetOTAUpdateOperation });
  });
});

describe('modeledErrors', () => {
  it('covers exactly the errors of the operation', () => {
    expect(Object.keys(modeledErrors).sort()).toEqual([...modelErrorNames].sort());
  });

  it.each(modelErrorNames)('%s: status and fault from the model traits, the fact sheet and the SDK', (name) => {
    const entry = modeledErrors[name as keyof typeof modeledErrors];
    const traits = shape(name).traits ?? {};
    expect(entry).toEqual({ shapeId: `${NS}${name}`, httpStatus: traits['smithy.api#httpError'], fault: traits['smithy.api#error'] });
    expect(entry.httpStatus).toBe(factsErrorStatuses().get(name));

    const [, namespace, schemaName, schemaTraits] = sdkErrorSchema(name)!;
    expect(`${namespace}#${schemaName}`).toBe(entry.shapeId);
    expect(schemaTraits).toEqual({ error: entry.fault, httpError: entry.httpStatus });

    const Cls = sdkErrorClass(name)!;
    expect(Cls.shapeId).toBe(entry.shapeId);
    const instance = new Cls({ message: 'm', $metadata: {} });
    expect(instance.name).toBe(name);
    expect(instance.$fault).toBe(entry.fault);
  });

  it('gives ThrottlingException 400, shared with InvalidRequestException (so the type must travel)', () => {
    expect(modeledErrors.ThrottlingException.httpStatus).toBe(factsErrorStatuses().get('ThrottlingException'));
    expect(modeledErrors.ThrottlingException.httpStatus).toBe(modeledErrors.InvalidRequestException.httpStatus);
  });
});

it('the fact sheet lists the same errors as the model', () => {
  expect([...factsErrorStatuses().keys()].sort()).toEqual([...modelErrorNames].sort());
});

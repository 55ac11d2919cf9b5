/** What the msw emitter decides from the model, checked on the real model and on hand-made URIs. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../../../tools/codegen/src/ir/build.js';
import type { IrOperation, UriSegment } from '../../../../tools/codegen/src/ir/types.js';
import { parseUri } from '../../../../tools/codegen/src/ir/uri.js';
import { parseModel } from '../../../../tools/codegen/src/load/read.js';
import { bySpecificity } from '../../../../tools/codegen/src/emit/msw/handlers.js';
import { planOperation, type OperationPlan } from '../../../../tools/codegen/src/emit/msw/operation-spec.js';

const source = 'models/iot/get-ota-update.json';
const model = buildIr(parseModel(readFileSync(new URL(`../../../../${source}`, import.meta.url), 'utf8'), source), { source });

describe('GetOTAUpdate plan', () => {
  const plan = planOperation(model, model.operations.find((o) => o.name === 'GetOTAUpdate')!);

  it('stores OTAUpdateInfo items keyed by their own otaUpdateId (item mode)', () => {
    expect(plan.item).toMatchObject({ member: 'otaUpdateInfo', keys: ['otaUpdateId'] });
    expect(plan.item!.shape.name).toBe('OTAUpdateInfo');
    expect(plan.onMissing).toBe('notFound');
  });

  it('answers invalid input and unknown ids with the modeled errors', () => {
    expect(plan.validationError).toBe('InvalidRequestException');
    expect(plan.notFoundError).toBe('ResourceNotFoundException');
  });

  it('reads the label from the path and writes otaUpdateInfo through its codec', () => {
    expect(plan.inputBindings.map((b) => b.text)).toEqual(['{ member: "otaUpdateId", in: "label", name: "otaUpdateId", type: { scalar: "string" } },']);
    expect(plan.outputBindings.map((b) => b.text)).toEqual(['{ member: "otaUpdateInfo", in: "body", name: "otaUpdateInfo", type: { codec: OTAUpdateInfoCodec, lenient: $lenient.OTAUpdateInfoCodec } },']);
    expect(plan.wireSchema).toBe('GetOTAUpdateResponseJsonSchema');
  });
});

describe('handler order', () => {
  const fake = (name: string, uri: string): OperationPlan => {
    const { path, queryLiterals } = parseUri(uri);
    const op = { name, http: { method: 'GET', uri, path: path as UriSegment[], queryLiterals, code: 200 } } as unknown as IrOperation;
    return { op, inputBindings: [], outputBindings: [], errors: [], validationStyle: 'modeled', onMissing: 'empty' };
  };

  it('puts literal segments before labels before greedy labels, and query literals first', () => {
    const plans = [
      fake('GetThing', '/things/{id}'),
      fake('GetAnyObject', '/objects/{key+}'),
      fake('ListThings', '/things/list'),
      fake('GetObjectTagged', '/objects/{key+}?tagging'),
      fake('GetThingJobs', '/things/{id}/jobs'),
    ];
    const order = [...plans].sort(bySpecificity).map((p) => p.op.name);
    const before = (a: string, b: string) => expect(order.indexOf(a), `${a} before ${b} in ${order.join(', ')}`).toBeLessThan(order.indexOf(b));
    before('ListThings', 'GetThing');
    before('GetThingJobs', 'GetThing');
    before('GetObjectTagged', 'GetAnyObject');
    before('ListThings', 'GetAnyObject');
  });
});

/** Stores never hold data that breaks the contract, and nothing the caller does later can change what is served. */

import { GetOTAUpdateCommand } from '@aws-sdk/client-iot';
import { fixtures } from '@ota-contract/fixtures';
import type { OTAUpdateInfo } from '@ota-contract/types';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractViolationError, createGetOTAUpdateStore, createMockControl, getOTAUpdateHandler, mockErrors } from '../../src/index.js';
import { iotClient, rejectionOf } from './support.js';

const valid = (seed: number): OTAUpdateInfo => fixtures.OTAUpdateInfo.build({ seed });

function violation(fn: () => unknown): ContractViolationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContractViolationError) return error;
    throw error;
  }
  throw new Error('expected a ContractViolationError');
}

describe('seeding checks every item against the strict contract', () => {
  it.each<[string, Partial<OTAUpdateInfo> | Record<string, unknown>, string]>([
    ['a description over 2028 code points', { description: 'x'.repeat(2029) }, 'description: must have at most 2028 Unicode code points'],
    ['a newline in the description (\\p{C})', { description: 'line\nbreak' }, 'description: must match the pattern ^[^\\p{C}]+$'],
    ['an id off the pattern', { otaUpdateId: 'a b' }, 'otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
    ['an unknown status', { otaUpdateStatus: 'SOME_FUTURE_STATUS' }, 'otaUpdateStatus: must be one of CREATE_PENDING, CREATE_IN_PROGRESS, CREATE_COMPLETE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETE_FAILED'],
    ['too many protocols', { protocols: ['MQTT', 'HTTP', 'MQTT'] }, 'protocols: must have at most 2 entries'],
    ['a string date', { creationDate: '2024-01-01' }, 'creationDate: must be a valid Date'],
    ['an unknown member', { colour: 'blue' }, 'colour: is not allowed (unknown property)'],
  ])('rejects %s, naming the constraint', (_, patch, issue) => {
    const store = createGetOTAUpdateStore();
    const error = violation(() => store.put({ ...valid(1), ...patch } as OTAUpdateInfo));
    expect(error.issues).toContain(issue);
    expect(error.message).toContain(issue);
    expect(store.size).toBe(0);
  });

  it('needs the key member, and stores nothing when one item of many is invalid', () => {
    const store = createGetOTAUpdateStore();
    const { otaUpdateId: _, ...keyless } = valid(2);
    expect(violation(() => store.put(keyless)).issues).toEqual(['otaUpdateId: is needed to store the item (the handler looks items up by it)']);
    expect(violation(() => store.put(valid(3), { ...valid(4), otaUpdateStatus: 'NOPE' } as never)).message).toMatch(/^OTAUpdateInfo \[1\] does not satisfy the contract/);
    expect(store.size).toBe(0);
  });
});

describe('isolation', () => {
  const store = createGetOTAUpdateStore();
  const control = createMockControl(mockErrors);
  const server = setupServer(getOTAUpdateHandler({ store, control }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const client = iotClient();

  it('serves a copy made at seeding time: later mutation of the caller’s object changes nothing', async () => {
    const item = valid(6);
    const snapshot = structuredClone(item);
    store.put(item);
    item.description = 'changed after seeding';
    item.creationDate?.setTime(0);
    const output = await client.send(new GetOTAUpdateCommand({ otaUpdateId: item.otaUpdateId! }));
    expect(output.otaUpdateInfo).toEqual(snapshot);
    expect(store.get(item.otaUpdateId!)).toEqual(snapshot);
  });

  it('uses its own store and control, not the defaults', async () => {
    control.failNext('InternalFailureException');
    const error = await rejectionOf(client.send(new GetOTAUpdateCommand({ otaUpdateId: 'x' })));
    expect(error.name).toBe('InternalFailureException');
    expect(error.$metadata.requestId).toBe('00000000-0000-4000-8000-000000000002');
  });
});

/**
 * Typed resolvers through the real @aws-sdk/client-iot: outputs, returned and thrown modeled errors,
 * async resolvers, contract checks on what a resolver answers, and the precedence beside the store
 * and the failure control.
 */

import { GetOTAUpdateCommand, InvalidRequestException, ResourceNotFoundException, ThrottlingException } from '@aws-sdk/client-iot';
import { fixtures } from '@ota-contract/fixtures';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, getOTAUpdateHandler, getOTAUpdateStore, mockControl, modeledError, resetMocks, type GetOTAUpdateResolver } from '../../src/index.js';
import { iotClient, rejectionOf } from './support.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetMocks();
});
afterAll(() => server.close());

const client = iotClient();
const get = (otaUpdateId: string) => client.send(new GetOTAUpdateCommand({ otaUpdateId }));

describe('resolvers', () => {
  it('answer with the output they return, encoded like the store does (Dates, blobs)', async () => {
    const item = fixtures.OTAUpdateInfo.build({ seed: 3 });
    const seen: string[] = [];
    server.use(
      ...createHandlers({
        resolvers: {
          GetOTAUpdate: (input) => {
            seen.push(input.otaUpdateId);
            return { otaUpdateInfo: { ...item, otaUpdateId: input.otaUpdateId } };
          },
        },
      }),
    );
    const { otaUpdateInfo, $metadata } = await get('fw-7');
    expect(seen).toEqual(['fw-7']);
    expect(otaUpdateInfo).toEqual({ ...item, otaUpdateId: 'fw-7' });
    expect($metadata.httpStatusCode).toBe(200);
  });

  it('may be async, and may return or throw a modeled error the SDK identifies by type', async () => {
    const answers: GetOTAUpdateResolver[] = [
      async () => modeledError('ResourceNotFoundException', { message: 'no such update' }),
      () => {
        throw modeledError('ThrottlingException', { message: 'Rate exceeded' });
      },
      async () => {
        await new Promise((r) => setTimeout(r, 5));
        throw modeledError('InvalidRequestException');
      },
    ];
    const classes = [ResourceNotFoundException, ThrottlingException, InvalidRequestException];
    const statuses = [404, 400, 400];
    for (const [i, resolver] of answers.entries()) {
      server.use(getOTAUpdateHandler({ resolver }));
      const error = await rejectionOf(get('fw-1'));
      expect(error).toBeInstanceOf(classes[i]!);
      expect(error.$metadata.httpStatusCode).toBe(statuses[i]);
      if (i < 2) expect(error.message).toBe(['no such update', 'Rate exceeded'][i]);
    }
  });

  it('are called only with input that passed the strict check: invalid input gets the validation error', async () => {
    let calls = 0;
    server.use(getOTAUpdateHandler({ resolver: () => ((calls += 1), { otaUpdateInfo: {} }) }));
    const error = await rejectionOf(get('not valid!'));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(calls).toBe(0);
  });

  it('have their output checked against the contract: a broken output is a 500 naming the rule', async () => {
    server.use(getOTAUpdateHandler({ resolver: () => ({ otaUpdateInfo: { otaUpdateId: 'x'.repeat(200) } }) }));
    const response = await fetch('https://iot.us-east-1.amazonaws.com/otaUpdates/fw-1');
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/otaUpdateInfo\.otaUpdateId: must have at most 128/);
  });

  it('refuse an error the operation does not declare (a typo cannot pass as a real error)', async () => {
    server.use(getOTAUpdateHandler({ resolver: () => modeledError('NoSuchException' as 'ThrottlingException') }));
    const response = await fetch('https://iot.us-east-1.amazonaws.com/otaUpdates/fw-1');
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/NoSuchException is not an error of GetOTAUpdate/);
  });
});

describe('precedence', () => {
  it('a resolver wins over the store; the store serves operations without one', async () => {
    const stored = fixtures.OTAUpdateInfo.build({ seed: 5 });
    getOTAUpdateStore.put(stored);
    server.use(getOTAUpdateHandler({ resolver: () => ({ otaUpdateInfo: { otaUpdateId: 'from-resolver' } }) }));
    expect((await get(stored.otaUpdateId!)).otaUpdateInfo).toEqual({ otaUpdateId: 'from-resolver' });
    server.resetHandlers(...createHandlers());
    expect((await get(stored.otaUpdateId!)).otaUpdateInfo).toEqual(stored);
  });

  it('failures and delays queued on the control come before the resolver', async () => {
    let calls = 0;
    server.use(...createHandlers({ resolvers: { GetOTAUpdate: () => ((calls += 1), { otaUpdateInfo: { otaUpdateId: 'ok' } }) } }));
    mockControl.failNext('ThrottlingException');
    expect(await rejectionOf(get('fw-1'))).toBeInstanceOf(ThrottlingException);
    expect(calls).toBe(0);
    mockControl.delayNext(30);
    const started = performance.now();
    expect((await get('fw-1')).otaUpdateInfo).toEqual({ otaUpdateId: 'ok' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(calls).toBe(1);
  });
});

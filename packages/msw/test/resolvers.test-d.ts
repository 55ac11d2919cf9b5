/** Resolver types: input and output of the operation, only its modeled errors, fields per error. */

import type { GetOTAUpdateRequest } from '@ota-contract/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createHandlers, getOTAUpdateHandler, modeledError, type GetOTAUpdateResolver, type ModeledError } from '../src/index.js';

describe('resolver types', () => {
  it('get the operation input and return its output, sync or async', () => {
    createHandlers({
      resolvers: {
        GetOTAUpdate: (input) => {
          expectTypeOf(input).toEqualTypeOf<GetOTAUpdateRequest>();
          return { otaUpdateInfo: { otaUpdateId: input.otaUpdateId, creationDate: new Date() } };
        },
      },
    });
    getOTAUpdateHandler({ resolver: async () => ({ otaUpdateInfo: { otaUpdateId: 'a' } }) });
    // @ts-expect-error a Date member cannot be given as epoch seconds (that is the wire form)
    getOTAUpdateHandler({ resolver: () => ({ otaUpdateInfo: { creationDate: 1 } }) });
    // @ts-expect-error unknown operation
    createHandlers({ resolvers: { GetThing: () => ({}) } });
  });

  it('return only modeled errors, with the members of that error', () => {
    expectTypeOf(modeledError('ThrottlingException', { message: 'x' })).toEqualTypeOf<ModeledError<'ThrottlingException', { message?: string | undefined }>>();
    const resolver: GetOTAUpdateResolver = () => modeledError('ResourceNotFoundException');
    void resolver;
    // @ts-expect-error not a modeled error
    modeledError('NoSuchException');
    // @ts-expect-error not a member of the error
    modeledError('ThrottlingException', { reason: 'x' });
  });
});

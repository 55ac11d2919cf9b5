/** The enum unions and const objects have the same type as the SDK's (key order aside). */

import type * as Sdk from '@aws-sdk/client-iot';
import { describe, expectTypeOf, test } from 'vitest';
import type * as Ours from '../src/index.js';

describe('enum types equal the SDK enum types', () => {
  test('OTAUpdateStatus', () => {
    expectTypeOf<Ours.OTAUpdateStatus>().toEqualTypeOf<Sdk.OTAUpdateStatus>();
    expectTypeOf<typeof Ours.OTAUpdateStatus>().toEqualTypeOf<typeof Sdk.OTAUpdateStatus>();
    expectTypeOf<Ours.OTAUpdateStatusJson>().toEqualTypeOf<Sdk.OTAUpdateStatus>();
  });
  test('Protocol', () => {
    expectTypeOf<Ours.Protocol>().toEqualTypeOf<Sdk.Protocol>();
    expectTypeOf<typeof Ours.Protocol>().toEqualTypeOf<typeof Sdk.Protocol>();
    expectTypeOf<Ours.ProtocolJson>().toEqualTypeOf<Sdk.Protocol>();
  });
  test('TargetSelection', () => {
    expectTypeOf<Ours.TargetSelection>().toEqualTypeOf<Sdk.TargetSelection>();
    expectTypeOf<typeof Ours.TargetSelection>().toEqualTypeOf<typeof Sdk.TargetSelection>();
    expectTypeOf<Ours.TargetSelectionJson>().toEqualTypeOf<Sdk.TargetSelection>();
  });
  test('unions are closed at the type level: an unknown value needs a cast', () => {
    // @ts-expect-error not a modeled value, as in the SDK (Smithy enums are open: a lenient reader may still meet one at runtime)
    expectTypeOf<'SOME_FUTURE_STATUS'>().toExtend<Ours.OTAUpdateStatus>();
    expectTypeOf<(typeof Ours.OTAUpdateStatus)['CREATE_COMPLETE']>().toEqualTypeOf<'CREATE_COMPLETE'>();
  });
});

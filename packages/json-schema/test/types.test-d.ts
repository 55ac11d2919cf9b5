/** The precompiled validators are type guards of the @ota-contract/types wire forms. */
import { expectTypeOf, test } from 'vitest';
import type { GetOTAUpdateResponseJson, OTAUpdateStatus, ThrottlingExceptionJson } from '@ota-contract/types';
import { operationValidators, schemaEntries, validateGetOTAUpdateRequestPath, validateGetOTAUpdateResponseJson, validateThrottlingExceptionJson, type ErrorTypeFields, type Lenient } from '@ota-contract/json-schema';
import * as lenient from '@ota-contract/json-schema/lenient';

test('strict validators narrow to the wire types', () => {
  const body: unknown = {};
  if (validateGetOTAUpdateResponseJson(body)) {
    expectTypeOf(body).toEqualTypeOf<GetOTAUpdateResponseJson>();
    expectTypeOf(body.otaUpdateInfo?.otaUpdateStatus).toEqualTypeOf<OTAUpdateStatus | undefined>();
  }
  if (validateThrottlingExceptionJson(body)) expectTypeOf(body).toEqualTypeOf<ThrottlingExceptionJson & ErrorTypeFields>();
  if (validateGetOTAUpdateRequestPath(body)) expectTypeOf(body.otaUpdateId).toEqualTypeOf<string>();
  expectTypeOf(operationValidators.GetOTAUpdate.errors.ThrottlingException).toEqualTypeOf(validateThrottlingExceptionJson);
  expectTypeOf(schemaEntries.GetOTAUpdateResponse.validator).toEqualTypeOf<'validateGetOTAUpdateResponseJson'>();
  // @ts-expect-error: no entry of that name
  void schemaEntries.NoSuchEntry;
});

test('lenient validators promise JSON types only: open enums, nullable members and entries', () => {
  const body: unknown = {};
  if (lenient.validateGetOTAUpdateResponseJson(body)) {
    expectTypeOf(body).toEqualTypeOf<Lenient<GetOTAUpdateResponseJson>>();
    expectTypeOf(body.otaUpdateInfo).toEqualTypeOf<Lenient<NonNullable<GetOTAUpdateResponseJson['otaUpdateInfo']>> | null | undefined>();
    const info = body.otaUpdateInfo;
    if (info) {
      expectTypeOf(info.otaUpdateStatus).toEqualTypeOf<string | null | undefined>();
      // Dense lists and maps too: lenient mode accepts `null` entries (docs/VALIDATION.md).
      expectTypeOf(info.targets).toEqualTypeOf<(string | null)[] | null | undefined>();
      expectTypeOf(info.additionalParameters).toEqualTypeOf<{ [key: string]: string | null } | null | undefined>();
    }
  }
});

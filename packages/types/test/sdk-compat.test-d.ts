/**
 * Our application types against `@aws-sdk/client-iot`'s, shape by shape.
 *
 * - ours → SDK must always hold: values built with our types (fixtures, mocks) go wherever the SDK's
 *   types are expected.
 * - SDK → ours holds wherever the SDK does not widen a `@required` member to `T | undefined`. The SDK
 *   does that for `AwsJobExponentialRolloutRate` (all three members) and `GetOTAUpdateRequest`
 *   (`otaUpdateId`); docs/DECISIONS.md keeps ours as plain `T`. Every shape that contains
 *   `AwsJobExponentialRolloutRate` (rollout config → OTAUpdateInfo → GetOTAUpdateResponse) inherits
 *   the failure, and the tests below pin the cause to those members alone.
 * - Equal key sets catch a member that is missing on one side, which plain assignability of
 *   optional members would not.
 *
 * exact-optional.test.ts compiles this file again under `exactOptionalPropertyTypes: true`.
 */

import type * as Sdk from '@aws-sdk/client-iot';
import { describe, expectTypeOf, test } from 'vitest';
import type * as Ours from '../src/index.js';

/** Every member present and not `undefined`: what the SDK's `T | undefined` required members would be if they were `T`. */
type Defined<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/** The SDK's rollout config with only `exponentialRate` made `Defined`. */
type SdkRolloutFixed = Omit<Sdk.AwsJobExecutionsRolloutConfig, 'exponentialRate'> & {
  exponentialRate?: Defined<Sdk.AwsJobExponentialRolloutRate> | undefined;
};
type SdkInfoFixed = Omit<Sdk.OTAUpdateInfo, 'awsJobExecutionsRolloutConfig'> & {
  awsJobExecutionsRolloutConfig?: SdkRolloutFixed | undefined;
};

describe('shapes without SDK-widened required members: assignable both ways, same keys', () => {
  test('AwsJobRateIncreaseCriteria', () => {
    expectTypeOf<Ours.AwsJobRateIncreaseCriteria>().toExtend<Sdk.AwsJobRateIncreaseCriteria>();
    expectTypeOf<Sdk.AwsJobRateIncreaseCriteria>().toExtend<Ours.AwsJobRateIncreaseCriteria>();
    expectTypeOf<keyof Ours.AwsJobRateIncreaseCriteria>().toEqualTypeOf<keyof Sdk.AwsJobRateIncreaseCriteria>();
  });
  test('AwsJobPresignedUrlConfig', () => {
    expectTypeOf<Ours.AwsJobPresignedUrlConfig>().toExtend<Sdk.AwsJobPresignedUrlConfig>();
    expectTypeOf<Sdk.AwsJobPresignedUrlConfig>().toExtend<Ours.AwsJobPresignedUrlConfig>();
    expectTypeOf<keyof Ours.AwsJobPresignedUrlConfig>().toEqualTypeOf<keyof Sdk.AwsJobPresignedUrlConfig>();
  });
  test('OTAUpdateFile', () => {
    expectTypeOf<Ours.OTAUpdateFile>().toExtend<Sdk.OTAUpdateFile>();
    expectTypeOf<Sdk.OTAUpdateFile>().toExtend<Ours.OTAUpdateFile>();
    expectTypeOf<keyof Ours.OTAUpdateFile>().toEqualTypeOf<keyof Sdk.OTAUpdateFile>();
  });
  test('FileLocation', () => {
    expectTypeOf<Ours.FileLocation>().toExtend<Sdk.FileLocation>();
    expectTypeOf<Sdk.FileLocation>().toExtend<Ours.FileLocation>();
    expectTypeOf<keyof Ours.FileLocation>().toEqualTypeOf<keyof Sdk.FileLocation>();
  });
  test('_Stream (the SDK escapes Stream the same way)', () => {
    expectTypeOf<Ours._Stream>().toExtend<Sdk._Stream>();
    expectTypeOf<Sdk._Stream>().toExtend<Ours._Stream>();
    expectTypeOf<keyof Ours._Stream>().toEqualTypeOf<keyof Sdk._Stream>();
  });
  test('S3Location', () => {
    expectTypeOf<Ours.S3Location>().toExtend<Sdk.S3Location>();
    expectTypeOf<Sdk.S3Location>().toExtend<Ours.S3Location>();
    expectTypeOf<keyof Ours.S3Location>().toEqualTypeOf<keyof Sdk.S3Location>();
  });
  test('CodeSigning', () => {
    expectTypeOf<Ours.CodeSigning>().toExtend<Sdk.CodeSigning>();
    expectTypeOf<Sdk.CodeSigning>().toExtend<Ours.CodeSigning>();
    expectTypeOf<keyof Ours.CodeSigning>().toEqualTypeOf<keyof Sdk.CodeSigning>();
  });
  test('StartSigningJobParameter', () => {
    expectTypeOf<Ours.StartSigningJobParameter>().toExtend<Sdk.StartSigningJobParameter>();
    expectTypeOf<Sdk.StartSigningJobParameter>().toExtend<Ours.StartSigningJobParameter>();
    expectTypeOf<keyof Ours.StartSigningJobParameter>().toEqualTypeOf<keyof Sdk.StartSigningJobParameter>();
  });
  test('SigningProfileParameter', () => {
    expectTypeOf<Ours.SigningProfileParameter>().toExtend<Sdk.SigningProfileParameter>();
    expectTypeOf<Sdk.SigningProfileParameter>().toExtend<Ours.SigningProfileParameter>();
    expectTypeOf<keyof Ours.SigningProfileParameter>().toEqualTypeOf<keyof Sdk.SigningProfileParameter>();
  });
  test('Destination', () => {
    expectTypeOf<Ours.Destination>().toExtend<Sdk.Destination>();
    expectTypeOf<Sdk.Destination>().toExtend<Ours.Destination>();
    expectTypeOf<keyof Ours.Destination>().toEqualTypeOf<keyof Sdk.Destination>();
  });
  test('S3Destination', () => {
    expectTypeOf<Ours.S3Destination>().toExtend<Sdk.S3Destination>();
    expectTypeOf<Sdk.S3Destination>().toExtend<Ours.S3Destination>();
    expectTypeOf<keyof Ours.S3Destination>().toEqualTypeOf<keyof Sdk.S3Destination>();
  });
  test('CustomCodeSigning', () => {
    expectTypeOf<Ours.CustomCodeSigning>().toExtend<Sdk.CustomCodeSigning>();
    expectTypeOf<Sdk.CustomCodeSigning>().toExtend<Ours.CustomCodeSigning>();
    expectTypeOf<keyof Ours.CustomCodeSigning>().toEqualTypeOf<keyof Sdk.CustomCodeSigning>();
  });
  test('CodeSigningSignature (blob is Uint8Array in both)', () => {
    expectTypeOf<Ours.CodeSigningSignature>().toExtend<Sdk.CodeSigningSignature>();
    expectTypeOf<Sdk.CodeSigningSignature>().toExtend<Ours.CodeSigningSignature>();
    expectTypeOf<keyof Ours.CodeSigningSignature>().toEqualTypeOf<keyof Sdk.CodeSigningSignature>();
    expectTypeOf<Ours.CodeSigningSignature['inlineDocument']>().toEqualTypeOf<Uint8Array | undefined>();
  });
  test('CodeSigningCertificateChain (its inlineDocument is a string, not a blob)', () => {
    expectTypeOf<Ours.CodeSigningCertificateChain>().toExtend<Sdk.CodeSigningCertificateChain>();
    expectTypeOf<Sdk.CodeSigningCertificateChain>().toExtend<Ours.CodeSigningCertificateChain>();
    expectTypeOf<keyof Ours.CodeSigningCertificateChain>().toEqualTypeOf<keyof Sdk.CodeSigningCertificateChain>();
    expectTypeOf<Ours.CodeSigningCertificateChain['inlineDocument']>().toEqualTypeOf<string | undefined>();
  });
  test('ErrorInfo', () => {
    expectTypeOf<Ours.ErrorInfo>().toExtend<Sdk.ErrorInfo>();
    expectTypeOf<Sdk.ErrorInfo>().toExtend<Ours.ErrorInfo>();
    expectTypeOf<keyof Ours.ErrorInfo>().toEqualTypeOf<keyof Sdk.ErrorInfo>();
  });
});

describe('AwsJobExponentialRolloutRate: the SDK widens its required members', () => {
  test('ours → SDK, same keys', () => {
    expectTypeOf<Ours.AwsJobExponentialRolloutRate>().toExtend<Sdk.AwsJobExponentialRolloutRate>();
    expectTypeOf<keyof Ours.AwsJobExponentialRolloutRate>().toEqualTypeOf<keyof Sdk.AwsJobExponentialRolloutRate>();
  });
  test('SDK → ours fails, and only because of `| undefined` on the required members', () => {
    // @ts-expect-error the SDK types baseRatePerMinute, incrementFactor, rateIncreaseCriteria as `T | undefined`
    expectTypeOf<Sdk.AwsJobExponentialRolloutRate>().toExtend<Ours.AwsJobExponentialRolloutRate>();
    expectTypeOf<Sdk.AwsJobExponentialRolloutRate['baseRatePerMinute']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Ours.AwsJobExponentialRolloutRate['baseRatePerMinute']>().toEqualTypeOf<number>();
    expectTypeOf<Defined<Sdk.AwsJobExponentialRolloutRate>>().toExtend<Ours.AwsJobExponentialRolloutRate>();
  });
  test('required keys are required in ours', () => {
    // @ts-expect-error incrementFactor is @required (its @default(0) does not make it optional)
    expectTypeOf<Omit<Ours.AwsJobExponentialRolloutRate, 'incrementFactor'>>().toExtend<Ours.AwsJobExponentialRolloutRate>();
  });
});

describe('shapes containing AwsJobExponentialRolloutRate inherit the one-way failure', () => {
  test('AwsJobExecutionsRolloutConfig', () => {
    expectTypeOf<Ours.AwsJobExecutionsRolloutConfig>().toExtend<Sdk.AwsJobExecutionsRolloutConfig>();
    expectTypeOf<keyof Ours.AwsJobExecutionsRolloutConfig>().toEqualTypeOf<keyof Sdk.AwsJobExecutionsRolloutConfig>();
    // @ts-expect-error through exponentialRate
    expectTypeOf<Sdk.AwsJobExecutionsRolloutConfig>().toExtend<Ours.AwsJobExecutionsRolloutConfig>();
    expectTypeOf<SdkRolloutFixed>().toExtend<Ours.AwsJobExecutionsRolloutConfig>();
  });
  test('OTAUpdateInfo', () => {
    expectTypeOf<Ours.OTAUpdateInfo>().toExtend<Sdk.OTAUpdateInfo>();
    expectTypeOf<keyof Ours.OTAUpdateInfo>().toEqualTypeOf<keyof Sdk.OTAUpdateInfo>();
    // @ts-expect-error through awsJobExecutionsRolloutConfig.exponentialRate
    expectTypeOf<Sdk.OTAUpdateInfo>().toExtend<Ours.OTAUpdateInfo>();
    expectTypeOf<SdkInfoFixed>().toExtend<Ours.OTAUpdateInfo>();
  });
  test('GetOTAUpdateResponse and the command output', () => {
    expectTypeOf<Ours.GetOTAUpdateResponse>().toExtend<Sdk.GetOTAUpdateResponse>();
    expectTypeOf<keyof Ours.GetOTAUpdateResponse>().toEqualTypeOf<keyof Sdk.GetOTAUpdateResponse>();
    // @ts-expect-error through otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate
    expectTypeOf<Sdk.GetOTAUpdateResponse>().toExtend<Ours.GetOTAUpdateResponse>();
    // @ts-expect-error what `client.send(new GetOTAUpdateCommand(...))` resolves to, same cause
    expectTypeOf<Sdk.GetOTAUpdateCommandOutput>().toExtend<Ours.GetOTAUpdateResponse>();
    expectTypeOf<{ otaUpdateInfo?: SdkInfoFixed | undefined }>().toExtend<Ours.GetOTAUpdateResponse>();
  });
});

describe('GetOTAUpdateRequest: the SDK widens otaUpdateId', () => {
  test('ours → SDK request and command input, same keys', () => {
    expectTypeOf<Ours.GetOTAUpdateRequest>().toExtend<Sdk.GetOTAUpdateRequest>();
    expectTypeOf<Ours.GetOTAUpdateRequest>().toExtend<Sdk.GetOTAUpdateCommandInput>();
    expectTypeOf<keyof Ours.GetOTAUpdateRequest>().toEqualTypeOf<keyof Sdk.GetOTAUpdateRequest>();
  });
  test('SDK → ours fails, and only because of `otaUpdateId: string | undefined`', () => {
    // @ts-expect-error the SDK types the @required @httpLabel otaUpdateId as `string | undefined`
    expectTypeOf<Sdk.GetOTAUpdateRequest>().toExtend<Ours.GetOTAUpdateRequest>();
    expectTypeOf<Sdk.GetOTAUpdateRequest['otaUpdateId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Defined<Sdk.GetOTAUpdateRequest>>().toExtend<Ours.GetOTAUpdateRequest>();
  });
});

describe('the wire form is not the application form', () => {
  test('OTAUpdateInfoJson carries epoch seconds and base64, so it is not an SDK OTAUpdateInfo', () => {
    expectTypeOf<Ours.OTAUpdateInfoJson['creationDate']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Ours.CodeSigningSignatureJson['inlineDocument']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error creationDate is a number on the wire, a Date in the SDK
    expectTypeOf<Ours.OTAUpdateInfoJson>().toExtend<Sdk.OTAUpdateInfo>();
  });
});

describe('the received form (`SReceived`) takes what the SDK returns, and is an SDK value itself', () => {
  test('AwsJobExponentialRolloutRateReceived: required keys, values `T | undefined`, as in the SDK', () => {
    expectTypeOf<Sdk.AwsJobExponentialRolloutRate>().toExtend<Ours.AwsJobExponentialRolloutRateReceived>();
    expectTypeOf<Ours.AwsJobExponentialRolloutRateReceived>().toExtend<Sdk.AwsJobExponentialRolloutRate>();
    expectTypeOf<Ours.AwsJobExponentialRolloutRateReceived['baseRatePerMinute']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error the key stays required: a value that omits it is not what a client receives from the SDK
    expectTypeOf<Omit<Ours.AwsJobExponentialRolloutRateReceived, 'incrementFactor'>>().toExtend<Ours.AwsJobExponentialRolloutRateReceived>();
  });
  test('GetOTAUpdateCommandOutput fits GetOTAUpdateResponseReceived with no cast', () => {
    expectTypeOf<Sdk.GetOTAUpdateCommandOutput>().toExtend<Ours.GetOTAUpdateResponseReceived>();
    expectTypeOf<Ours.GetOTAUpdateResponseReceived>().toExtend<Sdk.GetOTAUpdateResponse>();
    expectTypeOf<Ours.GetOTAUpdateResponse>().toExtend<Ours.GetOTAUpdateResponseReceived>();
  });
  test('shapes with nothing required inside: the received form is the strict form', () => {
    expectTypeOf<Ours.OTAUpdateFileReceived>().toEqualTypeOf<Ours.OTAUpdateFile>();
  });
});

/**
 * The six modeled errors against the SDK's error classes: what `catch (e)` holds after
 * `client.send(new GetOTAUpdateCommand(...))` must fit our error type, and the names must agree.
 */

import type * as Sdk from '@aws-sdk/client-iot';
import { describe, expectTypeOf, test } from 'vitest';
import type * as Ours from '../src/index.js';

/** Instance types of the SDK's error classes, keyed by class name. */
interface SdkErrors {
  InternalFailureException: Sdk.InternalFailureException;
  InvalidRequestException: Sdk.InvalidRequestException;
  ResourceNotFoundException: Sdk.ResourceNotFoundException;
  ServiceUnavailableException: Sdk.ServiceUnavailableException;
  ThrottlingException: Sdk.ThrottlingException;
  UnauthorizedException: Sdk.UnauthorizedException;
}

describe('SDK error instances are assignable to our error types', () => {
  test('each of the six', () => {
    expectTypeOf<Sdk.InternalFailureException>().toExtend<Ours.InternalFailureException>();
    expectTypeOf<Sdk.InvalidRequestException>().toExtend<Ours.InvalidRequestException>();
    expectTypeOf<Sdk.ResourceNotFoundException>().toExtend<Ours.ResourceNotFoundException>();
    expectTypeOf<Sdk.ServiceUnavailableException>().toExtend<Ours.ServiceUnavailableException>();
    expectTypeOf<Sdk.ThrottlingException>().toExtend<Ours.ThrottlingException>();
    expectTypeOf<Sdk.UnauthorizedException>().toExtend<Ours.UnauthorizedException>();
  });

  test('a thrown ThrottlingException can be handed to code typed with ours', () => {
    const handle = (e: Ours.ThrottlingException): string => e.message ?? '';
    const fromSdk = (e: Sdk.ThrottlingException) => handle(e);
    expectTypeOf(fromSdk).returns.toEqualTypeOf<string>();
  });

  test('our error type is the body, not the SDK class (no name, $fault, $metadata)', () => {
    // @ts-expect-error the SDK class adds name, $fault, $metadata, stack...
    expectTypeOf<Ours.ThrottlingException>().toExtend<Sdk.ThrottlingException>();
    expectTypeOf<Ours.ThrottlingException['message']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Ours.ThrottlingExceptionJson>().toEqualTypeOf<{ message?: string | undefined }>();
  });
});

describe('error names agree with the SDK', () => {
  test('the operation error union is exactly the SDK classes, whose `name` is the class name', () => {
    expectTypeOf<Ours.GetOTAUpdateErrorName>().toEqualTypeOf<keyof SdkErrors>();
    expectTypeOf<Ours.ModeledErrorName>().toEqualTypeOf<keyof SdkErrors>();
    expectTypeOf<SdkErrors[Ours.GetOTAUpdateErrorName]['name']>().toEqualTypeOf<Ours.GetOTAUpdateErrorName>();
  });

  test('fault literals match the SDK $fault of each class', () => {
    type OurFault<N extends Ours.ModeledErrorName> = (typeof Ours.modeledErrors)[N]['fault'];
    expectTypeOf<OurFault<'ThrottlingException'>>().toEqualTypeOf<Sdk.ThrottlingException['$fault']>();
    expectTypeOf<OurFault<'InvalidRequestException'>>().toEqualTypeOf<Sdk.InvalidRequestException['$fault']>();
    expectTypeOf<OurFault<'UnauthorizedException'>>().toEqualTypeOf<Sdk.UnauthorizedException['$fault']>();
    expectTypeOf<OurFault<'ResourceNotFoundException'>>().toEqualTypeOf<Sdk.ResourceNotFoundException['$fault']>();
    expectTypeOf<OurFault<'InternalFailureException'>>().toEqualTypeOf<Sdk.InternalFailureException['$fault']>();
    expectTypeOf<OurFault<'ServiceUnavailableException'>>().toEqualTypeOf<Sdk.ServiceUnavailableException['$fault']>();
  });
});

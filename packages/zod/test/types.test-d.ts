/**
 * The zod schemas infer exactly the types of @ota-contract/types: `z.input`/`z.output` of
 * `SJsonSchema` are `SJson`, of `SSchema` are `S`, and `SCodec` goes from `SJson` to `S`. Written out
 * for every structure of the GetOTAUpdate closure (and the other kinds it uses).
 */
import type * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import type * as T from '@ota-contract/types';
import * as Strict from '@ota-contract/zod';
import * as Lenient from '@ota-contract/zod/lenient';

/** The six types of one shape's three schemas, compared in one assertion. */
interface Forms<J, A> {
  wireIn: J;
  wireOut: J;
  appIn: A;
  appOut: A;
  codecIn: J;
  codecOut: A;
}
declare function forms<W extends z.ZodType, S extends z.ZodType, C extends z.ZodType>(
  wire: W,
  app: S,
  codec: C,
): { wireIn: z.input<W>; wireOut: z.output<W>; appIn: z.input<S>; appOut: z.output<S>; codecIn: z.input<C>; codecOut: z.output<C> };

/** Lenient outputs are the modeled types (inputs are looser: null, absent required members). */
declare function outputs<W extends z.ZodType, S extends z.ZodType, C extends z.ZodType>(wire: W, app: S, codec: C): { wire: z.output<W>; app: z.output<S>; codec: z.output<C> };

describe('strict: every structure of the closure', () => {
  it('types', () => {
  expectTypeOf(forms(Strict.AwsJobExecutionsRolloutConfigJsonSchema, Strict.AwsJobExecutionsRolloutConfigSchema, Strict.AwsJobExecutionsRolloutConfigCodec)).toEqualTypeOf<Forms<T.AwsJobExecutionsRolloutConfigJson, T.AwsJobExecutionsRolloutConfig>>();
  expectTypeOf(forms(Strict.AwsJobExponentialRolloutRateJsonSchema, Strict.AwsJobExponentialRolloutRateSchema, Strict.AwsJobExponentialRolloutRateCodec)).toEqualTypeOf<Forms<T.AwsJobExponentialRolloutRateJson, T.AwsJobExponentialRolloutRate>>();
  expectTypeOf(forms(Strict.AwsJobPresignedUrlConfigJsonSchema, Strict.AwsJobPresignedUrlConfigSchema, Strict.AwsJobPresignedUrlConfigCodec)).toEqualTypeOf<Forms<T.AwsJobPresignedUrlConfigJson, T.AwsJobPresignedUrlConfig>>();
  expectTypeOf(forms(Strict.AwsJobRateIncreaseCriteriaJsonSchema, Strict.AwsJobRateIncreaseCriteriaSchema, Strict.AwsJobRateIncreaseCriteriaCodec)).toEqualTypeOf<Forms<T.AwsJobRateIncreaseCriteriaJson, T.AwsJobRateIncreaseCriteria>>();
  expectTypeOf(forms(Strict.CodeSigningJsonSchema, Strict.CodeSigningSchema, Strict.CodeSigningCodec)).toEqualTypeOf<Forms<T.CodeSigningJson, T.CodeSigning>>();
  expectTypeOf(forms(Strict.CodeSigningCertificateChainJsonSchema, Strict.CodeSigningCertificateChainSchema, Strict.CodeSigningCertificateChainCodec)).toEqualTypeOf<Forms<T.CodeSigningCertificateChainJson, T.CodeSigningCertificateChain>>();
  expectTypeOf(forms(Strict.CodeSigningSignatureJsonSchema, Strict.CodeSigningSignatureSchema, Strict.CodeSigningSignatureCodec)).toEqualTypeOf<Forms<T.CodeSigningSignatureJson, T.CodeSigningSignature>>();
  expectTypeOf(forms(Strict.CustomCodeSigningJsonSchema, Strict.CustomCodeSigningSchema, Strict.CustomCodeSigningCodec)).toEqualTypeOf<Forms<T.CustomCodeSigningJson, T.CustomCodeSigning>>();
  expectTypeOf(forms(Strict.DestinationJsonSchema, Strict.DestinationSchema, Strict.DestinationCodec)).toEqualTypeOf<Forms<T.DestinationJson, T.Destination>>();
  expectTypeOf(forms(Strict.ErrorInfoJsonSchema, Strict.ErrorInfoSchema, Strict.ErrorInfoCodec)).toEqualTypeOf<Forms<T.ErrorInfoJson, T.ErrorInfo>>();
  expectTypeOf(forms(Strict.FileLocationJsonSchema, Strict.FileLocationSchema, Strict.FileLocationCodec)).toEqualTypeOf<Forms<T.FileLocationJson, T.FileLocation>>();
  expectTypeOf(forms(Strict.GetOTAUpdateResponseJsonSchema, Strict.GetOTAUpdateResponseSchema, Strict.GetOTAUpdateResponseCodec)).toEqualTypeOf<Forms<T.GetOTAUpdateResponseJson, T.GetOTAUpdateResponse>>();
  expectTypeOf(forms(Strict.InternalFailureExceptionJsonSchema, Strict.InternalFailureExceptionSchema, Strict.InternalFailureExceptionCodec)).toEqualTypeOf<Forms<T.InternalFailureExceptionJson, T.InternalFailureException>>();
  expectTypeOf(forms(Strict.InvalidRequestExceptionJsonSchema, Strict.InvalidRequestExceptionSchema, Strict.InvalidRequestExceptionCodec)).toEqualTypeOf<Forms<T.InvalidRequestExceptionJson, T.InvalidRequestException>>();
  expectTypeOf(forms(Strict.OTAUpdateFileJsonSchema, Strict.OTAUpdateFileSchema, Strict.OTAUpdateFileCodec)).toEqualTypeOf<Forms<T.OTAUpdateFileJson, T.OTAUpdateFile>>();
  expectTypeOf(forms(Strict.OTAUpdateInfoJsonSchema, Strict.OTAUpdateInfoSchema, Strict.OTAUpdateInfoCodec)).toEqualTypeOf<Forms<T.OTAUpdateInfoJson, T.OTAUpdateInfo>>();
  expectTypeOf(forms(Strict.ResourceNotFoundExceptionJsonSchema, Strict.ResourceNotFoundExceptionSchema, Strict.ResourceNotFoundExceptionCodec)).toEqualTypeOf<Forms<T.ResourceNotFoundExceptionJson, T.ResourceNotFoundException>>();
  expectTypeOf(forms(Strict.S3DestinationJsonSchema, Strict.S3DestinationSchema, Strict.S3DestinationCodec)).toEqualTypeOf<Forms<T.S3DestinationJson, T.S3Destination>>();
  expectTypeOf(forms(Strict.S3LocationJsonSchema, Strict.S3LocationSchema, Strict.S3LocationCodec)).toEqualTypeOf<Forms<T.S3LocationJson, T.S3Location>>();
  expectTypeOf(forms(Strict.ServiceUnavailableExceptionJsonSchema, Strict.ServiceUnavailableExceptionSchema, Strict.ServiceUnavailableExceptionCodec)).toEqualTypeOf<Forms<T.ServiceUnavailableExceptionJson, T.ServiceUnavailableException>>();
  expectTypeOf(forms(Strict.SigningProfileParameterJsonSchema, Strict.SigningProfileParameterSchema, Strict.SigningProfileParameterCodec)).toEqualTypeOf<Forms<T.SigningProfileParameterJson, T.SigningProfileParameter>>();
  expectTypeOf(forms(Strict.StartSigningJobParameterJsonSchema, Strict.StartSigningJobParameterSchema, Strict.StartSigningJobParameterCodec)).toEqualTypeOf<Forms<T.StartSigningJobParameterJson, T.StartSigningJobParameter>>();
  expectTypeOf(forms(Strict._StreamJsonSchema, Strict._StreamSchema, Strict._StreamCodec)).toEqualTypeOf<Forms<T._StreamJson, T._Stream>>();
  expectTypeOf(forms(Strict.ThrottlingExceptionJsonSchema, Strict.ThrottlingExceptionSchema, Strict.ThrottlingExceptionCodec)).toEqualTypeOf<Forms<T.ThrottlingExceptionJson, T.ThrottlingException>>();
  expectTypeOf(forms(Strict.UnauthorizedExceptionJsonSchema, Strict.UnauthorizedExceptionSchema, Strict.UnauthorizedExceptionCodec)).toEqualTypeOf<Forms<T.UnauthorizedExceptionJson, T.UnauthorizedException>>();
  });
});

describe('strict: the other shape kinds', () => {
  it('types', () => {
  expectTypeOf(forms(Strict.AdditionalParameterMapJsonSchema, Strict.AdditionalParameterMapSchema, Strict.AdditionalParameterMapCodec)).toEqualTypeOf<Forms<T.AdditionalParameterMapJson, T.AdditionalParameterMap>>();
  expectTypeOf(forms(Strict.AttributesMapJsonSchema, Strict.AttributesMapSchema, Strict.AttributesMapCodec)).toEqualTypeOf<Forms<T.AttributesMapJson, T.AttributesMap>>();
  expectTypeOf(forms(Strict.OTAUpdateFilesJsonSchema, Strict.OTAUpdateFilesSchema, Strict.OTAUpdateFilesCodec)).toEqualTypeOf<Forms<T.OTAUpdateFilesJson, T.OTAUpdateFiles>>();
  expectTypeOf(forms(Strict.ProtocolsJsonSchema, Strict.ProtocolsSchema, Strict.ProtocolsCodec)).toEqualTypeOf<Forms<T.ProtocolsJson, T.Protocols>>();
  expectTypeOf(forms(Strict.TargetsJsonSchema, Strict.TargetsSchema, Strict.TargetsCodec)).toEqualTypeOf<Forms<T.TargetsJson, T.Targets>>();
  expectTypeOf(forms(Strict.OTAUpdateStatusJsonSchema, Strict.OTAUpdateStatusSchema, Strict.OTAUpdateStatusCodec)).toEqualTypeOf<Forms<T.OTAUpdateStatusJson, T.OTAUpdateStatus>>();
  expectTypeOf(forms(Strict.ProtocolJsonSchema, Strict.ProtocolSchema, Strict.ProtocolCodec)).toEqualTypeOf<Forms<T.ProtocolJson, T.Protocol>>();
  expectTypeOf(forms(Strict.TargetSelectionJsonSchema, Strict.TargetSelectionSchema, Strict.TargetSelectionCodec)).toEqualTypeOf<Forms<T.TargetSelectionJson, T.TargetSelection>>();
  expectTypeOf(forms(Strict.DateTypeJsonSchema, Strict.DateTypeSchema, Strict.DateTypeCodec)).toEqualTypeOf<Forms<T.DateTypeJson, T.DateType>>();
  expectTypeOf(forms(Strict.SignatureJsonSchema, Strict.SignatureSchema, Strict.SignatureCodec)).toEqualTypeOf<Forms<T.SignatureJson, T.Signature>>();
  expectTypeOf(forms(Strict.AwsJobRolloutIncrementFactorJsonSchema, Strict.AwsJobRolloutIncrementFactorSchema, Strict.AwsJobRolloutIncrementFactorCodec)).toEqualTypeOf<Forms<T.AwsJobRolloutIncrementFactorJson, T.AwsJobRolloutIncrementFactor>>();
  expectTypeOf(forms(Strict.FileTypeJsonSchema, Strict.FileTypeSchema, Strict.FileTypeCodec)).toEqualTypeOf<Forms<T.FileTypeJson, T.FileType>>();
  expectTypeOf(forms(Strict.OTAUpdateIdJsonSchema, Strict.OTAUpdateIdSchema, Strict.OTAUpdateIdCodec)).toEqualTypeOf<Forms<T.OTAUpdateIdJson, T.OTAUpdateId>>();
  expectTypeOf(forms(Strict.OTAUpdateDescriptionJsonSchema, Strict.OTAUpdateDescriptionSchema, Strict.OTAUpdateDescriptionCodec)).toEqualTypeOf<Forms<T.OTAUpdateDescriptionJson, T.OTAUpdateDescription>>();
  expectTypeOf(forms(Strict.ExpiresInSecondsJsonSchema, Strict.ExpiresInSecondsSchema, Strict.ExpiresInSecondsCodec)).toEqualTypeOf<Forms<T.ExpiresInSecondsJson, T.ExpiresInSeconds>>();
  expectTypeOf(forms(Strict.ValueJsonSchema, Strict.ValueSchema, Strict.ValueCodec)).toEqualTypeOf<Forms<T.ValueJson, T.Value>>();
  });

  it('optional members are `?: T | undefined`, required ones plain', () => {
    expectTypeOf<z.output<typeof Strict.OTAUpdateInfoSchema>>().toHaveProperty('creationDate').toEqualTypeOf<Date | undefined>();
    expectTypeOf<z.output<typeof Strict.AwsJobExponentialRolloutRateSchema>['incrementFactor']>().toEqualTypeOf<number>();
    expectTypeOf<z.input<typeof Strict.AwsJobExponentialRolloutRateJsonSchema>['incrementFactor']>().toEqualTypeOf<number | 'NaN' | 'Infinity' | '-Infinity'>();
  });

  it('the request codec passes the path label through in its application form', () => {
    // An empty strict object: zod types it `Record<string, never>` (no key allowed), which the empty
    // interface `GetOTAUpdateRequestJson` accepts.
    expectTypeOf<z.input<typeof Strict.GetOTAUpdateRequestJsonSchema>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<z.output<typeof Strict.GetOTAUpdateRequestJsonSchema>>().toMatchTypeOf<T.GetOTAUpdateRequestJson>();
    expectTypeOf<z.output<typeof Strict.GetOTAUpdateRequestSchema>>().toEqualTypeOf<T.GetOTAUpdateRequest>();
    // The JSON body is empty (`GetOTAUpdateRequestJson` has no members); the label comes on top.
    expectTypeOf<z.input<typeof Strict.GetOTAUpdateRequestCodec>>().toEqualTypeOf<Pick<T.GetOTAUpdateRequest, 'otaUpdateId'>>();
    expectTypeOf<z.output<typeof Strict.GetOTAUpdateRequestCodec>>().toEqualTypeOf<T.GetOTAUpdateRequest>();
    expectTypeOf<z.output<typeof Strict.GetOTAUpdateSchemas.path>>().toEqualTypeOf<{ otaUpdateId: string }>();
  });

  it('the forms are not interchangeable', () => {
    // @ts-expect-error a Date is not epoch seconds
    const wire: T.OTAUpdateInfoJson = Strict.OTAUpdateInfoCodec.decode({});
    // @ts-expect-error epoch seconds are not a Date
    const app: T.OTAUpdateInfo = Strict.OTAUpdateInfoJsonSchema.parse({});
    void wire;
    void app;
  });
});

describe('lenient: outputs are the modeled types', () => {
  it('types', () => {
    expectTypeOf(outputs(Lenient.AwsJobExecutionsRolloutConfigJsonSchema, Lenient.AwsJobExecutionsRolloutConfigSchema, Lenient.AwsJobExecutionsRolloutConfigCodec)).toEqualTypeOf<{ wire: T.AwsJobExecutionsRolloutConfigJson; app: T.AwsJobExecutionsRolloutConfig; codec: T.AwsJobExecutionsRolloutConfig }>();
    expectTypeOf(outputs(Lenient.AwsJobExponentialRolloutRateJsonSchema, Lenient.AwsJobExponentialRolloutRateSchema, Lenient.AwsJobExponentialRolloutRateCodec)).toEqualTypeOf<{ wire: T.AwsJobExponentialRolloutRateJson; app: T.AwsJobExponentialRolloutRate; codec: T.AwsJobExponentialRolloutRate }>();
    expectTypeOf(outputs(Lenient.AwsJobPresignedUrlConfigJsonSchema, Lenient.AwsJobPresignedUrlConfigSchema, Lenient.AwsJobPresignedUrlConfigCodec)).toEqualTypeOf<{ wire: T.AwsJobPresignedUrlConfigJson; app: T.AwsJobPresignedUrlConfig; codec: T.AwsJobPresignedUrlConfig }>();
    expectTypeOf(outputs(Lenient.AwsJobRateIncreaseCriteriaJsonSchema, Lenient.AwsJobRateIncreaseCriteriaSchema, Lenient.AwsJobRateIncreaseCriteriaCodec)).toEqualTypeOf<{ wire: T.AwsJobRateIncreaseCriteriaJson; app: T.AwsJobRateIncreaseCriteria; codec: T.AwsJobRateIncreaseCriteria }>();
    expectTypeOf(outputs(Lenient.CodeSigningJsonSchema, Lenient.CodeSigningSchema, Lenient.CodeSigningCodec)).toEqualTypeOf<{ wire: T.CodeSigningJson; app: T.CodeSigning; codec: T.CodeSigning }>();
    expectTypeOf(outputs(Lenient.CodeSigningCertificateChainJsonSchema, Lenient.CodeSigningCertificateChainSchema, Lenient.CodeSigningCertificateChainCodec)).toEqualTypeOf<{ wire: T.CodeSigningCertificateChainJson; app: T.CodeSigningCertificateChain; codec: T.CodeSigningCertificateChain }>();
    expectTypeOf(outputs(Lenient.CodeSigningSignatureJsonSchema, Lenient.CodeSigningSignatureSchema, Lenient.CodeSigningSignatureCodec)).toEqualTypeOf<{ wire: T.CodeSigningSignatureJson; app: T.CodeSigningSignature; codec: T.CodeSigningSignature }>();
    expectTypeOf(outputs(Lenient.CustomCodeSigningJsonSchema, Lenient.CustomCodeSigningSchema, Lenient.CustomCodeSigningCodec)).toEqualTypeOf<{ wire: T.CustomCodeSigningJson; app: T.CustomCodeSigning; codec: T.CustomCodeSigning }>();
    expectTypeOf(outputs(Lenient.DestinationJsonSchema, Lenient.DestinationSchema, Lenient.DestinationCodec)).toEqualTypeOf<{ wire: T.DestinationJson; app: T.Destination; codec: T.Destination }>();
    expectTypeOf(outputs(Lenient.ErrorInfoJsonSchema, Lenient.ErrorInfoSchema, Lenient.ErrorInfoCodec)).toEqualTypeOf<{ wire: T.ErrorInfoJson; app: T.ErrorInfo; codec: T.ErrorInfo }>();
    expectTypeOf(outputs(Lenient.FileLocationJsonSchema, Lenient.FileLocationSchema, Lenient.FileLocationCodec)).toEqualTypeOf<{ wire: T.FileLocationJson; app: T.FileLocation; codec: T.FileLocation }>();
    expectTypeOf(outputs(Lenient.GetOTAUpdateResponseJsonSchema, Lenient.GetOTAUpdateResponseSchema, Lenient.GetOTAUpdateResponseCodec)).toEqualTypeOf<{ wire: T.GetOTAUpdateResponseJson; app: T.GetOTAUpdateResponse; codec: T.GetOTAUpdateResponse }>();
    expectTypeOf(outputs(Lenient.InternalFailureExceptionJsonSchema, Lenient.InternalFailureExceptionSchema, Lenient.InternalFailureExceptionCodec)).toEqualTypeOf<{ wire: T.InternalFailureExceptionJson; app: T.InternalFailureException; codec: T.InternalFailureException }>();
    expectTypeOf(outputs(Lenient.InvalidRequestExceptionJsonSchema, Lenient.InvalidRequestExceptionSchema, Lenient.InvalidRequestExceptionCodec)).toEqualTypeOf<{ wire: T.InvalidRequestExceptionJson; app: T.InvalidRequestException; codec: T.InvalidRequestException }>();
    expectTypeOf(outputs(Lenient.OTAUpdateFileJsonSchema, Lenient.OTAUpdateFileSchema, Lenient.OTAUpdateFileCodec)).toEqualTypeOf<{ wire: T.OTAUpdateFileJson; app: T.OTAUpdateFile; codec: T.OTAUpdateFile }>();
    expectTypeOf(outputs(Lenient.OTAUpdateInfoJsonSchema, Lenient.OTAUpdateInfoSchema, Lenient.OTAUpdateInfoCodec)).toEqualTypeOf<{ wire: T.OTAUpdateInfoJson; app: T.OTAUpdateInfo; codec: T.OTAUpdateInfo }>();
    expectTypeOf(outputs(Lenient.ResourceNotFoundExceptionJsonSchema, Lenient.ResourceNotFoundExceptionSchema, Lenient.ResourceNotFoundExceptionCodec)).toEqualTypeOf<{ wire: T.ResourceNotFoundExceptionJson; app: T.ResourceNotFoundException; codec: T.ResourceNotFoundException }>();
    expectTypeOf(outputs(Lenient.S3DestinationJsonSchema, Lenient.S3DestinationSchema, Lenient.S3DestinationCodec)).toEqualTypeOf<{ wire: T.S3DestinationJson; app: T.S3Destination; codec: T.S3Destination }>();
    expectTypeOf(outputs(Lenient.S3LocationJsonSchema, Lenient.S3LocationSchema, Lenient.S3LocationCodec)).toEqualTypeOf<{ wire: T.S3LocationJson; app: T.S3Location; codec: T.S3Location }>();
    expectTypeOf(outputs(Lenient.ServiceUnavailableExceptionJsonSchema, Lenient.ServiceUnavailableExceptionSchema, Lenient.ServiceUnavailableExceptionCodec)).toEqualTypeOf<{ wire: T.ServiceUnavailableExceptionJson; app: T.ServiceUnavailableException; codec: T.ServiceUnavailableException }>();
    expectTypeOf(outputs(Lenient.SigningProfileParameterJsonSchema, Lenient.SigningProfileParameterSchema, Lenient.SigningProfileParameterCodec)).toEqualTypeOf<{ wire: T.SigningProfileParameterJson; app: T.SigningProfileParameter; codec: T.SigningProfileParameter }>();
    expectTypeOf(outputs(Lenient.StartSigningJobParameterJsonSchema, Lenient.StartSigningJobParameterSchema, Lenient.StartSigningJobParameterCodec)).toEqualTypeOf<{ wire: T.StartSigningJobParameterJson; app: T.StartSigningJobParameter; codec: T.StartSigningJobParameter }>();
    expectTypeOf(outputs(Lenient._StreamJsonSchema, Lenient._StreamSchema, Lenient._StreamCodec)).toEqualTypeOf<{ wire: T._StreamJson; app: T._Stream; codec: T._Stream }>();
    expectTypeOf(outputs(Lenient.ThrottlingExceptionJsonSchema, Lenient.ThrottlingExceptionSchema, Lenient.ThrottlingExceptionCodec)).toEqualTypeOf<{ wire: T.ThrottlingExceptionJson; app: T.ThrottlingException; codec: T.ThrottlingException }>();
    expectTypeOf(outputs(Lenient.UnauthorizedExceptionJsonSchema, Lenient.UnauthorizedExceptionSchema, Lenient.UnauthorizedExceptionCodec)).toEqualTypeOf<{ wire: T.UnauthorizedExceptionJson; app: T.UnauthorizedException; codec: T.UnauthorizedException }>();
    expectTypeOf(outputs(Lenient.AdditionalParameterMapJsonSchema, Lenient.AdditionalParameterMapSchema, Lenient.AdditionalParameterMapCodec)).toEqualTypeOf<{ wire: T.AdditionalParameterMapJson; app: T.AdditionalParameterMap; codec: T.AdditionalParameterMap }>();
    expectTypeOf(outputs(Lenient.AttributesMapJsonSchema, Lenient.AttributesMapSchema, Lenient.AttributesMapCodec)).toEqualTypeOf<{ wire: T.AttributesMapJson; app: T.AttributesMap; codec: T.AttributesMap }>();
    expectTypeOf(outputs(Lenient.OTAUpdateFilesJsonSchema, Lenient.OTAUpdateFilesSchema, Lenient.OTAUpdateFilesCodec)).toEqualTypeOf<{ wire: T.OTAUpdateFilesJson; app: T.OTAUpdateFiles; codec: T.OTAUpdateFiles }>();
    expectTypeOf(outputs(Lenient.ProtocolsJsonSchema, Lenient.ProtocolsSchema, Lenient.ProtocolsCodec)).toEqualTypeOf<{ wire: T.ProtocolsJson; app: T.Protocols; codec: T.Protocols }>();
    expectTypeOf(outputs(Lenient.TargetsJsonSchema, Lenient.TargetsSchema, Lenient.TargetsCodec)).toEqualTypeOf<{ wire: T.TargetsJson; app: T.Targets; codec: T.Targets }>();
    expectTypeOf(outputs(Lenient.OTAUpdateStatusJsonSchema, Lenient.OTAUpdateStatusSchema, Lenient.OTAUpdateStatusCodec)).toEqualTypeOf<{ wire: T.OTAUpdateStatusJson; app: T.OTAUpdateStatus; codec: T.OTAUpdateStatus }>();
    expectTypeOf(outputs(Lenient.ProtocolJsonSchema, Lenient.ProtocolSchema, Lenient.ProtocolCodec)).toEqualTypeOf<{ wire: T.ProtocolJson; app: T.Protocol; codec: T.Protocol }>();
    expectTypeOf(outputs(Lenient.TargetSelectionJsonSchema, Lenient.TargetSelectionSchema, Lenient.TargetSelectionCodec)).toEqualTypeOf<{ wire: T.TargetSelectionJson; app: T.TargetSelection; codec: T.TargetSelection }>();
    expectTypeOf(outputs(Lenient.DateTypeJsonSchema, Lenient.DateTypeSchema, Lenient.DateTypeCodec)).toEqualTypeOf<{ wire: T.DateTypeJson; app: T.DateType; codec: T.DateType }>();
    expectTypeOf(outputs(Lenient.SignatureJsonSchema, Lenient.SignatureSchema, Lenient.SignatureCodec)).toEqualTypeOf<{ wire: T.SignatureJson; app: T.Signature; codec: T.Signature }>();
    expectTypeOf(outputs(Lenient.AwsJobRolloutIncrementFactorJsonSchema, Lenient.AwsJobRolloutIncrementFactorSchema, Lenient.AwsJobRolloutIncrementFactorCodec)).toEqualTypeOf<{ wire: T.AwsJobRolloutIncrementFactorJson; app: T.AwsJobRolloutIncrementFactor; codec: T.AwsJobRolloutIncrementFactor }>();
    expectTypeOf(outputs(Lenient.FileTypeJsonSchema, Lenient.FileTypeSchema, Lenient.FileTypeCodec)).toEqualTypeOf<{ wire: T.FileTypeJson; app: T.FileType; codec: T.FileType }>();
    expectTypeOf(outputs(Lenient.OTAUpdateIdJsonSchema, Lenient.OTAUpdateIdSchema, Lenient.OTAUpdateIdCodec)).toEqualTypeOf<{ wire: T.OTAUpdateIdJson; app: T.OTAUpdateId; codec: T.OTAUpdateId }>();
    expectTypeOf(outputs(Lenient.OTAUpdateDescriptionJsonSchema, Lenient.OTAUpdateDescriptionSchema, Lenient.OTAUpdateDescriptionCodec)).toEqualTypeOf<{ wire: T.OTAUpdateDescriptionJson; app: T.OTAUpdateDescription; codec: T.OTAUpdateDescription }>();
    expectTypeOf(outputs(Lenient.ExpiresInSecondsJsonSchema, Lenient.ExpiresInSecondsSchema, Lenient.ExpiresInSecondsCodec)).toEqualTypeOf<{ wire: T.ExpiresInSecondsJson; app: T.ExpiresInSeconds; codec: T.ExpiresInSeconds }>();
    expectTypeOf(outputs(Lenient.ValueJsonSchema, Lenient.ValueSchema, Lenient.ValueCodec)).toEqualTypeOf<{ wire: T.ValueJson; app: T.Value; codec: T.Value }>();
  });

  it('inputs accept every strict wire value', () => {
    expectTypeOf<T.GetOTAUpdateResponseJson>().toMatchTypeOf<z.input<typeof Lenient.GetOTAUpdateResponseCodec>>();
    expectTypeOf<T.AwsJobExponentialRolloutRateJson>().toMatchTypeOf<z.input<typeof Lenient.AwsJobExponentialRolloutRateCodec>>();
  });
});

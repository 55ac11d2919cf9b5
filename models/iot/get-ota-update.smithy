// AWS IoT GetOTAUpdate in Smithy IDL 2.0: the same model as get-ota-update.json (test/idl/get-ota-update.test.ts
// checks both assemble to one model and generate byte-identical packages). Written by
// `ota-codegen idl models/iot/get-ota-update.json`.
$version: "2.0"
$operationInputSuffix: "Request"
$operationOutputSuffix: "Response"

namespace com.amazonaws.iot

/// Control-plane API for AWS IoT, trimmed here to the single GetOTAUpdate operation.
@aws.api#service(
    sdkId: "IoT"
    arnNamespace: "iot"
    cloudFormationName: "IoT"
    cloudTrailEventSource: "iot.amazonaws.com"
    endpointPrefix: "iot"
)
@aws.auth#sigv4(name: "iot")
@aws.protocols#restJson1
@title("AWS IoT")
service AWSIotService {
    version: "2015-05-28"
    operations: [GetOTAUpdate]
}

/// Returns the details of one OTA update.
@http(method: "GET", uri: "/otaUpdates/{otaUpdateId}", code: 200)
operation GetOTAUpdate {
    input := {
        /// Identifier of the OTA update to look up.
        @httpLabel
        @required
        otaUpdateId: OTAUpdateId
    }
    output := {
        /// Everything known about the requested OTA update.
        otaUpdateInfo: OTAUpdateInfo
    }
    errors: [
        InternalFailureException
        InvalidRequestException
        ResourceNotFoundException
        ServiceUnavailableException
        ThrottlingException
        UnauthorizedException
    ]
}

map AdditionalParameterMap {
    key: AttributeKey
    value: Value
}

string AttributeKey

map AttributesMap {
    key: AttributeKey
    value: Value
}

string AwsIotJobArn

string AwsIotJobId

/// How fast the job behind an OTA update is pushed out to devices.
structure AwsJobExecutionsRolloutConfig {
    /// Upper bound on job executions started each minute.
    maximumPerMinute: MaximumPerMinute

    /// Settings for a rollout whose rate grows over time.
    exponentialRate: AwsJobExponentialRolloutRate
}

/// Parameters of a rollout that speeds up by a fixed factor.
structure AwsJobExponentialRolloutRate {
    /// Starting number of devices notified per minute.
    @required
    baseRatePerMinute: AwsJobRolloutRatePerMinute

    /// Multiplier applied to the rate each time the criteria are met.
    @required
    incrementFactor: AwsJobRolloutIncrementFactor = 0

    /// Condition that triggers the next rate increase.
    @required
    rateIncreaseCriteria: AwsJobRateIncreaseCriteria
}

/// Settings for the pre-signed URLs handed to devices over HTTP.
structure AwsJobPresignedUrlConfig {
    /// Lifetime of each pre-signed URL, in seconds.
    expiresInSec: ExpiresInSeconds
}

/// Thresholds that cause the rollout rate to step up.
structure AwsJobRateIncreaseCriteria {
    /// Step up once this many devices have been notified.
    numberOfNotifiedThings: AwsJobRateIncreaseCriteriaNumberOfThings

    /// Step up once this many devices have finished successfully.
    numberOfSucceededThings: AwsJobRateIncreaseCriteriaNumberOfThings
}

@range(min: 1)
integer AwsJobRateIncreaseCriteriaNumberOfThings

@default(0)
double AwsJobRolloutIncrementFactor

@range(min: 1, max: 1000)
integer AwsJobRolloutRatePerMinute

string CertificateArn

string CertificateName

string CertificatePathOnDevice

string Code

/// How a file in the update is signed.
structure CodeSigning {
    /// Identifier of the signer job that produced the signature.
    awsSignerJobId: SigningJobId

    /// Inputs used to start a new signing job.
    startSigningJobParameter: StartSigningJobParameter

    /// A signature supplied by the caller instead of a signer job.
    customCodeSigning: CustomCodeSigning
}

/// Certificate chain that goes with a custom signature.
structure CodeSigningCertificateChain {
    /// Name of the certificate.
    certificateName: CertificateName

    /// Base64 text of the certificate chain.
    inlineDocument: InlineDocument
}

/// A signature over a file.
structure CodeSigningSignature {
    /// Raw signature bytes.
    inlineDocument: Signature
}

/// Caller-provided signing material for a file.
structure CustomCodeSigning {
    /// The signature itself.
    signature: CodeSigningSignature

    /// Chain used to verify the signature.
    certificateChain: CodeSigningCertificateChain

    /// Name of the digest algorithm that was used.
    hashAlgorithm: HashAlgorithm

    /// Name of the signing algorithm that was used.
    signatureAlgorithm: SignatureAlgorithm
}

timestamp DateType

/// Where a signed file is written.
structure Destination {
    /// The S3 target for the signed file.
    s3Destination: S3Destination
}

/// Details of a failure of the OTA update.
structure ErrorInfo {
    /// Machine-readable failure code.
    code: Code

    /// Human-readable failure text.
    message: OTAUpdateErrorMessage
}

string ErrorMessage2

long ExpiresInSeconds

@range(min: 0, max: 255)
integer FileId

/// Where the file of an update can be fetched from.
structure FileLocation {
    /// An IoT stream carrying the file.
    stream: Stream

    /// An S3 object holding the file.
    s3Location: S3Location
}

string FileName

@range(min: 0, max: 255)
integer FileType

string HashAlgorithm

string InlineDocument

/// The service hit an unexpected internal problem.
@error("server")
@httpError(500)
structure InternalFailureException {
    /// Text describing what went wrong.
    message: ErrorMessage2
}

/// The request was malformed or had bad values.
@error("client")
@httpError(400)
structure InvalidRequestException {
    /// Text describing what went wrong.
    message: ErrorMessage2
}

@range(min: 1, max: 1000)
integer MaximumPerMinute

string OTAUpdateArn

@length(min: 0, max: 2028)
@pattern("^[^\\p{C}]+$")
string OTAUpdateDescription

string OTAUpdateErrorMessage

/// One file delivered as part of an OTA update.
structure OTAUpdateFile {
    /// Name of the file.
    fileName: FileName

    /// Small number devices can use to tell file kinds apart.
    fileType: FileType

    /// Version label of the file.
    fileVersion: OTAUpdateFileVersion

    /// Where the file is stored.
    fileLocation: FileLocation

    /// How the file is signed.
    codeSigning: CodeSigning

    /// Free-form name/value pairs attached to the file.
    attributes: AttributesMap
}

string OTAUpdateFileVersion

@length(min: 1)
list OTAUpdateFiles {
    member: OTAUpdateFile
}

@length(min: 1, max: 128)
@pattern("^[a-zA-Z0-9_-]+$")
string OTAUpdateId

/// Full description of an OTA update.
structure OTAUpdateInfo {
    /// Identifier of the update.
    otaUpdateId: OTAUpdateId

    /// ARN of the update.
    otaUpdateArn: OTAUpdateArn

    /// When the update was created.
    creationDate: DateType

    /// When the update last changed.
    lastModifiedDate: DateType

    /// Free text describing the update.
    description: OTAUpdateDescription

    /// Devices or groups the update is aimed at.
    targets: Targets

    /// Transports devices may use to download the image.
    protocols: Protocols

    /// Pacing of the underlying job rollout.
    awsJobExecutionsRolloutConfig: AwsJobExecutionsRolloutConfig

    /// Pre-signed URL settings for HTTP downloads.
    awsJobPresignedUrlConfig: AwsJobPresignedUrlConfig

    /// Whether the update keeps running for new targets or stops after the first pass.
    targetSelection: TargetSelection

    /// Files that make up the update.
    otaUpdateFiles: OTAUpdateFiles

    /// Current lifecycle state of the update.
    otaUpdateStatus: OTAUpdateStatus

    /// Identifier of the IoT job created for the update.
    awsIotJobId: AwsIotJobId

    /// ARN of the IoT job created for the update.
    awsIotJobArn: AwsIotJobArn

    /// Failure details, if the update failed.
    errorInfo: ErrorInfo

    /// Extra name/value pairs supplied when the update was created.
    additionalParameters: AdditionalParameterMap
}

enum OTAUpdateStatus {
    CREATE_PENDING

    CREATE_IN_PROGRESS

    CREATE_COMPLETE

    CREATE_FAILED

    DELETE_IN_PROGRESS

    DELETE_FAILED
}

string Platform

string Prefix

enum Protocol {
    MQTT

    HTTP
}

@length(min: 1, max: 2)
list Protocols {
    member: Protocol
}

/// No resource exists with the given identifier.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    /// Text describing what went wrong.
    message: ErrorMessage2
}

@length(min: 1)
string S3Bucket

/// An S3 bucket and prefix to write into.
structure S3Destination {
    /// Bucket that receives the file.
    bucket: S3Bucket

    /// Key prefix for the written object.
    prefix: Prefix
}

@length(min: 1)
string S3Key

/// A specific S3 object.
structure S3Location {
    /// Bucket holding the object.
    bucket: S3Bucket

    /// Key of the object.
    key: S3Key

    /// Version of the object.
    version: S3Version
}

string S3Version

/// The service cannot take the request right now.
@error("server")
@httpError(503)
structure ServiceUnavailableException {
    /// Text describing what went wrong.
    message: ErrorMessage2
}

blob Signature

string SignatureAlgorithm

string SigningJobId

string SigningProfileName

/// Device-side details for a signing profile.
structure SigningProfileParameter {
    /// ARN of the signing certificate.
    certificateArn: CertificateArn

    /// Hardware platform of the target device.
    platform: Platform

    /// Path where the device keeps the signing certificate.
    certificatePathOnDevice: CertificatePathOnDevice
}

/// Inputs for starting a signing job.
structure StartSigningJobParameter {
    /// Profile details to sign with.
    signingProfileParameter: SigningProfileParameter

    /// Name of the signing profile.
    signingProfileName: SigningProfileName

    /// Where the signed output goes.
    destination: Destination
}

/// A file inside an IoT stream.
structure Stream {
    /// Identifier of the stream.
    streamId: StreamId

    /// Index of the file within the stream.
    fileId: FileId
}

@length(min: 1, max: 128)
@pattern("^[a-zA-Z0-9_-]+$")
string StreamId

string Target

enum TargetSelection {
    CONTINUOUS

    SNAPSHOT
}

@length(min: 1)
list Targets {
    member: Target
}

/// The caller is sending requests too quickly.
@error("client")
@httpError(400)
structure ThrottlingException {
    /// Text describing what went wrong.
    message: ErrorMessage2
}

/// The caller is not allowed to make this request.
@error("client")
@httpError(401)
structure UnauthorizedException {
    /// Text describing what went wrong.
    message: ErrorMessage2
}

@length(min: 0, max: 4096)
@pattern("^[\\s\\S]*$")
string Value

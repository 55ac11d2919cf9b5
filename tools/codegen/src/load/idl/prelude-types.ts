/**
 * Every shape of the Smithy prelude (`smithy.api`) by type: what relative shape id resolution and
 * annotation traits need to know of the prelude, so no prelude file is read at run time. Taken from
 * smithy-lang/smithy's prelude.smithy (commit 0f7323128b0606a1b94b1ac482c94d3800a22708);
 * test/idl/prelude.test.ts checks it still matches that file.
 */

const BY_TYPE: Record<string, string> = {
  bigDecimal:
    'BigDecimal',
  bigInteger:
    'BigInteger',
  blob:
    'Blob',
  boolean:
    'Boolean PrimitiveBoolean',
  byte:
    'Byte PrimitiveByte',
  document:
    'Document default enumValue',
  double:
    'Double PrimitiveDouble',
  enum:
    'HttpApiKeyLocations Severity StructurallyExclusive TraitChangeType error timestampFormat',
  float:
    'Float PrimitiveFloat',
  integer:
    'Integer PrimitiveInteger httpError',
  list:
    'IdempotentErrors LocalMixinTraitList Namespaces NonEmptyStringList ' +
    'RequestCompressionEncodingsList ShapeClosures TraitDiffRules TraitShapeIdList auth enum ' +
    'examples references suppress tags',
  long:
    'Long PrimitiveLong',
  map:
    'NonEmptyStringMap Renames externalDocumentation traitValidators',
  short:
    'PrimitiveShort Short',
  string:
    'AuthTraitReference ClosureId CommonMark EnumConstantBodyName Identifier LocalMixinTrait ' +
    'NonEmptyString String TraitShapeId documentation httpHeader httpPrefixHeaders httpQuery ' +
    'jsonName mediaType pattern resourceIdentifier since title xmlName',
  structure:
    'EnumDefinition Example ExampleError Reference ShapeClosure TraitDiffRule TraitValidator ' +
    'Unit addedDefault authDefinition box clientOptional cors deprecated endpoint eventHeader ' +
    'eventPayload hostLabel http httpApiKeyAuth httpBasicAuth httpBearerAuth ' +
    'httpChecksumRequired httpDigestAuth httpLabel httpPayload httpQueryParams ' +
    'httpResponseCode idRef idempotencyToken idempotent input internal length longPoll ' +
    'metadata mixin nestedProperties noReplace notProperty optionalAuth output paginated ' +
    'private property protocolDefinition range readonly recommended requestCompression ' +
    'required requiresLength retryable sensitive sparse streaming trait uniqueItems unitType ' +
    'unstable xmlAttribute xmlFlattened xmlNamespace',
  timestamp:
    'Timestamp',
};

export const PRELUDE_TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries(BY_TYPE).flatMap(([type, names]) => names.split(' ').map((name): [string, string] => [`smithy.api#${name}`, type])),
);

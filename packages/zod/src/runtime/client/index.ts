/** What the generated client decoders (client.gen.ts) import (as `rc`). */
export { decodeResponse, ResponseDecodeError, type BoundMember, type DecodedResponse, type OperationDecoding, type ResponseInput, type StructureDecoding } from './decode.js';
export { errorTypeOf, sanitizeErrorType } from './error-type.js';
export { mediaTypeHeaderText, parseHeaderList, parseHeaderScalar, splitHeaderList } from './http-values.js';

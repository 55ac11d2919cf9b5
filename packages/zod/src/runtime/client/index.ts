/** What the generated client decoders (client.gen.ts) import (as `rc`). */
export { decodeResponse, ResponseDecodeError, type BoundMember, type DecodedResponse, type OperationDecoding, type ResponseInput, type StructureDecoding } from './decode.js';
export { errorTypeOf, sanitizeErrorType } from './error-type.js';
export { mediaTypeHeaderText, parseHeaderList, parseHeaderScalar, splitHeaderList } from './http-values.js';
export { requestUrl, RequestSerializeError, serializeRequest, type InputEncoding, type OperationEncoding, type PathSegment, type RequestBound, type RequestPayload, type SerializedRequest, type SerializeOptions } from './encode.js';
export { fillDefaults, type DefaultMember, type DefaultsNode, type DefaultsTable } from './defaults.js';
export { headerListText, percentEncode, scalarText } from './http-text.js';
export { compressRequest } from './compress-request.js';
export { md5 } from './md5.js';

/** Model-independent runtime of @ota-contract/msw; the generated `handlers.gen.ts` builds on it. */

export type { MemberBinding, MemberCodec, MemberLocation, ValueType } from './bindings.js';
export { createMockControl, type CallPlan, type DelayOptions, type FailureOptions, type MockControl } from './control.js';
export { readInput, type ReadInput } from './input.js';
export { checkInputRules, validationMessage, type InputCheck, type InputRuleTable, type MemberRule, type ShapeRule, type Violation } from './input-rules.js';
export { createOperationHandler, createOperationStore, type HandlerOptions, type OperationHandlerOptions, type OperationSpec } from './operation.js';
export { createEventStreamHandler, EVENT_STREAM_MEDIA_TYPE, eventStreamResolver, withEventStreams, type EventStreamBinding, type EventStreamCodec, type EventStreamSpec } from './event-stream.js';
export { createModeledError, ModeledError, resolveCall, type ErrorSpec, type MockResolver, type ResolvedResponse, type ResolverContext, type ResolverSpec } from './resolver.js';
export { prepareOutput } from './output.js';
export { decodeLabel, matchPath, type PathSegment, type PathTemplate } from './path.js';
export { createRequestIds, type RequestIds } from './request-id.js';
export { defaultErrorMessage, errorResponse, modeledErrorResponse, type ErrorMeta, type ErrorTable } from './responses.js';
export { MockStore, storeKey, type MockStoreOptions, type PreparedResponse } from './store.js';
export { check, ContractViolationError, formatIssues, formatPath, type CheckResult, type IssueLike, type SafeParser } from './validation.js';
export { base64ToBytes, bytesToBase64, fromWire, toWire, type ScalarKind, type TimestampFormat } from './wire-values.js';
export { dataSet, loadWireData, wireDecoder, type MockDataSet } from './data.js';

/**
 * @ota-contract/msw: MSW 2 handlers that answer like AWS IoT on the wire (restJson1), backed by
 * contract-checked stores, with failure and delay injection. The standalone HTTP mock server is
 * at `@ota-contract/msw/server` (Node only).
 */

export * from './handlers.gen.js';
export {
  ContractViolationError,
  MockStore,
  ModeledError,
  createMockControl,
  createRequestIds,
  loadWireData,
  type CallPlan,
  type DelayOptions,
  type ErrorMeta,
  type ErrorTable,
  type FailureOptions,
  type HandlerOptions,
  type MockControl,
  type MockDataSet,
  type MockResolver,
  type ResolverContext,
  type RequestIds,
} from './runtime/index.js';

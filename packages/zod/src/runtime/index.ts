/** What generated schemas import (as `rt`). Model-independent; each module is tested on its own. */
export * from './leaves.js';
export * from './wrappers.js';
export * from './union.js';
export * from './dense.js';
export * as check from './checks.js';
export { MSG } from './messages.js';
export { base64ToBytes } from './base64.js';
export { eventStream } from './event-stream/schema.js';

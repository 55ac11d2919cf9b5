/** Runtime helpers exported by both entry points (`@ota-contract/zod` and `@ota-contract/zod/lenient`). */
export { formatIssues, formatPath, MAX_ISSUES } from './issues.js';
export { MSG as validationMessages } from './messages.js';
export { codePointLength } from './code-points.js';
export { base64ToBytes, bytesToBase64, isBase64 } from './base64.js';
export { dateToEpochSeconds, epochSecondsToDate } from './timestamps.js';
export type { JsonValue } from './leaves.js';

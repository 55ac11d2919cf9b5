/** The `application/vnd.amazon.eventstream` codec and the restJson1 event mapping (model-independent). */
export { crc32 } from './crc32.js';
export { decodeMessage, encodeMessage, EventStreamError, MAX_MESSAGE_BYTES, type EventStreamMessage, type HeaderValue, type MessageHeaders } from './message.js';
export { collectBytes, decodeMessages, encodeMessages, type ByteSource } from './stream.js';
export {
  decodeEventStream,
  encodeEventStream,
  EVENT_STREAM_MEDIA_TYPE,
  eventToMessage,
  EventStreamException,
  messageToEvent,
  UnmodeledEventStreamError,
  type EventCheck,
  type EventCodec,
  type EventHeaderKind,
  type EventMemberPlan,
  type EventStreamPlan,
} from './events.js';

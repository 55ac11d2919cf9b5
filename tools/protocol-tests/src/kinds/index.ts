/** Every case kind the runner knows, in the order they are asked to claim a case. Add new kinds here. */

import type { CaseKind } from '../types.js';
import { clientRequest } from './client-request.js';
import { eventStream } from './event-stream.js';
import { bothSides, clientResponse } from './client-response.js';
import { malformed } from './malformed.js';
import { serverRequest } from './server-request.js';
import { serverResponse } from './server-response.js';

export const kinds: readonly CaseKind[] = [bothSides(serverRequest, clientRequest), serverRequest, bothSides(serverResponse, clientResponse), serverResponse, clientResponse, malformed, clientRequest, eventStream];

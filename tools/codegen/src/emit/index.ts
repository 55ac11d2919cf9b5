import type { Emitter } from './emitter.js';
import { fixturesEmitter } from './fixtures/index.js';
import { jsonSchemaEmitter } from './json-schema/index.js';
import { mswEmitter } from './msw/index.js';
import { openApiEmitter } from './openapi/index.js';
import { typesEmitter } from './types/index.js';
import { zodEmitter } from './zod/index.js';

/** Every package emitter, in the order progress lines show them. Output order is by path regardless. */
export const emitters: readonly Emitter[] = [typesEmitter, jsonSchemaEmitter, openApiEmitter, zodEmitter, fixturesEmitter, mswEmitter];

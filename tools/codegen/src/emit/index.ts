import type { Emitter } from './emitter.js';
import { typesEmitter } from './types/index.js';

/** Every package emitter, in the order progress lines show them. Output order is by path regardless. */
export const emitters: readonly Emitter[] = [typesEmitter];

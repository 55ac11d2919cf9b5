/**
 * The generated MSW side of one service, as the server kinds use it: handlers of every operation
 * made once per service through the public `createHandlers({ resolvers, control })` (making them
 * per case costs ~100 ms on the 113-operation service), each operation's resolver delegating to
 * what the running case installs; the control is reset before every call so no state leaks.
 * Requests are answered in-process with msw's `getResponse`.
 */

import { getResponse, type HttpHandler } from 'msw';
import type { IrOperation } from '../../codegen/src/ir/types.js';
import type { GeneratedService } from './types.js';

/** A case's resolvers by operation name. */
export type Resolvers = Readonly<Record<string, (input: unknown) => unknown>>;

interface MswModule {
  createHandlers(options: { resolvers?: Record<string, (input: unknown) => unknown>; control?: unknown }): HttpHandler[];
  createMockControl(errors: unknown): { reset(): void };
  mockErrors: unknown;
  ModeledError: new (name: string, fields: unknown) => Error;
}

interface ServiceHandlers {
  msw: MswModule;
  handlers: HttpHandler[];
  control: { reset(): void };
  current: Resolvers;
}

const cache = new WeakMap<GeneratedService, Promise<ServiceHandlers>>();

async function build(service: GeneratedService): Promise<ServiceHandlers> {
  const msw = (await service.load('msw')) as unknown as MswModule;
  const control = msw.createMockControl(msw.mockErrors);
  const state: ServiceHandlers = { msw, handlers: [], control, current: {} };
  const resolvers = Object.fromEntries(
    service.model.operations.map((o) => [
      o.name,
      (input: unknown) => {
        const resolver = state.current[o.name];
        // Malformed-request cases install none: reaching a resolver means the request was accepted.
        if (!resolver) throw new Error(`the request was accepted by ${o.name} (it reached the operation's resolver)`);
        return resolver(input);
      },
    ]),
  );
  state.handlers = msw.createHandlers({ resolvers, control });
  return state;
}

function handlersOf(service: GeneratedService): Promise<ServiceHandlers> {
  let entry = cache.get(service);
  if (!entry) {
    entry = build(service);
    cache.set(service, entry);
  }
  return entry;
}

export async function mswOf(service: GeneratedService): Promise<MswModule> {
  return (await handlersOf(service)).msw;
}

/** Answers `request` with the service's handlers and these resolvers; undefined when no handler matched. */
export async function answer(service: GeneratedService, request: Request, resolvers: Resolvers = {}): Promise<Response | undefined> {
  const state = await handlersOf(service);
  state.control.reset();
  state.current = resolvers;
  try {
    return await getResponse(state.handlers, request);
  } finally {
    state.current = {};
  }
}

export function operationOf(service: GeneratedService, id: string): IrOperation | undefined {
  return service.model.operations.find((o) => o.id === id);
}

export async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

export const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n').slice(0, 6).join(' | ');

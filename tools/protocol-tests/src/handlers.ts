/**
 * The generated MSW side of one service, as the server kinds use it: handlers of every operation
 * (through the public `createHandlers({ resolvers, control })`, on a fresh control per call so no
 * state leaks between cases), and a request answered in-process with msw's `getResponse`.
 */

import { getResponse, type HttpHandler } from 'msw';
import type { IrOperation } from '../../codegen/src/ir/types.js';
import type { GeneratedService } from './types.js';

type Resolver = (input: unknown, context: { operation: string }) => unknown;

interface MswModule {
  createHandlers(options: { resolvers?: Record<string, Resolver>; control?: unknown }): HttpHandler[];
  createMockControl(errors: unknown): unknown;
  mockErrors: unknown;
  ModeledError: new (name: string, fields: unknown) => Error;
}

export async function mswOf(service: GeneratedService): Promise<MswModule> {
  return (await service.load('msw')) as unknown as MswModule;
}

/** Answers `request` with the service's handlers; undefined when no handler matched. */
export async function answer(msw: MswModule, request: Request, resolvers: Record<string, Resolver> = {}): Promise<Response | undefined> {
  const handlers = msw.createHandlers({ resolvers, control: msw.createMockControl(msw.mockErrors) });
  return getResponse(handlers, request);
}

export function operationOf(service: GeneratedService, id: string): IrOperation | undefined {
  return service.model.operations.find((o) => o.id === id);
}

export async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

export const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n').slice(0, 6).join(' | ');

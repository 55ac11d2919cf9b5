/**
 * A small restJson1 model with one of each thing the diff classifies: an http-bound input, a
 * structure with constrained members, an enum, a list, and two errors that share status 400.
 * Tests copy it, change one thing, and run both through the real loader and IR builder.
 */
import { irFromText } from '../../src/diff/index.js';
import type { IrModel } from '../../src/ir/types.js';

export type Ast = { smithy: string; shapes: Record<string, any> };
export const ID = (name: string) => `example.things#${name}`;

export function smallModel(): Ast {
  return {
    smithy: '2.0',
    shapes: {
      [ID('Things')]: {
        type: 'service',
        version: '2024-01-01',
        operations: [{ target: ID('GetThing') }],
        traits: { 'aws.protocols#restJson1': {}, 'smithy.api#documentation': 'Things.' },
      },
      [ID('GetThing')]: {
        type: 'operation',
        input: { target: ID('GetThingRequest') },
        output: { target: ID('GetThingResponse') },
        errors: [{ target: ID('BadRequest') }, { target: ID('Throttled') }],
        traits: { 'smithy.api#http': { method: 'GET', uri: '/things/{thingId}', code: 200 } },
      },
      [ID('GetThingRequest')]: {
        type: 'structure',
        members: { thingId: { target: ID('ThingId'), traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } } },
        traits: { 'smithy.api#input': {} },
      },
      [ID('GetThingResponse')]: {
        type: 'structure',
        members: { thing: { target: ID('Thing') } },
        traits: { 'smithy.api#output': {} },
      },
      [ID('Thing')]: {
        type: 'structure',
        members: {
          name: { target: ID('ThingName'), traits: { 'smithy.api#required': {}, 'smithy.api#documentation': 'The name.' } },
          size: { target: ID('Size') },
          status: { target: ID('Status') },
          tags: { target: ID('Tags') },
          note: { target: ID('Note') },
        },
        traits: { 'smithy.api#documentation': 'A thing.' },
      },
      [ID('ThingId')]: { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 64 }, 'smithy.api#pattern': '^[a-z0-9-]+$' } },
      [ID('ThingName')]: { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 128 } } },
      [ID('Size')]: { type: 'integer', traits: { 'smithy.api#range': { min: 0, max: 100 } } },
      [ID('Note')]: { type: 'string' },
      [ID('Status')]: {
        type: 'enum',
        members: {
          READY: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'READY' } },
          BUSY: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'BUSY' } },
        },
      },
      [ID('Tags')]: { type: 'list', member: { target: ID('Tag') }, traits: { 'smithy.api#length': { max: 10 } } },
      [ID('Tag')]: { type: 'string' },
      [ID('BadRequest')]: {
        type: 'structure',
        members: { message: { target: ID('Message') } },
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 400 },
      },
      [ID('Throttled')]: {
        type: 'structure',
        members: { message: { target: ID('Message') } },
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 400 },
      },
      [ID('Message')]: { type: 'string' },
    },
  };
}

export function ir(ast: Ast): IrModel {
  return irFromText(JSON.stringify(ast), 'models/things.json');
}

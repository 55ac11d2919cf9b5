/**
 * Models for the hostile-input tests: a small valid restJson1 service (one GET operation with a label,
 * a query, a header, an enum, a union, an error) that each test breaks or loads with payloads, and
 * helpers that run the real CLI on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const root = resolve(import.meta.dirname, '../../../..');
const cli = join(root, 'tools/codegen/bin/ota-codegen.js');

export const NS = 'ex.hostile';
export const ID = (name: string) => `${NS}#${name}`;

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Model = { smithy: string; shapes: Record<string, any> };

/** The valid base model; `doc`, `text` and friends are filled by the caller (plain text by default). */
export function baseModel(t: { doc?: string; text?: string; header?: string; version?: string } = {}): Model {
  const doc = t.doc ?? 'Documentation.';
  const text = t.text ?? 'text';
  return {
    smithy: '2.0',
    shapes: {
      [ID('Service')]: {
        type: 'service',
        version: t.version ?? '2024-01-01',
        operations: [{ target: ID('GetThing') }],
        errors: [{ target: ID('BadThing') }],
        traits: { 'aws.protocols#restJson1': {}, 'smithy.api#documentation': doc, 'smithy.api#title': text },
      },
      [ID('GetThing')]: {
        type: 'operation',
        input: { target: ID('GetThingInput') },
        output: { target: ID('GetThingOutput') },
        traits: { 'smithy.api#http': { method: 'GET', uri: '/things/{id}', code: 200 }, 'smithy.api#readonly': {}, 'smithy.api#documentation': doc },
      },
      [ID('GetThingInput')]: {
        type: 'structure',
        members: {
          id: { target: ID('ThingId'), traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
          filter: { target: 'smithy.api#String', traits: { 'smithy.api#httpQuery': text } },
          token: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': t.header ?? 'x-token' } },
        },
        traits: { 'smithy.api#input': {} },
      },
      [ID('GetThingOutput')]: {
        type: 'structure',
        members: { thing: { target: ID('Thing'), traits: { 'smithy.api#documentation': doc } } },
        traits: { 'smithy.api#output': {} },
      },
      [ID('Thing')]: {
        type: 'structure',
        members: {
          id: { target: ID('ThingId'), traits: { 'smithy.api#required': {}, 'smithy.api#documentation': doc } },
          label: { target: ID('Label'), traits: { 'smithy.api#jsonName': text, 'smithy.api#documentation': doc } },
          color: { target: ID('Color') },
          shape: { target: ID('ShapeChoice') },
          note: { target: 'smithy.api#String', traits: { 'smithy.api#default': text, 'smithy.api#deprecated': { message: text, since: text } } },
        },
        traits: { 'smithy.api#documentation': doc },
      },
      [ID('ThingId')]: { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 64 }, 'smithy.api#documentation': doc } },
      [ID('Label')]: { type: 'string', traits: { 'smithy.api#pattern': '^[a-z]*$', 'smithy.api#documentation': doc } },
      [ID('Color')]: {
        type: 'enum',
        members: {
          RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': `red ${text}`, 'smithy.api#documentation': doc } },
          BLUE: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'blue' } },
        },
        traits: { 'smithy.api#documentation': doc },
      },
      [ID('ShapeChoice')]: {
        type: 'union',
        members: {
          round: { target: 'smithy.api#Integer', traits: { 'smithy.api#documentation': doc } },
          square: { target: 'smithy.api#String', traits: { 'smithy.api#jsonName': `sq ${text}` } },
        },
      },
      [ID('BadThing')]: {
        type: 'structure',
        members: { message: { target: 'smithy.api#String', traits: { 'smithy.api#default': text, 'smithy.api#documentation': doc } } },
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 400, 'smithy.api#documentation': doc },
      },
    },
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  work: string;
  files: string[];
}

/** Runs `ota-codegen generate` on model text in a scratch directory holding one earlier generated file. */
export function runCli(text: string, extraArgs: string[] = [], prepare?: (work: string) => void): CliRun {
  const work = mkdtempSync(join(tmpdir(), 'ota-hostile-'));
  mkdirSync(join(work, 'packages/types/src'), { recursive: true });
  writeFileSync(join(work, 'packages/types/src/shapes.gen.ts'), 'previous\n');
  prepare?.(work);
  writeFileSync(join(work, 'model.json'), text);
  const result = spawnSync(process.execPath, [cli, 'generate', '--model', 'model.json', '--out', '.', '--quiet', ...extraArgs], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  const files = readdirSync(join(work, 'packages'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, work, files };
}

export const runModel = (model: Model, extraArgs: string[] = []) => runCli(JSON.stringify(model, null, 2), extraArgs);

/** The promise for a broken model: shape id and JSON pointer, exit ≠ 0, no stack trace, nothing written. */
export function expectRefused(r: CliRun, shapeId: string | undefined, pointer: string, message: RegExp): void {
  expect(r.status, r.stderr).toBe(1);
  if (shapeId) expect(r.stderr).toContain(shapeId);
  expect(r.stderr).toContain(`at ${pointer}:`);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toContain('Nothing was written.');
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack frame
  expect(r.files).toEqual(['types/src/shapes.gen.ts']);
  expect(readFileSync(join(r.work, 'packages/types/src/shapes.gen.ts'), 'utf8')).toBe('previous\n');
  expect(existsSync(join(r.work, 'packages/zod'))).toBe(false);
}

/** A valid model generated: exit 0 and every package written. */
export function expectGenerated(r: CliRun): void {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  for (const f of ['types/src/shapes.gen.ts', 'zod/src/schemas.gen.ts', 'fixtures/src/model.gen.ts', 'msw/src/handlers.gen.ts', 'json-schema/src/strict.gen.json']) expect(r.files).toContain(f);
}

export const read = (r: CliRun, file: string) => readFileSync(join(r.work, 'packages', file), 'utf8');

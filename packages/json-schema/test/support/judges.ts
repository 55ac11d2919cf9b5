/**
 * Both JSON Schema validators of an entry in both modes: ajv on the schema document (compiled at
 * run time with the package's `ajvOptions`) and the precompiled standalone validator.
 */

import strictSchema from '../../src/strict.gen.json' with { type: 'json' };
import lenientSchema from '../../src/lenient.gen.json' with { type: 'json' };
import * as strictValidators from '../../src/validators.strict.gen.js';
import * as lenientValidators from '../../src/validators.lenient.gen.js';
import { schemaEntries, type SchemaEntryName } from '../../src/entries.gen.js';
import { ajvOptions } from '../../src/runtime/ajv-options.js';
import { compileDocument } from './ajv.js';

export type Mode = 'strict' | 'lenient';

const documents = { strict: compileDocument(strictSchema, ajvOptions), lenient: compileDocument(lenientSchema, ajvOptions) };
const precompiled = { strict: strictValidators, lenient: lenientValidators } as unknown as Record<Mode, Record<string, (v: unknown) => boolean>>;

export interface Verdict {
  document: boolean;
  precompiled: boolean;
}

/** What the document and the precompiled validator of `entry` say about `value` in `mode`. */
export function verdict(entry: SchemaEntryName, mode: Mode, value: unknown): Verdict {
  const meta = schemaEntries[entry];
  return { document: documents[mode].def(meta.def)(value), precompiled: precompiled[mode][meta.validator]!(value) };
}

export const documentLogs = (): string[] => [...documents.strict.logs, ...documents.lenient.logs];

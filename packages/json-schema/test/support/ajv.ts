/**
 * The schema document compiled at run time by ajv (Ajv2020, strict mode, the package's
 * `ajvOptions`), with every logger call captured so a test can assert ajv said nothing.
 */

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface CompiledDocument {
  ajv: Ajv2020;
  logs: string[];
  /** The validator of one `$defs` entry. */
  def(key: string): ValidateFunction;
}

export function compileDocument(document: { $id: string }, options: Record<string, unknown>): CompiledDocument {
  const logs: string[] = [];
  const logger = {
    log: (...a: unknown[]) => logs.push(`log: ${a.join(' ')}`),
    warn: (...a: unknown[]) => logs.push(`warn: ${a.join(' ')}`),
    error: (...a: unknown[]) => logs.push(`error: ${a.join(' ')}`),
  };
  const ajv = new Ajv2020({ ...options, logger });
  addFormats(ajv);
  ajv.addSchema(document);
  const cache = new Map<string, ValidateFunction>();
  return {
    ajv,
    logs,
    def(key) {
      let v = cache.get(key);
      if (!v) {
        v = ajv.getSchema(`${document.$id}#/$defs/${key}`);
        if (!v) throw new Error(`no $defs/${key} in ${document.$id}`);
        cache.set(key, v);
      }
      return v;
    },
  };
}

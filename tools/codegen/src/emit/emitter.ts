import type { IrModel } from '../ir/types.js';

/** One output file: a path relative to the output root, and its whole text. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/**
 * An emitter turns the IR into the files of one package. Pure: no I/O, no clock, no randomness,
 * and it never imports another emitter (ask `naming/` for another package's symbol names).
 */
export interface Emitter {
  /** Package key, e.g. `types`. */
  name: string;
  emit(model: IrModel): GeneratedFile[];
  /**
   * Optional head start: called for every selected emitter before any `emit`, so work that runs
   * on another thread (json-schema's validator compilation) overlaps the other emitters. `emit`
   * must give the same files whether or not `start` was called.
   */
  start?(model: IrModel): void;
}

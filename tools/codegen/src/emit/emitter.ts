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
  /** Runs on whichever thread claims it (emit/parallel.ts): it sees only the model it is given. */
  emit(model: IrModel): GeneratedFile[];
}

export { generateFromText, type GenerateOptions, type GenerateResult } from './generate.js';
export { buildIr, type BuildOptions } from './ir/build.js';
export { parseModel, readModel } from './load/read.js';
export { ModelError, type ModelIssue } from './load/errors.js';
export { emitters } from './emit/index.js';
export type { Emitter, GeneratedFile } from './emit/emitter.js';
export { names, packages, shapeIdentifier } from './naming/index.js';
export { diffFiles, writeFiles } from './write/index.js';
export type * from './ir/types.js';

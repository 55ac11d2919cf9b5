export * from './shapes.gen.js';
export * from './operations.gen.js';

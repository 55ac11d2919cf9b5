#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the workspace needs no build step for the generator.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');

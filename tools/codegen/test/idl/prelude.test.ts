import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIdl } from '../../src/load/idl/parser.js';
import { PRELUDE_TYPES } from '../../src/load/idl/prelude-types.js';
import { requireFolder, upstreamSmithy } from './upstream.js';

describe('the built-in prelude table', () => {
  it('lists exactly the shapes (and types) of upstream prelude.smithy', () => {
    const dir = requireFolder(join(upstreamSmithy, 'smithy-model/src/main/resources/software/amazon/smithy/model/loader'));
    const parsed = parseIdl(readFileSync(join(dir, 'prelude.smithy'), 'utf8'), 'prelude.smithy');
    const upstream = new Map(parsed.shapes.map((s) => [s.id, s.type]));
    expect(upstream.size).toBeGreaterThan(100);
    expect([...PRELUDE_TYPES].sort()).toEqual([...upstream].sort());
  });
});

/**
 * Given/want: the small model, one change, the class it must get. Each case goes through the real
 * loader and IR builder, so the diff sees exactly what the emitters see.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffModels, formatDiff, irFromText, type Bump, type ChangeCode } from '../../src/diff/index.js';
import { ID, ir, smallModel, type Ast } from './small-model.js';

interface Case {
  name: string;
  change: (m: Ast) => void;
  bump: Bump;
  /** The change that decides the bump: its code and target. */
  want?: { code: ChangeCode; target: string; message?: RegExp };
}

const S = (name: string) => ID(name);
const cases: Case[] = [
  { name: 'no change', change: () => {}, bump: 'none' },
  {
    name: 'removing a member',
    change: (m) => delete m.shapes[S('Thing')].members.note,
    bump: 'major',
    want: { code: 'member-removed', target: `${S('Thing')}$note` },
  },
  {
    name: 'adding a required member',
    change: (m) => (m.shapes[S('Thing')].members.owner = { target: S('Note'), traits: { 'smithy.api#required': {} } }),
    bump: 'major',
    want: { code: 'member-added', target: `${S('Thing')}$owner`, message: /required/ },
  },
  {
    name: 'adding an optional member',
    change: (m) => (m.shapes[S('Thing')].members.owner = { target: S('Note') }),
    bump: 'minor',
    want: { code: 'member-added', target: `${S('Thing')}$owner`, message: /optional/ },
  },
  {
    name: 'tightening a length (max lowered)',
    change: (m) => (m.shapes[S('ThingName')].traits['smithy.api#length'].max = 64),
    bump: 'major',
    want: { code: 'constraint-tightened', target: S('ThingName'), message: /length \(Unicode code points\) max lowered 128 → 64/ },
  },
  {
    name: 'tightening a length (min added where there was none)',
    change: (m) => (m.shapes[S('Tags')].traits['smithy.api#length'].min = 1),
    bump: 'major',
    want: { code: 'constraint-tightened', target: S('Tags'), message: /length \(entries\) min raised 0 → 1/ },
  },
  {
    name: 'tightening a range',
    change: (m) => (m.shapes[S('Size')].traits['smithy.api#range'] = { min: 1, max: 100 }),
    bump: 'major',
    want: { code: 'constraint-tightened', target: S('Size'), message: /range min raised 0 → 1/ },
  },
  {
    name: 'adding a pattern',
    change: (m) => (m.shapes[S('ThingName')].traits['smithy.api#pattern'] = '^[^\\p{C}]+$'),
    bump: 'major',
    want: { code: 'constraint-tightened', target: S('ThingName'), message: /pattern added/ },
  },
  {
    name: 'changing a pattern',
    change: (m) => (m.shapes[S('ThingId')].traits['smithy.api#pattern'] = '^[a-z0-9_-]+$'),
    bump: 'major',
    want: { code: 'constraint-tightened', target: S('ThingId'), message: /pattern changed/ },
  },
  {
    name: 'a member-level constraint tightened (the target shape unchanged)',
    change: (m) => (m.shapes[S('Thing')].members.note.traits = { 'smithy.api#length': { max: 10 } }),
    bump: 'major',
    want: { code: 'constraint-tightened', target: `${S('Thing')}$note` },
  },
  {
    name: 'loosening a constraint (max raised)',
    change: (m) => (m.shapes[S('ThingName')].traits['smithy.api#length'].max = 256),
    bump: 'minor',
    want: { code: 'constraint-loosened', target: S('ThingName'), message: /max raised 128 → 256/ },
  },
  {
    name: 'loosening a constraint (range removed, pattern removed)',
    change: (m) => {
      delete m.shapes[S('Size')].traits;
      delete m.shapes[S('ThingId')].traits['smithy.api#pattern'];
    },
    bump: 'minor',
    want: { code: 'constraint-loosened', target: S('Size'), message: /range min lowered 0 → −∞/ },
  },
  {
    name: 'removing an enum value',
    change: (m) => delete m.shapes[S('Status')].members.BUSY,
    bump: 'major',
    want: { code: 'enum-value-removed', target: S('Status'), message: /"BUSY"/ },
  },
  {
    name: 'adding an enum value',
    change: (m) => (m.shapes[S('Status')].members.GONE = { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'GONE' } }),
    bump: 'minor',
    want: { code: 'enum-value-added', target: S('Status'), message: /"GONE"/ },
  },
  {
    name: 'changing a member target type',
    change: (m) => (m.shapes[S('Thing')].members.size.target = S('Note')),
    bump: 'major',
    want: { code: 'member-target-changed', target: `${S('Thing')}$size` },
  },
  {
    name: 'changing a shape type in place',
    change: (m) => (m.shapes[S('Note')] = { type: 'integer' }),
    bump: 'major',
    want: { code: 'shape-kind-changed', target: S('Note'), message: /string → integer/ },
  },
  {
    name: "changing an error's status",
    change: (m) => (m.shapes[S('Throttled')].traits['smithy.api#httpError'] = 429),
    bump: 'major',
    want: { code: 'error-status-changed', target: S('Throttled'), message: /400 → 429/ },
  },
  {
    name: 'making an optional member required',
    change: (m) => (m.shapes[S('Thing')].members.size.traits = { 'smithy.api#required': {} }),
    bump: 'major',
    want: { code: 'member-now-required', target: `${S('Thing')}$size` },
  },
  {
    name: 'changing the HTTP route',
    change: (m) => (m.shapes[S('GetThing')].traits['smithy.api#http'].uri = '/v2/things/{thingId}'),
    bump: 'major',
    want: { code: 'operation-changed', target: S('GetThing') },
  },
  {
    name: 'removing an operation error',
    change: (m) => (m.shapes[S('GetThing')].errors = [{ target: S('BadRequest') }]),
    bump: 'major',
    want: { code: 'operation-error-removed', target: S('GetThing'), message: /Throttled/ },
  },
  {
    name: 'documentation only',
    change: (m) => {
      m.shapes[S('Thing')].traits['smithy.api#documentation'] = 'A thing, better described.';
      m.shapes[S('Thing')].members.name.traits['smithy.api#documentation'] = 'The name, clarified.';
    },
    bump: 'patch',
    want: { code: 'documentation-changed', target: S('Thing') },
  },
  {
    name: 'deprecating a member',
    change: (m) => (m.shapes[S('Thing')].members.note.traits = { 'smithy.api#deprecated': { message: 'use name' } }),
    bump: 'minor',
    want: { code: 'deprecated', target: `${S('Thing')}$note` },
  },
];

describe('diffModels classifies a model change for semver', () => {
  const before = ir(smallModel());
  it.each(cases)('$name → $bump', ({ change, bump, want }) => {
    const next = smallModel();
    change(next);
    const diff = diffModels(before, ir(next));
    expect(diff.bump).toBe(bump);
    if (!want) return expect(diff.changes).toEqual([]);
    // The change this case is about carries the class; nothing else in the diff is more severe
    // (removing the only user of a shape also reports that shape leaving the closure).
    const hit = diff.changes.find((c) => c.code === want.code && c.target === want.target);
    expect(hit, formatDiff(diff)).toMatchObject({ level: bump });
    if (want.message) expect(hit!.message).toMatch(want.message);
    expect(diff.changes[0]!.level).toBe(bump);
  });

  it('reports a constraint of a shared target once, on the shape, not on every member', () => {
    const next = smallModel();
    next.shapes[S('Thing')].members.alias = { target: S('ThingName') };
    next.shapes[S('ThingName')].traits['smithy.api#length'].max = 64;
    const base = smallModel();
    base.shapes[S('Thing')].members.alias = { target: S('ThingName') };
    const diff = diffModels(ir(base), ir(next));
    expect(diff.changes.map((c) => `${c.code} ${c.target}`)).toEqual([`constraint-tightened ${S('ThingName')}`]);
  });

  it('a mixed change takes the most severe class and lists every change, most severe first', () => {
    const next = smallModel();
    next.shapes[S('Status')].members.GONE = { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'GONE' } };
    next.shapes[S('Thing')].traits['smithy.api#documentation'] = 'Changed.';
    delete next.shapes[S('Thing')].members.tags;
    const diff = diffModels(before, ir(next));
    expect(diff.bump).toBe('major');
    expect(diff.changes.map((c) => c.level)).toEqual(['major', 'major', 'major', 'minor', 'patch']);
    // Dropping the only member that used Tags takes Tags and Tag out of the closure too.
    expect(diff.changes.filter((c) => c.code === 'shape-removed').map((c) => c.target)).toEqual([S('Tag'), S('Tags')]);
    expect(formatDiff(diff).trimEnd().split('\n').at(-1)).toBe('bump: major (3 major, 1 minor, 1 patch)');
  });
});

describe('the real GetOTAUpdate model', () => {
  const root = resolve(import.meta.dirname, '../../../..');
  const text = readFileSync(join(root, 'models/iot/get-ota-update.json'), 'utf8');
  const current = irFromText(text, 'models/iot/get-ota-update.json');

  it('against itself: no change', () => {
    expect(diffModels(current, current)).toEqual({ changes: [], bump: 'none' });
  });

  // FACTS §6.2–6.3: the 2022 model had 4 OTAUpdateStatus values and OTAUpdateFiles max 50. Going
  // from that to today's model added two enum values and dropped a maximum: a minor release.
  it('the 2022 → 2025 evolution of the model is minor; the reverse is major', () => {
    const old = JSON.parse(text) as Ast;
    const status = old.shapes['com.amazonaws.iot#OTAUpdateStatus'];
    delete status.members.DELETE_IN_PROGRESS;
    delete status.members.DELETE_FAILED;
    old.shapes['com.amazonaws.iot#OTAUpdateFiles'].traits['smithy.api#length'].max = 50;
    const old2022 = irFromText(JSON.stringify(old), 'old.json');
    const forward = diffModels(old2022, current);
    expect(forward.bump).toBe('minor');
    expect(forward.changes.map((c) => `${c.level} ${c.code} ${c.message}`)).toEqual([
      'minor constraint-loosened length (entries) max raised 50 → ∞',
      'minor enum-value-added value "DELETE_IN_PROGRESS" added',
      'minor enum-value-added value "DELETE_FAILED" added',
    ]);
    const backward = diffModels(current, old2022);
    expect(backward.bump).toBe('major');
    expect(backward.changes.filter((c) => c.level === 'major').map((c) => c.code)).toEqual(['constraint-tightened', 'enum-value-removed', 'enum-value-removed']);
  });
});

import { describe, expect, it } from 'vitest';
import { fillDefaults } from '../../src/runtime/defaults.js';
import type { InputRuleTable } from '../../src/runtime/input-rules.js';

const table: InputRuleTable = {
  'ex#Top': {
    kind: 'structure',
    members: [
      { name: 'dialog', target: 'ex#Dialog', default: {} },
      { name: 'list', target: 'ex#Dialogs', default: [] },
      { name: 'data', target: 'ex#Blob', default: 'YWJj' },
      { name: 'when', target: 'ex#Time', default: 1.5 },
      { name: 'plain', target: 'ex#String' },
    ],
  },
  'ex#Dialog': { kind: 'structure', members: [{ name: 'greeting', target: 'ex#String', default: 'hi' }, { name: 'language', target: 'ex#String' }] },
  'ex#Dialogs': { kind: 'list', member: { target: 'ex#Dialog' } },
  'ex#Blob': { kind: 'blob' },
  'ex#Time': { kind: 'timestamp' },
  'ex#String': { kind: 'string' },
};

describe('fillDefaults', () => {
  it('fills absent members with their @default in application form, at every depth', () => {
    expect(fillDefaults(table, 'ex#Top', {})).toEqual({
      dialog: { greeting: 'hi' },
      list: [],
      data: new TextEncoder().encode('abc'),
      when: new Date(1500),
    });
    expect(fillDefaults(table, 'ex#Top', { dialog: { language: 'en' }, list: [{}, { greeting: 'ciao' }], plain: 'x' })).toMatchObject({
      dialog: { greeting: 'hi', language: 'en' },
      list: [{ greeting: 'hi' }, { greeting: 'ciao' }],
      plain: 'x',
    });
  });

  it('keeps given values, reads null as absent, and leaves the caller\'s object alone', () => {
    const given = { dialog: { greeting: 'yo' }, data: null };
    const filled = fillDefaults(table, 'ex#Top', given) as Record<string, unknown>;
    expect(filled.dialog).toEqual({ greeting: 'yo' });
    expect(filled.data).toEqual(new TextEncoder().encode('abc'));
    expect(given).toEqual({ dialog: { greeting: 'yo' }, data: null });
    // A default given as an object is copied, never shared between calls.
    const a = fillDefaults(table, 'ex#Top', {}) as { dialog: Record<string, unknown> };
    a.dialog.greeting = 'changed';
    expect((fillDefaults(table, 'ex#Top', {}) as { dialog: unknown }).dialog).toEqual({ greeting: 'hi' });
  });
});

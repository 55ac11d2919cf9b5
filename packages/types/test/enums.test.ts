/**
 * The generated enum const objects hold exactly the SDK's runtime values. The SDK lists keys
 * alphabetically and we keep model order, so SDK equality is checked on sorted entries and the
 * order against the model itself.
 */

import * as Sdk from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { OTAUpdateStatus, Protocol, TargetSelection } from '../src/index.js';
import { shape } from './support/model.js';

const sortedEntries = (o: object) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe.each([
  ['OTAUpdateStatus', OTAUpdateStatus, Sdk.OTAUpdateStatus],
  ['Protocol', Protocol, Sdk.Protocol],
  ['TargetSelection', TargetSelection, Sdk.TargetSelection],
] as const)('%s', (name, ours, sdk) => {
  it('has the same keys and values as the SDK const object', () => {
    expect(Object.keys(sdk).length).toBeGreaterThan(0);
    expect(sortedEntries(ours)).toEqual(sortedEntries(sdk));
  });

  it('lists member names and enumValues in model order', () => {
    const members = Object.entries(shape(name).members ?? {});
    expect(Object.entries(ours)).toEqual(members.map(([member, def]) => [member, def.traits?.['smithy.api#enumValue']]));
  });
});

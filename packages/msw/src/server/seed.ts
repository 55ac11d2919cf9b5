/**
 * Fills item-keyed stores with fixtures of @ota-contract/fixtures (`--seed 42 --count 3`): item i
 * is built from seed + i, so the same command always serves the same data. The fixtures package
 * (and fast-check under it) is loaded only when seeding is asked for.
 */

import type { MockDataSet } from '../runtime/data.js';

interface Factory {
  build(options: { seed: number }): unknown;
}

export async function seedFromFixtures(dataSets: readonly MockDataSet[], seed: number, count: number): Promise<{ operation: string; keys: string[] }[]> {
  const { fixtures } = await import('@ota-contract/fixtures');
  const factories = fixtures as unknown as Readonly<Record<string, Factory | undefined>>;
  return dataSets.map((set) => {
    const factory = factories[set.itemName];
    if (!factory) throw new Error(`@ota-contract/fixtures has no factory for ${set.itemName}`);
    const items = Array.from({ length: count }, (_, i) => factory.build({ seed: seed + i }));
    return { operation: set.operation, keys: set.put(items) };
  });
}

/**
 * Loading items in their wire form (epoch seconds, base64: what a JSON file or a non-JS client
 * writes) into the stores: the standalone server's `--data` file and its `/__mock/items` route.
 */

import type { MockStore } from './store.js';
import { check, ContractViolationError, type SafeParser } from './validation.js';

/**
 * The item-keyed store of one operation, seen without its item type so that tools (the mock
 * server, its `--data` and `--seed` options) can fill any store: the store checks every item at
 * run time, so nothing unchecked gets in.
 */
export interface MockDataSet {
  readonly operation: string;
  /** Shape of the items (`OTAUpdateInfo`); also their key in @ota-contract/fixtures. */
  readonly itemName: string;
  /** Puts application-form items (all checked first, as `MockStore.put`); returns their keys. */
  put(items: readonly unknown[]): string[];
  /** A wire-form item → its application form; throws `ContractViolationError` when it breaks the strict wire schema. */
  fromWire(json: unknown): unknown;
  keys(): string[];
  clear(): void;
}

/** `fromWire` from the item's strict wire schema (for messages with paths) and its codec. */
export function wireDecoder(itemName: string, wireSchema: SafeParser, codec: { decode(wire: never): unknown }): (json: unknown) => unknown {
  return (json) => {
    const checked = check(wireSchema, json);
    if (!checked.ok) throw new ContractViolationError(itemName, checked.issues);
    return codec.decode(checked.value as never);
  };
}

export function dataSet<T>(operation: string, store: MockStore<T>, fromWire: (json: unknown) => unknown): MockDataSet {
  return {
    operation,
    itemName: store.itemName,
    put(items) {
      store.put(...(items as T[]));
      return items.map((item) => store.keyOf(item as T)!);
    },
    fromWire,
    keys: () => store.keys(),
    clear: () => store.clear(),
  };
}

/**
 * Puts wire-form data into the stores: `{"GetOTAUpdate": [item, ...]}`, or a bare array when there
 * is one data set. Every item is decoded and checked before any is stored. Returns the stored keys.
 */
export function loadWireData(dataSets: readonly MockDataSet[], data: unknown): { operation: string; keys: string[] }[] {
  const byOperation = new Map(dataSets.map((d) => [d.operation, d]));
  let groups: [string, unknown][];
  if (Array.isArray(data)) {
    if (dataSets.length !== 1) throw new Error(`a bare array is ambiguous here: key the items by operation (${[...byOperation.keys()].join(', ')})`);
    groups = [[dataSets[0]!.operation, data]];
  } else if (data !== null && typeof data === 'object') {
    groups = Object.entries(data);
  } else {
    throw new Error('mock data must be a JSON object keyed by operation name, or an array of items');
  }
  const decoded = groups.map(([operation, items]) => {
    const set = byOperation.get(operation);
    if (!set) throw new Error(`no mock data set for ${JSON.stringify(operation)} (known: ${[...byOperation.keys()].join(', ')})`);
    if (!Array.isArray(items)) throw new Error(`${operation}: expected an array of ${set.itemName} items`);
    return { set, items: items.map((item, i) => {
      try {
        return set.fromWire(item);
      } catch (error) {
        if (error instanceof ContractViolationError) throw new ContractViolationError(`${operation} item [${i}] (${set.itemName})`, error.issues);
        throw error;
      }
    }) };
  });
  return decoded.map(({ set, items }) => ({ operation: set.operation, keys: set.put(items) }));
}

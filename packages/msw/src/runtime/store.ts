/**
 * In-memory data behind the handlers. Every item is checked against the strict contract and
 * encoded to its wire response when it is stored, never when it is served: invalid data throws at
 * the line that seeds it (naming the broken constraint), and a served response is always one that
 * passed. Items are copied in and out, so later mutation of the caller's objects cannot leak in.
 */

import { ContractViolationError, type CheckResult } from './validation.js';

/** A response body prepared once, when the item is stored. */
export interface PreparedResponse {
  body: string | Uint8Array<ArrayBuffer>;
  /** @default 'application/json' */
  contentType?: string;
  headers?: Readonly<Record<string, string>>;
  status?: number;
}

export interface MockStoreOptions<T> {
  /** What the items are, for messages (e.g. `OTAUpdateInfo`). */
  itemName: string;
  /** Names of the request members (path labels) that select an item, in path order. */
  keys: readonly string[];
  /** The item's own key, when it carries the key members (item mode); other stores take keys via `set`. */
  keyOf?: (item: T) => string | undefined;
  check(item: unknown): CheckResult<T>;
  prepare(item: T): PreparedResponse;
}

interface Entry<T> {
  item: T;
  response: PreparedResponse;
}

/**
 * The store key of an item or a request: the key member's value itself when there is one (so
 * `store.get('my-update')` works), a JSON array of the values when there are several, `''` for none.
 */
export function storeKey(values: Readonly<Record<string, unknown>>, keys: readonly string[]): string | undefined {
  const parts = keys.map((k) => values[k]);
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.length === 1 ? String(parts[0]) : parts.length === 0 ? '' : JSON.stringify(parts.map(String));
}

const copy: <V>(value: V) => V = (value) => structuredClone(value);

export class MockStore<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #options: MockStoreOptions<T>;

  constructor(options: MockStoreOptions<T>) {
    this.#options = options;
  }

  get itemName(): string {
    return this.#options.itemName;
  }

  /**
   * Stores items under their own key (`otaUpdateId` for OTAUpdateInfo), replacing any with the same
   * key. All items are checked first: if one is invalid, none is stored and a
   * `ContractViolationError` lists every broken constraint.
   */
  put(...items: T[]): this {
    const { keyOf, keys, itemName } = this.#options;
    if (!keyOf) throw new Error(`${itemName} items carry no key: use set(key, item)`);
    const ready = items.map((item, i) => {
      const entry = this.#prepare(item, items.length > 1 ? `${itemName} [${i}]` : itemName);
      const key = keyOf(entry.item);
      if (key === undefined) throw new ContractViolationError(items.length > 1 ? `${itemName} [${i}]` : itemName, [`${keys.join(', ')}: is needed to store the item (the handler looks items up by it)`]);
      return [key, entry] as const;
    });
    for (const [key, entry] of ready) this.#entries.set(key, entry);
    return this;
  }

  /** Same as `put`, for any iterable (e.g. `buildList` of @ota-contract/fixtures). */
  seed(items: Iterable<T>): this {
    return this.put(...items);
  }

  /**
   * Stores one item for the requests whose labels are `labels` (`{ bucket: 'b', key: 'a/b' }`), or
   * under a key as `keys()` lists them. The way to fill stores whose items do not carry their key.
   */
  set(labels: Readonly<Record<string, unknown>> | string, item: T): this {
    const key = typeof labels === 'string' ? labels : storeKey(labels, this.#options.keys);
    if (key === undefined) throw new Error(`set() needs the labels ${this.#options.keys.join(', ')}`);
    this.#entries.set(key, this.#prepare(item, this.#options.itemName));
    return this;
  }

  /** The key an item is stored under (`put`), or undefined when it has none. */
  keyOf(item: T): string | undefined {
    return this.#options.keyOf?.(item);
  }

  /** A copy of the stored item (application form), or undefined; `key` as in `set`. */
  get(key: Readonly<Record<string, unknown>> | string): T | undefined {
    const entry = this.#entries.get(typeof key === 'string' ? key : (storeKey(key, this.#options.keys) ?? ''));
    return entry ? copy(entry.item) : undefined;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }

  keys(): string[] {
    return [...this.#entries.keys()];
  }

  /** Copies of every stored item, in insertion order. */
  values(): T[] {
    return [...this.#entries.values()].map((e) => copy(e.item));
  }

  /** Used by handlers: the response prepared for `key`, or undefined. */
  response(key: string): PreparedResponse | undefined {
    return this.#entries.get(key)?.response;
  }

  #prepare(item: T, what: string): Entry<T> {
    const checked = this.#options.check(item);
    if (!checked.ok) throw new ContractViolationError(what, checked.issues);
    const stored = copy(checked.value);
    return { item: stored, response: this.#options.prepare(stored) };
  }
}

/**
 * ajv's URI resolver (fast-uri) with its answers remembered. ajv resolves every `$ref` and schema id
 * against the document's base URI each time it compiles a function; a whole-service document asks
 * the same few thousand questions tens of thousands of times (~6% of the generator's run). fast-uri
 * is pure, so a cache changes no answer.
 */

import type { Options } from 'ajv';
import uriModule from 'ajv/dist/runtime/uri.js';

type UriResolver = NonNullable<Options['uriResolver']>;
type UriComponent = ReturnType<UriResolver['parse']>;

/** ajv's CommonJS module sets `exports.default`, which Node's ESM default import wraps once more. */
const fastUri = ('parse' in uriModule ? uriModule : (uriModule as unknown as { default: typeof uriModule }).default) as UriResolver;

/** A resolver for one ajv instance; its caches live as long as the instance. */
export function memoizedUriResolver(): UriResolver {
  const resolved = new Map<string, string>();
  const parsed = new Map<string, UriComponent>();
  const serialized = new WeakMap<UriComponent, string>();
  return {
    resolve(base, path) {
      const key = `${base}\u0000${path}`;
      let result = resolved.get(key);
      if (result === undefined) resolved.set(key, (result = fastUri.resolve(base, path)));
      return result;
    },
    parse(uri) {
      let component = parsed.get(uri);
      // Frozen because one object is now shared by every caller: a caller that writes to it fails loudly.
      if (component === undefined) parsed.set(uri, (component = Object.freeze(fastUri.parse(uri))));
      return component;
    },
    serialize(component) {
      let result = serialized.get(component);
      if (result === undefined) serialized.set(component, (result = fastUri.serialize(component)));
      return result;
    },
  };
}

/**
 * The ajv options the precompiled validators were built with. Pass them when compiling the schema
 * document yourself, so ajv and the precompiled code accept exactly the same payloads:
 * `new Ajv2020(ajvOptions)`. `ownProperties` makes a member named like an `Object.prototype`
 * property (`constructor`, `toString`) be read from the payload, never from its prototype.
 */
export const ajvOptions = { strict: true, allErrors: false, ownProperties: true, unicodeRegExp: true } as const;

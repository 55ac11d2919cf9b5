// A CommonJS consumer: Node ≥ 20.19 loads the ESM-only packages with require() (require(esm)).
const assert = require('node:assert/strict');
const types = require('@ota-contract/types');
const zod = require('@ota-contract/zod');
const lenient = require('@ota-contract/zod/lenient');
const jsonSchema = require('@ota-contract/json-schema');
const { fixtures } = require('@ota-contract/fixtures');
const mocks = require('@ota-contract/msw');

assert.equal(types.GetOTAUpdateOperation.uri, '/otaUpdates/{otaUpdateId}');
assert.equal(zod.OTAUpdateIdSchema.safeParse('a b').success, false);
assert.equal(lenient.OTAUpdateIdSchema.safeParse('a b').success, true);
assert.equal(jsonSchema.validateOTAUpdateIdJson('ok-id'), true);
assert.equal(zod.OTAUpdateInfoSchema.safeParse(fixtures.OTAUpdateInfo.build({ seed: 3 })).success, true);
assert.equal(typeof mocks.getOTAUpdateHandler, 'function');
console.log('consumer CJS ok');

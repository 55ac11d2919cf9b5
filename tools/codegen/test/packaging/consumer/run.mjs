// A consumer's ESM at run time, on the installed tarballs: parse with zod, validate with the
// precompiled validator, build a fixture, serve it through the msw handler, read it back with fetch.
import assert from 'node:assert/strict';
import { GetOTAUpdateOperation } from '@ota-contract/types';
import { GetOTAUpdateResponseCodec, GetOTAUpdateResponseJsonSchema } from '@ota-contract/zod';
import { GetOTAUpdateResponseJsonSchema as LenientJsonSchema } from '@ota-contract/zod/lenient';
import { validateGetOTAUpdateResponseJson } from '@ota-contract/json-schema';
import { validateGetOTAUpdateResponseJson as validateLenient } from '@ota-contract/json-schema/lenient';
import { fixtures } from '@ota-contract/fixtures';
import { getOTAUpdateHandler, getOTAUpdateStore } from '@ota-contract/msw';
import { setupServer } from 'msw/node';
import openapi from '@ota-contract/json-schema/openapi.json' with { type: 'json' };

const wire = { otaUpdateInfo: { otaUpdateId: 'update-1', creationDate: 1700000000.123, otaUpdateStatus: 'CREATE_COMPLETE' } };
const app = GetOTAUpdateResponseCodec.decode(GetOTAUpdateResponseJsonSchema.parse(wire));
assert.equal(app.otaUpdateInfo.creationDate.toISOString(), '2023-11-14T22:13:20.123Z');
assert.equal(GetOTAUpdateResponseJsonSchema.safeParse({ otaUpdateInfo: { otaUpdateStatus: 'NEW' } }).success, false);
assert.equal(LenientJsonSchema.safeParse({ otaUpdateInfo: { otaUpdateStatus: 'NEW' } }).success, true);

assert.equal(validateGetOTAUpdateResponseJson(wire), true);
assert.equal(validateGetOTAUpdateResponseJson({ otaUpdateInfo: { otaUpdateId: 'a b' } }), false);
assert.equal(validateLenient({ otaUpdateInfo: { otaUpdateId: 'a b' } }), true);

const item = fixtures.OTAUpdateInfo.build({ seed: 7, overrides: { otaUpdateId: 'from-fixture' } });
assert.equal(item.otaUpdateId, 'from-fixture');
getOTAUpdateStore.put(item);

const server = setupServer(getOTAUpdateHandler());
server.listen({ onUnhandledRequest: 'error' });
try {
  const ok = await fetch('https://iot.us-east-1.amazonaws.com/otaUpdates/from-fixture');
  assert.equal(ok.status, 200);
  const body = await ok.json();
  assert.equal(validateGetOTAUpdateResponseJson(body), true);
  assert.equal(body.otaUpdateInfo.otaUpdateId, 'from-fixture');
  const missing = await fetch('https://iot.us-east-1.amazonaws.com/otaUpdates/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('x-amzn-errortype'), 'ResourceNotFoundException');
} finally {
  server.close();
}
// The OpenAPI document ships beside the JSON Schema, with the same schemas.
assert.equal(openapi.openapi, '3.1.0');
assert.ok(openapi.paths['/otaUpdates/{otaUpdateId}'].get.responses['400']);

console.log(`consumer ESM ok: ${GetOTAUpdateOperation.method} ${GetOTAUpdateOperation.uri}`);

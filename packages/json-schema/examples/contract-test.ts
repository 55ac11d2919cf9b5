/**
 * A contract test with ajv in strict mode and the schema document: checks what a producer (your
 * service, a mock, a recorded response) sends against the GetOTAUpdate contract.
 *
 *   pnpm exec tsx packages/json-schema/examples/contract-test.ts
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '@ota-contract/json-schema/strict.json' with { type: 'json' };
import { ajvOptions, formatErrors, schemaEntries } from '@ota-contract/json-schema';

// Strict mode and the options the precompiled validators were built with, so both agree.
const ajv = new Ajv2020(ajvOptions);
addFormats(ajv); // only needed when the model has date-time timestamps; harmless otherwise
ajv.addSchema(schema);
const validatorOf = (entry: keyof typeof schemaEntries) => ajv.getSchema(`${schema.$id}#/$defs/${schemaEntries[entry].def}`)!;

// What the producer sent (in a real test: the body of a recorded or live response).
const responses: [entry: keyof typeof schemaEntries, body: string][] = [
  ['GetOTAUpdateResponse', '{"otaUpdateInfo":{"otaUpdateId":"fw-2024-06","otaUpdateStatus":"CREATE_COMPLETE","creationDate":1717243200.123}}'],
  ['GetOTAUpdateResponse', '{"otaUpdateInfo":{"otaUpdateId":"fw 2024","creationDate":"2024-06-01T12:00:00Z","otaUpdateFiles":[{"fileType":256}]}}'],
  ['ThrottlingException', '{"message":"Rate exceeded","__type":"ThrottlingException"}'],
];

let failures = 0;
for (const [entry, text] of responses) {
  const body: unknown = JSON.parse(text);
  const validate = validatorOf(entry);
  if (validate(body)) console.log(`${entry}: valid`);
  else {
    failures++;
    console.log(`${entry}: invalid\n  ${formatErrors(validate.errors, body).join('\n  ')}`);
  }
}
console.log(`${failures} of ${responses.length} bodies break the contract`);

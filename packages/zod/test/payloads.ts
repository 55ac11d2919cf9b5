/**
 * Test payloads: a GetOTAUpdateResponse body with every member set (the wire form, as JSON.parse
 * gives it), and a helper to change one value at a path.
 */

import type { GetOTAUpdateResponseJson } from '@ota-contract/types';

const file = (i: number) => ({
  fileName: `firmware-${i}.bin`,
  fileType: i,
  fileVersion: '1.2.3',
  fileLocation: {
    stream: { streamId: `stream_${i}`, fileId: i },
    s3Location: { bucket: 'ota-bucket', key: `images/${i}.bin`, version: 'v1' },
  },
  codeSigning: {
    awsSignerJobId: 'signer-job',
    startSigningJobParameter: {
      signingProfileParameter: { certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', platform: 'AmazonFreeRTOS-Default', certificatePathOnDevice: '/certs/signer.pem' },
      signingProfileName: 'profile',
      destination: { s3Destination: { bucket: 'signed-bucket', prefix: 'signed/' } },
    },
    customCodeSigning: {
      signature: { inlineDocument: 'AQIDBAUGBwgJCgsMDQ4PEA==' },
      certificateChain: { certificateName: 'chain', inlineDocument: 'LS0tLS1CRUdJTg==' },
      hashAlgorithm: 'SHA256',
      signatureAlgorithm: 'ECDSA',
    },
  },
  attributes: { model: 'v2', 'hw rev': 'B', empty: '' },
});

/** A fresh, valid (strict) response body with every member set. */
export function fullResponse(files = 2): GetOTAUpdateResponseJson {
  return {
    otaUpdateInfo: {
      otaUpdateId: 'ota_update-1',
      otaUpdateArn: 'arn:aws:iot:us-east-1:123456789012:otaupdate/ota_update-1',
      creationDate: 1700000000.123,
      lastModifiedDate: 1700000100.5,
      description: 'Firmware 1.2.3 for the fleet 🚀',
      targets: ['arn:aws:iot:us-east-1:123456789012:thinggroup/fleet'],
      protocols: ['MQTT', 'HTTP'],
      awsJobExecutionsRolloutConfig: {
        maximumPerMinute: 1000,
        exponentialRate: { baseRatePerMinute: 50, incrementFactor: 1.5, rateIncreaseCriteria: { numberOfNotifiedThings: 10, numberOfSucceededThings: 5 } },
      },
      awsJobPresignedUrlConfig: { expiresInSec: 1800 },
      targetSelection: 'SNAPSHOT',
      otaUpdateFiles: Array.from({ length: files }, (_, i) => file(i)),
      otaUpdateStatus: 'CREATE_COMPLETE',
      awsIotJobId: 'AFR_OTA-ota_update-1',
      awsIotJobArn: 'arn:aws:iot:us-east-1:123456789012:job/AFR_OTA-ota_update-1',
      errorInfo: { code: 'none', message: 'no error' },
      additionalParameters: { key: 'value' },
    },
  };
}

/** A deep copy of `value` with the member at `path` set to `v` (or removed when `v` is `REMOVE`). */
export const REMOVE = Symbol('remove');
export function withValue<T>(value: T, path: readonly (string | number)[], v: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (v === REMOVE) delete node[last];
  else node[last] = v;
  return copy as T;
}

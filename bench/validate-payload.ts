/**
 * A maximal GetOTAUpdateResponse wire payload, built by hand: every member of every structure set,
 * lists and maps populated, sizes like a real signed multi-file update. Valid in strict mode.
 * Used by bench/validate.bench.ts and by the json-schema tests' exhaustive mutation pass.
 */

import type { GetOTAUpdateResponseJson, OTAUpdateFileJson } from '@ota-contract/types';

// 256 signature bytes (RSA-2048) as base64, deterministic.
const SIGNATURE = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37 + 11) % 256)).toString('base64');
const CERTIFICATE = `-----BEGIN CERTIFICATE-----${'MIIDXTCCAkWgAwIBAgIJAKZ7'.repeat(40)}-----END CERTIFICATE-----`;

function file(i: number): OTAUpdateFileJson {
  return {
    fileName: `firmware-part-${i}.bin`,
    fileType: i,
    fileVersion: `1.4.${i}`,
    fileLocation: {
      stream: { streamId: `ota-stream-${i}`, fileId: i },
      s3Location: { bucket: 'acme-firmware-images', key: `releases/2024-06/esp32/part-${i}.bin`, version: `3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo${i}` },
    },
    codeSigning: {
      awsSignerJobId: `2d9c8d3e-aa11-4f3b-9c0e-7b1d2c3e4f5${i}`,
      startSigningJobParameter: {
        signingProfileParameter: {
          certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
          platform: 'AmazonFreeRTOS-Default',
          certificatePathOnDevice: '/certs/code-signing.crt',
        },
        signingProfileName: 'acme_freertos_profile',
        destination: { s3Destination: { bucket: 'acme-signed-images', prefix: `signed/part-${i}/` } },
      },
      customCodeSigning: {
        signature: { inlineDocument: SIGNATURE },
        certificateChain: { certificateName: 'acme-code-signing', inlineDocument: CERTIFICATE },
        hashAlgorithm: 'SHA256',
        signatureAlgorithm: 'RSA',
      },
    },
    attributes: { board: 'esp32-devkitc', region: 'eu-west-1', channel: 'stable', checksum: 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f2', note: 'Übertragung über MQTT — ✓' },
  };
}

export const maximalGetOTAUpdateResponse: GetOTAUpdateResponseJson = {
  otaUpdateInfo: {
    otaUpdateId: 'fleet-rollout-2024-06-esp32',
    otaUpdateArn: 'arn:aws:iot:us-east-1:123456789012:otaupdate/fleet-rollout-2024-06-esp32',
    creationDate: 1717243200.123,
    lastModifiedDate: 1717329600.456,
    description: 'June 2024 firmware for the ESP32 fleet: security fixes, a new OTA agent and a faster MQTT reconnect. Rolled out in waves — 🚀 Übergang ohne Ausfall.',
    targets: [
      'arn:aws:iot:us-east-1:123456789012:thinggroup/esp32-fleet-eu',
      'arn:aws:iot:us-east-1:123456789012:thinggroup/esp32-fleet-us',
      'arn:aws:iot:us-east-1:123456789012:thing/lab-device-001',
    ],
    protocols: ['MQTT', 'HTTP'],
    awsJobExecutionsRolloutConfig: {
      maximumPerMinute: 500,
      exponentialRate: { baseRatePerMinute: 50, incrementFactor: 1.5, rateIncreaseCriteria: { numberOfNotifiedThings: 1000, numberOfSucceededThings: 800 } },
    },
    awsJobPresignedUrlConfig: { expiresInSec: 1800 },
    targetSelection: 'CONTINUOUS',
    otaUpdateFiles: [file(0), file(1), file(2)],
    otaUpdateStatus: 'CREATE_COMPLETE',
    awsIotJobId: 'AFR_OTA-fleet-rollout-2024-06-esp32',
    awsIotJobArn: 'arn:aws:iot:us-east-1:123456789012:job/AFR_OTA-fleet-rollout-2024-06-esp32',
    errorInfo: { code: 'NONE', message: 'No error: kept for the maximal payload' },
    additionalParameters: { certName: 'acme-code-signing', deviceGroup: 'esp32', rollout: 'wave-3', owner: 'platform-team', ticket: 'OTA-4211' },
  },
};

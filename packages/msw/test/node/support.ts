/** Shared set-up of the msw/node tests: the real AWS SDK client, and fixtures to seed. */

import { IoTClient, type IoTClientConfig } from '@aws-sdk/client-iot';

export const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'mock-secret' };

/** One attempt by default, so a forced failure reaches the test instead of being retried away. */
export function iotClient(config: Partial<IoTClientConfig> = {}): IoTClient {
  return new IoTClient({ region: 'us-east-1', credentials, maxAttempts: 1, ...config });
}

/** The rejection of a promise, or a failed expectation when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number; requestId?: string; attempts?: number }; $fault?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the call to fail');
}

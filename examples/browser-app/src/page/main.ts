/**
 * The page: asks AWS IoT for one OTA update with the real AWS SDK and shows it. In this example the
 * requests never leave the browser: msw/browser answers them with the generated handlers.
 *
 *   /            the seeded update
 *   /?id=other   an unknown id (ResourceNotFoundException)
 *   /?fail=ThrottlingException   the next call fails with that modeled error
 */

import { GetOTAUpdateCommand, IoTClient } from '@aws-sdk/client-iot';
import { startMocking } from './mocks.js';
import { renderError, renderUpdate } from './render.js';

const result = document.getElementById('result')!;
const status = document.getElementById('status')!;
const params = new URLSearchParams(location.search);

try {
  const seededId = await startMocking(params);
  // The SDK's default endpoint (https://iot.us-east-1.amazonaws.com): the worker matches any host.
  // One attempt, so a forced failure shows at once (the SDK retries throttling and 5xx errors).
  const client = new IoTClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'mock-secret' }, maxAttempts: 1 });
  const output = await client.send(new GetOTAUpdateCommand({ otaUpdateId: params.get('id') ?? seededId }));
  renderUpdate(result, status, output.otaUpdateInfo);
} catch (error) {
  renderError(result, status, error);
}

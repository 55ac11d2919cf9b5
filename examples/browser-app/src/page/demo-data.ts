/** The data the example page is mocked with (kept apart from msw/browser so Node tests can import it). */

import { fixtures } from '@ota-contract/fixtures';

/**
 * The update the page shows: a seeded fixture (dates, enums, files, a binary signature) with
 * readable names over the generated strings. Tests build the same one to compare.
 */
export function demoUpdate() {
  return fixtures.OTAUpdateInfo.build({
    seed: 7,
    overrides: {
      otaUpdateId: 'thermostat-fw-2-4-1',
      otaUpdateArn: 'arn:aws:iot:us-east-1:123456789012:otaupdate/thermostat-fw-2-4-1',
      description: 'Firmware 2.4.1 for the hallway thermostats',
      targets: ['arn:aws:iot:us-east-1:123456789012:thinggroup/thermostats'],
    },
  });
}

/**
 * `null` entries in dense (not `@sparse`) lists and maps, as in issue 12: lenient mode accepts them
 * and its codec drops them, strict mode rejects them (docs/VALIDATION.md). Also records what the
 * real @aws-sdk/client-iot makes of the same body, since our application form deliberately differs.
 */
import { Readable } from 'node:stream';
import { GetOTAUpdateCommand, IoTClient } from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import * as strict from '@ota-contract/zod';
import * as lenient from '@ota-contract/zod/lenient';

const body = {
  otaUpdateInfo: {
    protocols: ['MQTT', null],
    targets: [null, 'arn:aws:iot:us-east-1:123456789012:thing/a', null],
    additionalParameters: { kept: 'v', dropped: null },
    otaUpdateFiles: [null, { fileName: 'f', attributes: { a: null, b: 'x' } }],
  },
};

describe('dense lists and maps with null entries', () => {
  it('strict mode rejects every null entry, at its own path', () => {
    const r = strict.GetOTAUpdateResponseJsonSchema.safeParse(body);
    expect(r.success).toBe(false);
    const lines = strict.formatIssues(r.error!);
    expect(lines).toContain('otaUpdateInfo.targets[0]: must be a string');
    expect(lines).toContain('otaUpdateInfo.additionalParameters.dropped: must be a string');
    expect(lines).toContain('otaUpdateInfo.otaUpdateFiles[1].attributes.a: must be a string');
  });

  it('the lenient wire schema accepts them and the lenient codec drops them', () => {
    expect(lenient.GetOTAUpdateResponseJsonSchema.safeParse(body).success).toBe(true);
    // `null` entries are outside the input type: lenient mode accepts them at run time all the same.
    const info = lenient.GetOTAUpdateResponseCodec.decode(body as never).otaUpdateInfo!;
    expect(info.protocols).toEqual(['MQTT']);
    expect(info.targets).toEqual(['arn:aws:iot:us-east-1:123456789012:thing/a']);
    expect({ ...info.additionalParameters }).toEqual({ kept: 'v' });
    expect(info.otaUpdateFiles).toHaveLength(1);
    expect({ ...info.otaUpdateFiles![0]!.attributes }).toEqual({ b: 'x' });
  });

  it('keeps the input index in lenient issues after a dropped entry', () => {
    const r = lenient.GetOTAUpdateResponseCodec.safeDecode({ otaUpdateInfo: { protocols: [null, 'MQTT', 7] } } as never);
    expect(r.success).toBe(false);
    expect(lenient.formatIssues(r.error!)).toEqual(['otaUpdateInfo.protocols[2]: must be a string']);
  });

  it('does not drop anything when encoding: a null in an application value is still an error', () => {
    const r = lenient.GetOTAUpdateResponseCodec.safeEncode({ otaUpdateInfo: { protocols: ['MQTT', null as never] } });
    expect(r.success).toBe(false);
  });

  it('@aws-sdk/client-iot 3.1169 hands the nulls through unchanged (our codec drops them on purpose)', async () => {
    const client = new IoTClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
      requestHandler: {
        handle: async () => ({ response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from(JSON.stringify(body))]) } }),
      },
    });
    const sdk = await client.send(new GetOTAUpdateCommand({ otaUpdateId: 'ota_update-1' }));
    expect(sdk.otaUpdateInfo!.protocols).toEqual(['MQTT', null]);
    expect(sdk.otaUpdateInfo!.additionalParameters).toEqual({ kept: 'v', dropped: null });
    expect(sdk.otaUpdateInfo!.otaUpdateFiles![0]).toBeNull();
  });
});

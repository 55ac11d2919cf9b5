/**
 * A consumer's TypeScript, compiled against the packed tarballs installed outside the workspace
 * (module/moduleResolution node16, and bundler). Uses every package's main entry and subpaths; the
 * `@ts-expect-error` lines fail the compile if a type degrades to `any`.
 */
import { GetOTAUpdateOperation, OTAUpdateStatus, modeledErrors, type GetOTAUpdateResponse, type GetOTAUpdateResponseJson, type OTAUpdateInfo } from '@ota-contract/types';
import { GetOTAUpdateResponseCodec, GetOTAUpdateResponseJsonSchema, OTAUpdateInfoSchema } from '@ota-contract/zod';
import { GetOTAUpdateResponseCodec as LenientCodec } from '@ota-contract/zod/lenient';
import { validateGetOTAUpdateResponseJson } from '@ota-contract/json-schema';
import { validateGetOTAUpdateResponseJson as validateLenient } from '@ota-contract/json-schema/lenient';
import { fixtures } from '@ota-contract/fixtures';
import { getOTAUpdateHandler, handlers } from '@ota-contract/msw';
import type { HttpHandler } from 'msw';

export const wire: GetOTAUpdateResponseJson = {
  otaUpdateInfo: { otaUpdateId: 'update-1', creationDate: 1700000000.123, otaUpdateStatus: 'CREATE_COMPLETE', protocols: ['MQTT'] },
};
// @ts-expect-error: on the wire a timestamp is epoch seconds, not a Date
export const wrongWire: GetOTAUpdateResponseJson = { otaUpdateInfo: { creationDate: new Date() } };

export const app: GetOTAUpdateResponse = GetOTAUpdateResponseCodec.decode(GetOTAUpdateResponseJsonSchema.parse(wire));
export const created: Date | undefined = app.otaUpdateInfo?.creationDate;
// @ts-expect-error: the application form holds a Date, not a number
export const createdSeconds: number | undefined = app.otaUpdateInfo?.creationDate;
// A response from a newer service: `parse` takes unknown input and decodes to the application form.
export const lenient: GetOTAUpdateResponse = LenientCodec.parse(JSON.parse('{"otaUpdateInfo":{"otaUpdateStatus":"SOME_FUTURE_STATUS"}}'));

export const valid: boolean = validateGetOTAUpdateResponseJson(wire) && validateLenient(wire);
export const status: OTAUpdateStatus = OTAUpdateStatus.CREATE_COMPLETE;
export const route: string = `${GetOTAUpdateOperation.method} ${GetOTAUpdateOperation.uri} ${modeledErrors.ThrottlingException.httpStatus}`;

export const info: OTAUpdateInfo = OTAUpdateInfoSchema.parse(fixtures.OTAUpdateInfo.build({ seed: 1 }));
export const handler: HttpHandler = getOTAUpdateHandler();
export const all: HttpHandler[] = handlers;

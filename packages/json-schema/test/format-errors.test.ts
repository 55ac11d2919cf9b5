/**
 * `formatErrors` turns the precompiled validators' ajv errors into the issue lines that
 * docs/VALIDATION.md asks of every artifact (path from the validated root, then the rule).
 */

import { describe, expect, it } from 'vitest';
import { formatErrors, formatPath, validateGetOTAUpdateResponseJson as strict, validateGetOTAUpdateRequestPath as path } from '../src/index.js';
import { validateGetOTAUpdateResponseJson as lenient } from '../src/lenient.js';

function issues(value: unknown): string[] {
  const data = JSON.parse(JSON.stringify(value)) as unknown;
  expect(strict(data)).toBe(false);
  return formatErrors(strict.errors, data);
}

describe('formatErrors', () => {
  it.each([
    [{ otaUpdateInfo: { otaUpdateFiles: [{ fileType: 256 }] } }, 'otaUpdateInfo.otaUpdateFiles[0].fileType: must be ≤ 255'],
    [{ otaUpdateInfo: { description: 'a'.repeat(2029) } }, 'otaUpdateInfo.description: must have at most 2028 Unicode code points'],
    [{ otaUpdateInfo: { otaUpdateStatus: 'DONE' } }, 'otaUpdateInfo.otaUpdateStatus: must be one of CREATE_PENDING, CREATE_IN_PROGRESS, CREATE_COMPLETE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETE_FAILED'],
    [{ otaUpdateInfo: { otaUpdateId: 'a b' } }, 'otaUpdateInfo.otaUpdateId: must match the pattern ^[a-zA-Z0-9_-]+$'],
    [{ otaUpdateInfo: { otaUpdateFiles: [{ attributes: { 'a b': 1 } }] } }, 'otaUpdateInfo.otaUpdateFiles[0].attributes["a b"]: must be a string'],
    [{ otaUpdateInfo: { additionalParameters: { '0': 1 } } }, 'otaUpdateInfo.additionalParameters["0"]: must be a string'],
    [{ otaUpdateInfo: { targets: [] } }, 'otaUpdateInfo.targets: must have at least 1 entry'],
    [{ otaUpdateInfo: { unknownField: 1 } }, 'otaUpdateInfo.unknownField: is not allowed (unknown property)'],
    [{ otaUpdateInfo: { awsJobExecutionsRolloutConfig: { exponentialRate: { baseRatePerMinute: 1, rateIncreaseCriteria: {} } } } }, 'otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: is required'],
    [{ otaUpdateInfo: null }, 'otaUpdateInfo: must be an object'],
    [{ otaUpdateInfo: { awsJobExecutionsRolloutConfig: { exponentialRate: { baseRatePerMinute: 1, incrementFactor: 'nan', rateIncreaseCriteria: {} } } } }, 'otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: must be a number or one of "NaN", "Infinity", "-Infinity"'],
    [{ otaUpdateInfo: { otaUpdateFiles: [{ codeSigning: { customCodeSigning: { signature: { inlineDocument: 'AQI' } } } }] } }, 'otaUpdateInfo.otaUpdateFiles[0].codeSigning.customCodeSigning.signature.inlineDocument: must be base64 text'],
    [{ otaUpdateInfo: { creationDate: '2024-06-01T00:00:00Z' } }, 'otaUpdateInfo.creationDate: must be a number'],
    [{ otaUpdateInfo: { creationDate: 8640000000001 } }, 'otaUpdateInfo.creationDate: must be ≤ 8640000000000'],
    [{ otaUpdateInfo: { otaUpdateFiles: [{ fileLocation: { stream: { streamId: '' } } }] } }, 'otaUpdateInfo.otaUpdateFiles[0].fileLocation.stream.streamId: must have at least 1 Unicode code point'],
  ])('%j → %s', (value, line) => {
    expect(issues(value)).toEqual([line]);
  });

  it('reports through a lenient nullable member, without its null branch', () => {
    const data = { otaUpdateInfo: { otaUpdateFiles: [{ fileType: 1.5 }], description: 5 } };
    expect(lenient(data)).toBe(false);
    expect(formatErrors(lenient.errors, data)).toEqual(['otaUpdateInfo.description: must be a string']);
    const nested = { otaUpdateInfo: { awsJobPresignedUrlConfig: { expiresInSec: 'x' } } };
    expect(lenient(nested)).toBe(false);
    expect(formatErrors(lenient.errors, nested)).toEqual(['otaUpdateInfo.awsJobPresignedUrlConfig.expiresInSec: must be an integer']);
    const double = { otaUpdateInfo: { awsJobExecutionsRolloutConfig: { exponentialRate: { incrementFactor: true } } } };
    expect(lenient(double)).toBe(false);
    expect(formatErrors(lenient.errors, double)).toEqual(['otaUpdateInfo.awsJobExecutionsRolloutConfig.exponentialRate.incrementFactor: must be a number or one of "NaN", "Infinity", "-Infinity"']);
  });

  it('names the root and the request path labels', () => {
    expect(strict([])).toBe(false);
    expect(formatErrors(strict.errors, [])).toEqual(['(root): must be an object']);
    expect(path({})).toBe(false);
    expect(formatErrors(path.errors, {})).toEqual(['otaUpdateId: is required']);
  });

  it('tells list indexes from map keys only with the data, and escapes JSON Pointer tokens', () => {
    expect(formatPath('/a/0/b~1c~0d')).toBe('a["0"]["b/c~d"]');
    expect(formatPath('/a/0', { a: [1] })).toBe('a[0]');
    expect(formatPath('/a/0', { a: { '0': 1 } })).toBe('a["0"]');
    expect(formatErrors(null)).toEqual([]);
  });
});

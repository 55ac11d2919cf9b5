import { describe, expect, it } from 'vitest';
import { decodeLabel, matchPath, type PathTemplate } from '../../src/runtime/path.js';

const get: PathTemplate = { segments: ['otaUpdates', { label: 'otaUpdateId' }] };
const greedy: PathTemplate = { segments: ['buckets', { label: 'bucket' }, 'objects', { label: 'key', greedy: true }, 'tags'] };
const withQuery: PathTemplate = { segments: ['things', { label: 'name' }], queryLiterals: { 'x-id': 'Tag', flag: '' } };

describe('matchPath', () => {
  it.each([
    ['https://iot.us-east-1.amazonaws.com/otaUpdates/abc', { otaUpdateId: 'abc' }],
    ['http://127.0.0.1:4010/otaUpdates/abc?extra=1', { otaUpdateId: 'abc' }],
    ['http://localhost/otaUpdates/a%20b%2Fc', { otaUpdateId: 'a%20b%2Fc' }],
    ['http://localhost/otaUpdates/', { otaUpdateId: '' }],
    ['http://localhost/otaUpdates', undefined],
    ['http://localhost/otaUpdates/abc/', undefined],
    ['http://localhost/otaUpdates/abc/jobs', undefined],
    ['http://localhost/prefix/otaUpdates/abc', undefined],
    ['http://localhost/otaupdates/abc', undefined],
  ])('%s', (url, want) => {
    expect(matchPath(get, new URL(url))).toEqual(want);
  });

  it('strips a base path when given, and needs it', () => {
    expect(matchPath(get, new URL('http://h/iot/otaUpdates/x'), '/iot')).toEqual({ otaUpdateId: 'x' });
    expect(matchPath(get, new URL('http://h/iot/otaUpdates/x'), '/iot/')).toEqual({ otaUpdateId: 'x' });
    expect(matchPath(get, new URL('http://h/otaUpdates/x'), '/iot')).toBeUndefined();
  });

  it('gives a greedy label one or more segments, with fixed segments after it', () => {
    expect(matchPath(greedy, new URL('http://h/buckets/b/objects/a/b/c/tags'))).toEqual({ bucket: 'b', key: 'a/b/c' });
    expect(matchPath(greedy, new URL('http://h/buckets/b/objects/a/tags'))).toEqual({ bucket: 'b', key: 'a' });
    expect(matchPath(greedy, new URL('http://h/buckets/b/objects/tags'))).toBeUndefined();
    expect(matchPath(greedy, new URL('http://h/buckets/b/objects/a/b'))).toBeUndefined();
  });

  it('requires the literal query parameters of the URI', () => {
    expect(matchPath(withQuery, new URL('http://h/things/t?x-id=Tag&flag'))).toEqual({ name: 't' });
    expect(matchPath(withQuery, new URL('http://h/things/t?x-id=Other&flag'))).toBeUndefined();
    expect(matchPath(withQuery, new URL('http://h/things/t?x-id=Tag'))).toBeUndefined();
  });
});

describe('decodeLabel', () => {
  it('percent-decodes, and reports malformed escapes', () => {
    expect(decodeLabel('a%20b%2Fc')).toBe('a b/c');
    expect(decodeLabel('%E2%9C%93')).toBe('✓');
    expect(decodeLabel('%E0%A4%A')).toBeUndefined();
  });
});

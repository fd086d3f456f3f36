import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../shared/api';
import { isTrustedSender, originOf } from './trustedSender';

const trusted = [APP_ORIGIN, 'http://localhost:5173'];

describe('originOf', () => {
  it('gives app://kinerja, where WHATWG URL would say "null"', () => {
    expect(new URL('app://kinerja/index.html').origin).toBe('null');
    expect(originOf('app://kinerja/index.html')).toBe('app://kinerja');
  });

  it('keeps a non-default port and drops path, query and credentials', () => {
    expect(originOf('http://localhost:5173/src/main.tsx?x')).toBe('http://localhost:5173');
    expect(originOf('http://localhost:80/')).toBe('http://localhost');
    expect(originOf('not a url')).toBeUndefined();
  });
});

describe('isTrustedSender', () => {
  it.each(['app://kinerja/', 'app://kinerja/index.html#/skp', 'app://KINERJA/', 'http://localhost:5173/'])(
    'trusts the main frame of %s',
    (url) => expect(isTrustedSender({ url, isMainFrame: true }, trusted)).toBe(true),
  );

  it.each([
    'app://kinerja.evil/',
    'app://kinerjax/',
    'app://evil/kinerja',
    'app://kinerja@evil/',
    'app://kinerja:8080/',
    'https://kinerja/',
    'file:///app/kinerja/index.html',
    'http://localhost:5174/',
    'http://localhost:5173.evil.com/',
    'about:blank',
    'null',
    '',
  ])('does not trust %s (exact origin, not a prefix)', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, trusted)).toBe(false);
  });

  it('does not trust a subframe, even of the app origin', () => {
    expect(isTrustedSender({ url: 'app://kinerja/', isMainFrame: false }, trusted)).toBe(false);
  });

  it('does not trust a frame that is gone', () => {
    expect(isTrustedSender({ url: undefined, isMainFrame: true }, trusted)).toBe(false);
  });

  it('trusts the dev server only when it is in the list', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, [APP_ORIGIN])).toBe(false);
  });
});

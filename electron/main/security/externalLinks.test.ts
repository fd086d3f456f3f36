import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalIfAllowed } from './externalLinks';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://peraturan.bpk.go.id/Details/212345/permen-pan-rb-no-6-tahun-2022',
    'https://jdih.menpan.go.id/',
    'https://www.menpan.go.id/site/berita',
    'https://www.bkn.go.id/',
    'https://WWW.BKN.GO.ID:443/path',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://peraturan.bpk.go.id/', // not HTTPS
    'https://evil.example/',
    'https://peraturan.bpk.go.id.evil.example/',
    'https://evilperaturan.bpk.go.id/',
    'https://bkn.go.id/', // only the listed host
    'https://user:pass@www.bkn.go.id/',
    'https://user@www.bkn.go.id/',
    'https://www.bkn.go.id:8443/',
    'https://www.bkn.go.id./',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://www.bkn.go.id/share',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('openExternalIfAllowed', () => {
  it('opens an allowed URL, normalised', async () => {
    const openExternal = vi.fn(async () => {});
    expect(await openExternalIfAllowed('https://WWW.BKN.GO.ID/a b', openExternal)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.bkn.go.id/a%20b');
  });

  it('never calls the OS for anything else', async () => {
    const openExternal = vi.fn(async () => {});
    expect(await openExternalIfAllowed('file:///C:/Windows/System32/calc.exe', openExternal)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

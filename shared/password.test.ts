import { describe, expect, it } from 'vitest';
import { KDF_ITERATIONS, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses PBKDF2-SHA-256 with at least 600,000 iterations by default', async () => {
    const stored = await hashPassword('rahasia-sekali');
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(stored.iterations).toBe(KDF_ITERATIONS);
    expect(stored.algorithm).toBe('PBKDF2-SHA-256');
    expect(await verifyPassword('rahasia-sekali', stored)).toBe(true);
  });

  it('never keeps the password itself', async () => {
    const stored = await hashPassword('rahasia-sekali', 1000);
    expect(JSON.stringify(stored)).not.toContain('rahasia');
  });

  it('rejects a wrong password, including one that differs by case or a trailing space', async () => {
    const stored = await hashPassword('Rahasia123', 1000);
    expect(await verifyPassword('rahasia123', stored)).toBe(false);
    expect(await verifyPassword('Rahasia123 ', stored)).toBe(false);
  });

  it('salts each hash, so the same password hashes differently twice', async () => {
    const a = await hashPassword('sama-saja', 1000);
    const b = await hashPassword('sama-saja', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('matches the published PBKDF2-HMAC-SHA256 test vector', async () => {
    // RFC 7914 §11: P="passwd", S="salt", c=1, dkLen=64 → first 32 bytes below.
    const stored = { algorithm: 'PBKDF2-SHA-256' as const, iterations: 1, salt: btoa('salt'), hash: '' };
    const expectedHex = '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc';
    stored.hash = btoa(String.fromCharCode(...expectedHex.match(/../g)!.map((h) => parseInt(h, 16))));
    expect(await verifyPassword('passwd', stored)).toBe(true);
  });
});

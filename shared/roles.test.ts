import { describe, expect, it } from 'vitest';
import { can } from './roles';

describe('can', () => {
  it('lets HR manage accounts and settings', () => {
    expect(can(['admin_kepegawaian'], 'user.create')).toBe(true);
    expect(can(['admin_kepegawaian'], 'settings.update')).toBe(true);
  });
  it('lets the head of office read accounts and the audit trail but change nothing', () => {
    expect(can(['pimpinan'], 'user.list')).toBe(true);
    expect(can(['pimpinan'], 'audit.read')).toBe(true);
    expect(can(['pimpinan'], 'user.create')).toBe(false);
    expect(can(['pimpinan'], 'settings.update')).toBe(false);
  });
  it('gives a person with two roles the union of both', () => {
    expect(can(['pegawai', 'admin_kepegawaian'], 'user.create')).toBe(true);
  });
  it('gives no role nothing', () => {
    expect(can([], 'user.list')).toBe(false);
  });
});

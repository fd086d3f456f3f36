import { describe, expect, it } from 'vitest';
import type { Employee, Position, Unit } from '../../../shared/people';
import { filterEmployees, noFilter } from './filterEmployees';

const unit = (id: string, parentId: string | null, name: string): Unit => ({ id, officeId: 'o', parentId, name, kind: parentId ? 'bidang' : 'opd', retired: false });
const units = [unit('opd', null, 'Dinas Kesehatan'), unit('yankes', 'opd', 'Bidang Pelayanan Kesehatan'), unit('rujukan', 'yankes', 'Seksi Rujukan'), unit('p2p', 'opd', 'Bidang P2P')];
const positions: Position[] = [
  { id: 'kabid', officeId: 'o', name: 'Kepala Bidang Pelayanan Kesehatan', jenisJabatan: 'administrator', kategori: null, jenjang: null, unitId: 'yankes', reportsToId: null, retired: false },
  { id: 'dokter', officeId: 'o', name: 'Dokter Ahli Muda', jenisJabatan: 'fungsional', kategori: 'keahlian', jenjang: 'ahli_muda', unitId: 'rujukan', reportsToId: 'kabid', retired: false },
];
const person = (id: string, name: string, nip: string, more: Partial<Employee> = {}): Employee => ({
  id, officeId: 'o', nip, asnType: 'pns', name, gelarDepan: '', gelarBelakang: '', golongan: null, positionId: null, unitId: null, status: 'active', tmtJabatan: null, appraiserOverride: null, ...more,
});
const people = [
  person('1', 'Yohana Rambu', '198507142010122002', { golongan: 'III/b', unitId: 'rujukan', positionId: 'dokter', gelarDepan: 'dr.' }),
  person('2', 'Umbu Lapu', '197912252005011003', { golongan: 'IV/a', unitId: 'yankes', positionId: 'kabid' }),
  person('3', 'Agnes Lobo', '199203152018032004', { golongan: 'II/c', unitId: 'p2p', status: 'moved' }),
];
const collator = new Intl.Collator('id');
const byName = { key: 'name' as const, direction: 'asc' as const };
const names = (list: Employee[]) => list.map((e) => e.name);

describe('filterEmployees', () => {
  it('finds people by name (titles included) or by NIP typed with spaces', () => {
    expect(names(filterEmployees(people, { units, positions }, { ...noFilter, search: 'dr. yoh' }, byName, collator))).toEqual(['Yohana Rambu']);
    expect(names(filterEmployees(people, { units, positions }, { ...noFilter, search: '19791225 2005' }, byName, collator))).toEqual(['Umbu Lapu']);
  });

  it('filters a unit together with its sub-units', () => {
    expect(names(filterEmployees(people, { units, positions }, { ...noFilter, unitId: 'yankes' }, byName, collator))).toEqual(['Umbu Lapu', 'Yohana Rambu']);
  });

  it('filters by jenis jabatan, golongan and status', () => {
    expect(names(filterEmployees(people, { units, positions }, { ...noFilter, jenisJabatan: 'fungsional' }, byName, collator))).toEqual(['Yohana Rambu']);
    expect(names(filterEmployees(people, { units, positions }, { ...noFilter, golongan: 'IV/a' }, byName, collator))).toEqual(['Umbu Lapu']);
    expect(names(filterEmployees(people, { units, positions }, { ...noFilter, status: 'moved' }, byName, collator))).toEqual(['Agnes Lobo']);
  });

  it('sorts golongan by rank, not alphabetically (IV/a above III/b above II/c)', () => {
    const sorted = filterEmployees(people, { units, positions }, noFilter, { key: 'golongan', direction: 'desc' }, collator);
    expect(sorted.map((e) => e.golongan)).toEqual(['IV/a', 'III/b', 'II/c']);
  });

  it('sorts by unit name and by position name', () => {
    expect(names(filterEmployees(people, { units, positions }, noFilter, { key: 'unit', direction: 'asc' }, collator))).toEqual(['Agnes Lobo', 'Umbu Lapu', 'Yohana Rambu']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  angkaKreditPredikatNames,
  orgPredikatLabels,
  orgPredikatList,
  predikatLabels,
  predikatList,
  predikatOf,
  predikatRank,
  ratingLabels,
  ratings,
} from './tables';

describe('predikat kinerja pegawai from the two ratings (kuadran kinerja)', () => {
  it.each([
    // hasil,    perilaku,   predikat
    ['di-atas', 'di-atas', 'sangat-baik'],
    ['di-atas', 'sesuai', 'baik'],
    ['di-atas', 'di-bawah', 'kurang'], // good results, behaviour below expectations: misconduct
    ['sesuai', 'di-atas', 'baik'],
    ['sesuai', 'sesuai', 'baik'],
    ['sesuai', 'di-bawah', 'kurang'],
    ['di-bawah', 'di-atas', 'butuh-perbaikan'],
    ['di-bawah', 'sesuai', 'butuh-perbaikan'],
    ['di-bawah', 'di-bawah', 'sangat-kurang'],
  ] as const)('hasil %s, perilaku %s → %s', (hasil, perilaku, predikat) => {
    expect(predikatOf(hasil, perilaku)).toBe(predikat);
  });

  it('gives every predikat from some pair of ratings', () => {
    const reached = new Set(ratings.flatMap((h) => ratings.map((p) => predikatOf(h, p))));
    expect([...reached].sort()).toEqual([...predikatList].sort());
  });
});

describe('order and names', () => {
  it('ranks the predikat best first, 1 to 5', () => {
    expect(predikatList).toEqual(['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']);
    expect(predikatRank).toEqual({ 'sangat-baik': 1, baik: 2, 'butuh-perbaikan': 3, kurang: 4, 'sangat-kurang': 5 });
  });

  it('orders the ratings worst first and the organisation predikat best first', () => {
    expect(ratings).toEqual(['di-bawah', 'sesuai', 'di-atas']);
    expect(orgPredikatList).toEqual(['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']);
  });

  it('prints the official Indonesian terms, with English translations', () => {
    expect(ratings.map((r) => ratingLabels[r].id)).toEqual(['Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi']);
    expect(ratings.map((r) => ratingLabels[r].en)).toEqual(['Below expectations', 'Meets expectations', 'Above expectations']);
    expect(predikatList.map((p) => predikatLabels[p].id)).toEqual(['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang']);
    expect(predikatList.map((p) => predikatLabels[p].en)).toEqual(['Excellent', 'Good', 'Needs improvement', 'Poor (misconduct)', 'Very poor']);
    expect(orgPredikatList.map((p) => orgPredikatLabels[p].id)).toEqual(['Istimewa', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang']);
  });

  it('calls Butuh Perbaikan "Cukup" in angka-kredit tables', () => {
    expect(predikatList.map((p) => angkaKreditPredikatNames[p])).toEqual(['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, checkEvidenceLink } from './evidence';

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(64).fill(0x20)]);
const pdf = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const zip = bytes(0x50, 0x4b, 0x03, 0x04);
const exe = bytes(0x4d, 0x5a, 0x90, 0x00);

describe('evidence files', () => {
  it('accepts documents and pictures whose content matches their name, with the MIME type to store', () => {
    expect(checkEvidenceFile('laporan-triwulan.pdf', pdf, 10)).toEqual({ ok: true, mimeType: 'application/pdf' });
    expect(checkEvidenceFile('FOTO KEGIATAN.PNG', png, 10)).toEqual({ ok: true, mimeType: 'image/png' });
    expect(checkEvidenceFile('rekap.xlsx', zip, 10)).toMatchObject({ ok: true });
    expect(checkEvidenceFile('catatan.txt', new TextEncoder().encode('Rapat 12 Maret: 14 peserta'), 10)).toMatchObject({ ok: true, mimeType: 'text/plain' });
  });

  it('refuses a program renamed as a document, whatever its extension', () => {
    expect(checkEvidenceFile('laporan.pdf', exe, 10)).toEqual({ ok: false, error: { code: 'monitoring.evidenceExecutable', params: { name: 'laporan.pdf' } } });
    expect(checkEvidenceFile('foto.jpg', bytes(0x7f, 0x45, 0x4c, 0x46), 10)).toMatchObject({ ok: false, error: { code: 'monitoring.evidenceExecutable' } });
    expect(checkEvidenceFile('data.csv', new TextEncoder().encode('#!/bin/sh\nrm -rf /'), 10)).toMatchObject({ ok: false, error: { code: 'monitoring.evidenceExecutable' } });
  });

  it('refuses a type that is not allowed, and content that is not what the name says', () => {
    expect(checkEvidenceFile('setup.exe', pdf, 10)).toMatchObject({ ok: false, error: { code: 'monitoring.evidenceTypeNotAllowed' } });
    expect(checkEvidenceFile('tanpa-ekstensi', pdf, 10)).toMatchObject({ ok: false, error: { code: 'monitoring.evidenceTypeNotAllowed' } });
    expect(checkEvidenceFile('foto.png', pdf, 10)).toEqual({ ok: false, error: { code: 'monitoring.evidenceContentMismatch', params: { name: 'foto.png', extension: 'png' } } });
    expect(checkEvidenceFile('catatan.txt', new Uint8Array([0x41, 0x00, 0x42]), 10)).toMatchObject({ ok: false, error: { code: 'monitoring.evidenceContentMismatch' } });
  });

  it('refuses an empty file and one over the cap (10 MB is 10 × 1,048,576 bytes; one byte more is too much)', () => {
    expect(checkEvidenceFile('kosong.pdf', new Uint8Array(), 10)).toMatchObject({ ok: false, error: { code: 'monitoring.evidenceEmpty' } });
    const atCap = new Uint8Array(10 * 1024 * 1024);
    atCap.set([0x25, 0x50, 0x44, 0x46]);
    expect(checkEvidenceFile('besar.pdf', atCap, 10)).toMatchObject({ ok: true });
    const over = new Uint8Array(10 * 1024 * 1024 + 1);
    over.set([0x25, 0x50, 0x44, 0x46]);
    expect(checkEvidenceFile('besar.pdf', over, 10)).toEqual({ ok: false, error: { code: 'monitoring.evidenceTooLarge', params: { name: 'besar.pdf', maxMb: 10 } } });
  });
});

describe('evidence links', () => {
  it('accepts web addresses and refuses anything that would open a local file or run a script', () => {
    expect(checkEvidenceLink('https://drive.example.go.id/berkas/123')).toBeNull();
    expect(checkEvidenceLink('http://intranet.dinkes.local/laporan')).toBeNull();
    for (const url of ['file:///C:/laporan.pdf', 'javascript:alert(1)', 'laporan.pdf', '']) expect(checkEvidenceLink(url)).toMatchObject({ code: 'monitoring.linkInvalid' });
  });
});

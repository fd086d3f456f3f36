import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approvedStaffOffice } from './monitoringTesting';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { verifyAudit } from '../audit';
import { snapshot } from '../testRepo';
import { addEvidenceFile, addEvidenceLink, listEvidence, readEvidenceFile, removeEvidence } from './evidence';
import { saveMonitoringRules } from './monitoringYears';

async function office(start?: string) {
  const o = await approvedStaffOffice(start);
  return { ...o, q1: { skpId: o.skp.id, ikiId: 'S1-iki', periodKey: '2026-Q1' } };
}

const ascii = (text: string) => new TextEncoder().encode(text);
const pdf = ascii('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('an evidence file', () => {
  it('is stored with its SHA-256 and reads back byte for byte', async () => {
    const o = await office();
    const record = await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'Laporan Maret.pdf', bytes: pdf });
    expect(record).toMatchObject({
      kind: 'file',
      name: 'Laporan Maret.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      employeeId: o.p.staff1.id,
      skpId: o.skp.id,
      ikiId: 'S1-iki',
      periodKey: '2026-Q1',
      removed: false,
    });
    expect(await o.repo.db.evidenceBlobs.get(sha256(pdf))).toBeDefined();

    for (const who of [o.as.staff1, o.as.kasi, o.admin, o.as.head]) {
      const read = await readEvidenceFile(o.repo, who, record.id);
      expect(read.name).toBe('Laporan Maret.pdf');
      expect(read.mimeType).toBe('application/pdf');
      expect(Array.from(read.bytes)).toEqual(Array.from(pdf));
    }
    expect((await listEvidence(o.repo, o.as.staff1, o.skp.id)).map((e) => e.id)).toEqual([record.id]);

    const audit = await o.repo.db.audit.where('entityId').equals(record.id).toArray();
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([['evidence.add', 'Akun 199203152018032004']]);
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('refuses a renamed program, a forbidden type, content that is not what the name says, and an empty file', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'laporan.pdf', bytes: exe })).rejects.toMatchObject({ code: 'monitoring.evidenceExecutable', params: { name: 'laporan.pdf' } });
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'pasang.sh.txt', bytes: ascii('#!/bin/sh\nrm -rf /\n') })).rejects.toMatchObject({ code: 'monitoring.evidenceExecutable' });
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'laporan.html', bytes: ascii('<html></html>') })).rejects.toMatchObject({ code: 'monitoring.evidenceTypeNotAllowed' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'foto.pdf', bytes: png })).rejects.toMatchObject({ code: 'monitoring.evidenceContentMismatch', params: { extension: 'pdf' } });
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'kosong.pdf', bytes: new Uint8Array() })).rejects.toMatchObject({ code: 'monitoring.evidenceEmpty' });
    expect(await snapshot(o.repo)).toBe(before);
    // The same picture under its own name is fine.
    expect((await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'foto.png', bytes: png })).mimeType).toBe('image/png');
  });

  it('refuses a file over the office’s cap (1 MB: 1 MB + 1 byte), accepts exactly 1 MB', async () => {
    const o = await office();
    await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, evidenceMaxMb: 1 });
    const sized = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x20);
      bytes.set(ascii('%PDF-1.4\n'));
      return bytes;
    };
    const before = await snapshot(o.repo);
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'besar.pdf', bytes: sized(1024 * 1024 + 1) })).rejects.toMatchObject({
      code: 'monitoring.evidenceTooLarge',
      params: { name: 'besar.pdf', maxMb: 1 },
    });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'pas.pdf', bytes: sized(1024 * 1024) })).size).toBe(1024 * 1024);
  });

  it('follows the entry rules: a colleague is refused, a locked period is refused, HR may add', async () => {
    const o = await office();
    let before = await snapshot(o.repo);
    await expect(addEvidenceFile(o.repo, o.as.staff2, o.q1, { name: 'a.pdf', bytes: pdf })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(addEvidenceFile(o.repo, o.as.kasi, o.q1, { name: 'a.pdf', bytes: pdf })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(addEvidenceFile(o.repo, o.as.staff1, { ...o.q1, ikiId: 'nope' }, { name: 'a.pdf', bytes: pdf })).rejects.toMatchObject({ code: 'monitoring.ikiNotFound' });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await addEvidenceFile(o.repo, o.admin, o.q1, { name: 'a.pdf', bytes: pdf })).employeeId).toBe(o.p.staff1.id);
    o.setDay('2026-04-11');
    before = await snapshot(o.repo);
    await expect(addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'b.pdf', bytes: pdf })).rejects.toMatchObject({ code: 'monitoring.periodLocked' });
    await expect(addEvidenceLink(o.repo, o.as.staff1, o.q1, { name: 'Drive', url: 'https://drive.example.go.id/x' })).rejects.toMatchObject({ code: 'monitoring.periodLocked' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('names a file that is missing from the PC, and one whose bytes changed', async () => {
    const o = await office();
    const record = await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'Laporan.pdf', bytes: pdf });
    // Someone (or a disk fault) changes the stored bytes.
    const changed = ascii('%PDF-1.4\n% diubah\n');
    await o.repo.db.evidenceBlobs.put({ sha256: record.sha256, bytes: changed.slice().buffer });
    await expect(readEvidenceFile(o.repo, o.as.staff1, record.id)).rejects.toMatchObject({ code: 'monitoring.evidenceCorrupt', params: { name: 'Laporan.pdf' } });
    // And then it is gone altogether.
    await o.repo.db.evidenceBlobs.delete(record.sha256);
    await expect(readEvidenceFile(o.repo, o.as.staff1, record.id)).rejects.toMatchObject({ code: 'monitoring.evidenceMissing', params: { name: 'Laporan.pdf' } });
  });

  it('is not readable by another Pegawai', async () => {
    const o = await office();
    const record = await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'Laporan.pdf', bytes: pdf });
    await expect(readEvidenceFile(o.repo, o.as.staff2, record.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(listEvidence(o.repo, o.as.staff2, o.skp.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('an evidence link', () => {
  it('is stored for https, refused for file://, javascript: and text that is no address', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    for (const url of ['file:///C:/Users/agnes/laporan.pdf', 'javascript:alert(1)', 'laporan di lemari']) {
      await expect(addEvidenceLink(o.repo, o.as.staff1, o.q1, { name: 'Bukti', url })).rejects.toMatchObject({ code: 'monitoring.linkInvalid', field: 'url' });
    }
    expect(await snapshot(o.repo)).toBe(before);
    const link = await addEvidenceLink(o.repo, o.as.staff1, o.q1, { name: '', url: ' https://drive.example.go.id/laporan-maret ' });
    expect(link).toMatchObject({ kind: 'link', url: 'https://drive.example.go.id/laporan-maret', name: 'https://drive.example.go.id/laporan-maret', sha256: '', size: 0 });
    expect((await listEvidence(o.repo, o.as.kasi, o.skp.id)).map((e) => e.url)).toEqual(['https://drive.example.go.id/laporan-maret']);
    // A link has no file to read.
    await expect(readEvidenceFile(o.repo, o.as.staff1, link.id)).rejects.toMatchObject({ code: 'monitoring.evidenceNotFound' });
  });
});

describe('removing evidence', () => {
  it('works while the period is open: hidden from the list, kept in the record and the audit trail', async () => {
    const o = await office();
    const file = await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'Salah.pdf', bytes: pdf });
    const link = await addEvidenceLink(o.repo, o.as.staff1, o.q1, { name: 'Drive', url: 'https://drive.example.go.id/x' });
    const removed = await removeEvidence(o.repo, o.as.staff1, file.id);
    expect(removed.removed).toBe(true);
    expect((await listEvidence(o.repo, o.as.staff1, o.skp.id)).map((e) => e.id)).toEqual([link.id]);
    expect((await o.repo.db.evidence.get(file.id))?.removed).toBe(true);
    const audit = await o.repo.db.audit.where('entityId').equals(file.id).toArray();
    expect(audit.map((a) => a.action)).toEqual(['evidence.add', 'evidence.remove']);
    // Removed once is gone: a second removal finds nothing.
    await expect(removeEvidence(o.repo, o.as.staff1, file.id)).rejects.toMatchObject({ code: 'monitoring.evidenceNotFound' });
  });

  it('is refused after the deadline, and to a colleague', async () => {
    const o = await office();
    const file = await addEvidenceFile(o.repo, o.as.staff1, o.q1, { name: 'Laporan.pdf', bytes: pdf });
    let before = await snapshot(o.repo);
    await expect(removeEvidence(o.repo, o.as.staff2, file.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);
    o.setDay('2026-04-11');
    before = await snapshot(o.repo);
    await expect(removeEvidence(o.repo, o.as.staff1, file.id)).rejects.toMatchObject({ code: 'monitoring.periodLocked', params: { period: '2026-Q1', closedOn: '2026-04-10' } });
    await expect(removeEvidence(o.repo, o.admin, file.id)).rejects.toMatchObject({ code: 'monitoring.periodLocked' });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await listEvidence(o.repo, o.as.staff1, o.skp.id)).map((e) => e.id)).toEqual([file.id]);
  });
});

import { describe, expect, it } from 'vitest';
import { countRecords, decodeText, detectDelimiter, prepareCsv } from './csvText';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 with a BOM, and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toBe('Aé');
    expect(decodeText(new TextEncoder().encode('Bapak Jos\u00e9'))).toBe('Bapak José');
    expect(decodeText(new Uint8Array(Buffer.from('\ufeffNIP;Nama', 'utf16le')))).toBe('NIP;Nama');
    expect(decodeText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80]))).toBe('José €');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['NIP,Nama\n1,Ani\n', ','],
    ['NIP;Nama;Nilai\n1;Ani;3,5\n2;Budi;4,25\n3;Citra;\n', ';'],
    ['NIP\tNama\n1\tAni\n', '\t'],
    ['"Dinas, Kota";x\n"a, b";c\n', ';'],
    ['DAFTAR PEGAWAI, DINAS X;;\nNIP;Nama;Unit\n1;Ani;A\n', ';'],
    ['NIP\n1\n', ','],
    ['', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('honours Excel\'s sep= line and drops it', () => {
    expect(prepareCsv('sep=;\r\na;b\n')).toEqual({ body: 'a;b\n', delimiter: ';' });
    expect(prepareCsv('a;b\n')).toEqual({ body: 'a;b\n', delimiter: ';' });
  });
});

describe('countRecords', () => {
  it('counts records up to the last with content; line breaks inside quotes are not records', () => {
    expect(countRecords('a;b\n"x\ny";z\r\n\n\n', ';')).toBe(2);
    expect(countRecords('a\n\nb', ';')).toBe(3);
    expect(countRecords(';;\n;;\n', ';')).toBe(0);
    expect(countRecords('', ';')).toBe(0);
  });
});

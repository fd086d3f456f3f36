import { deflateRawSync } from 'node:zlib';
import { utils, write } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { spreadsheetLimits } from '../../../../shared/spreadsheet';
import { readWorkbook } from './readWorkbook';
import { guardZip, MAX_ZIP_ENTRIES } from './zipGuard';

interface FakeEntry {
  name: string;
  data: Uint8Array;
  /** What the zip claims the entry unpacks to (defaults to the truth). */
  claimedSize?: number;
  deflate?: boolean;
}

/** A minimal zip written by hand: local headers, then the central directory, then its end record. */
function makeZip(entries: FakeEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'latin1');
    const packed = entry.deflate === false ? Buffer.from(entry.data) : deflateRawSync(entry.data);
    const size = entry.claimedSize ?? entry.data.byteLength;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.deflate === false ? 0 : 8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.deflate === false ? 0 : 8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

const workbookParts = (extra: FakeEntry[] = []): FakeEntry[] => [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
  ...extra,
];

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('guardZip', () => {
  it('lists the entries of a real .xlsx without unpacking them', () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['NIP']]), 'S');
    const bytes = new Uint8Array(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const names = guardZip('a.xlsx', bytes).map((e) => e.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('[Content_Types].xml');
  });

  it('refuses a zip whose entries claim more than the unpacked limit (a zip bomb)', () => {
    const bomb = makeZip(workbookParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), claimedSize: spreadsheetLimits.maxUnpackedBytes + 1 }]));
    const error = errorOf(() => readWorkbook('bom.xlsx', bomb));
    expect(error.toData()).toEqual({ code: 'spreadsheet:zipBomb', params: { fileName: 'bom.xlsx', limitMb: 256 } });
  });

  it('refuses many entries that add up past the limit, each one modest', () => {
    const parts = Array.from({ length: 40 }, (_, i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data: Buffer.from('<x/>'),
      claimedSize: 8 * 1024 * 1024,
      deflate: true,
    }));
    expect(errorOf(() => guardZip('banyak.xlsx', makeZip(workbookParts(parts)))).code).toBe('spreadsheet:zipBomb');
  });

  it('refuses an entry that really inflates ~1000× (20 MB of zeros in ~20 kB)', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const bomb = makeZip(workbookParts([{ name: 'xl/sharedStrings.xml', data: zeros }]));
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(errorOf(() => guardZip('nol.xlsx', bomb)).code).toBe('spreadsheet:zipBomb');
  });

  it('lets a well-packed but ordinary entry through (ratio below the line)', () => {
    const xml = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c t="s"><v>${i % 997}</v></c></row>`).join(''));
    expect(() => guardZip('biasa.xlsx', makeZip(workbookParts([{ name: 'xl/worksheets/sheet1.xml', data: xml }])))).not.toThrow();
  });

  it('refuses absurdly many entries', () => {
    const parts = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(), deflate: false }));
    expect(errorOf(() => guardZip('ribuan.xlsx', makeZip(parts))).code).toBe('spreadsheet:zipBomb');
  });

  it.each([
    ['no end record (cut short)', (z: Uint8Array) => z.slice(0, z.length - 10)],
    ['a directory pointing past the data', (z: Uint8Array) => {
      const copy = z.slice();
      new DataView(copy.buffer).setUint32(copy.length - 6, copy.length, true);
      return copy;
    }],
    ['a local header that is not one', (z: Uint8Array) => {
      const copy = z.slice();
      copy[0] = 0;
      copy[1] = 0;
      return copy;
    }],
    ['tiny', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ])('refuses a damaged zip (%s) as spreadsheet:corrupt', (_name, damage) => {
    const zip = makeZip(workbookParts([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') }]));
    expect(errorOf(() => guardZip('rusak.xlsx', damage(zip))).toData()).toEqual({
      code: 'spreadsheet:corrupt',
      params: { fileName: 'rusak.xlsx' },
    });
  });
});

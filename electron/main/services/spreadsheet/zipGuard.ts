import { spreadsheetLimits } from '../../../../shared/spreadsheet';
import { MEBIBYTE, spreadsheetError } from './spreadsheetErrors';

/**
 * .xlsx and .ods are zip files. Before SheetJS inflates anything, read the zip's table of
 * contents (the central directory, at the end of the file) and refuse:
 * - a zip without a readable end record or table of contents (truncated, damaged):
 *   `spreadsheet:corrupt`;
 * - one whose entries add up to more than `maxUnpackedBytes` once unpacked, or with an entry
 *   packed far tighter than real spreadsheet XML ever is, or with absurdly many entries: a
 *   zip bomb (`spreadsheet:zipBomb`).
 * Nothing is decompressed here. A zip that lies about its sizes gets past this check; the
 * worker's heap cap and timeout are the backstop for that.
 */

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Spreadsheet XML packs 10–50×; deflate cannot pass ~1032×. Only big entries are judged. */
export const MAX_ENTRY_RATIO = 200;
const RATIO_CHECK_FROM_BYTES = MEBIBYTE;
/** A workbook has a few dozen parts; thousands are an attack on the parser, not a roster. */
export const MAX_ZIP_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipGuardLimits {
  maxUnpackedBytes: number;
}

const u16 = (view: DataView, at: number) => view.getUint16(at, true);
const u32 = (view: DataView, at: number) => view.getUint32(at, true);
const u64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    // The comment length must reach exactly to the end, or this is a stray signature.
    if (u32(view, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(view, at + 20) === view.byteLength) return at;
  }
  return -1;
}

/** The sizes in a ZIP64 extra field (id 1), present only for the fields set to 0xFFFFFFFF. */
function zip64Sizes(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): ZipEntry {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = u16(view, at);
    const size = u16(view, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const sizes = { ...entry };
      if (entry.uncompressedSize === 0xffffffff && field + 8 <= extraEnd) {
        sizes.uncompressedSize = u64(view, field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff && field + 8 <= extraEnd) sizes.compressedSize = u64(view, field);
      return sizes;
    }
    at += 4 + size;
  }
  return entry;
}

/** The entries of a zip's central directory; throws `spreadsheet:corrupt` or `spreadsheet:zipBomb`. */
export function guardZip(
  fileName: string,
  bytes: Uint8Array,
  limits: ZipGuardLimits = spreadsheetLimits,
): ZipEntry[] {
  const corrupt = () => spreadsheetError('spreadsheet:corrupt', fileName);
  const bomb = () =>
    spreadsheetError('spreadsheet:zipBomb', fileName, { limitMb: Math.round(limits.maxUnpackedBytes / MEBIBYTE) });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < EOCD_SIZE) throw corrupt();

  const end = findEndRecord(view);
  if (end < 0) throw corrupt();
  let count = u16(view, end + 10);
  let directorySize = u32(view, end + 12);
  let directoryOffset = u32(view, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(view, locator) !== ZIP64_EOCD_LOCATOR_SIGNATURE) throw corrupt();
    const record = u64(view, locator + 8);
    if (record + 56 > locator || u32(view, record) !== ZIP64_EOCD_SIGNATURE) throw corrupt();
    count = u64(view, record + 32);
    directorySize = u64(view, record + 40);
    directoryOffset = u64(view, record + 48);
  }
  if (count > MAX_ZIP_ENTRIES) throw bomb();
  if (directoryOffset + directorySize > end) throw corrupt();

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(view, at) !== CENTRAL_ENTRY_SIGNATURE) throw corrupt();
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > end) throw corrupt();
    const entry = zip64Sizes(view, nameStart + nameLength, nameStart + nameLength + extraLength, {
      // Only ASCII part names matter here ([Content_Types].xml, xl/…, content.xml).
      name: Buffer.from(bytes.buffer, bytes.byteOffset + nameStart, nameLength).toString('latin1'),
      compressedSize: u32(view, at + 20),
      uncompressedSize: u32(view, at + 24),
    });
    let localHeader = u32(view, at + 42);
    if (localHeader === 0xffffffff) localHeader = Number.MAX_SAFE_INTEGER; // ZIP64 offsets: never in a 20 MB file
    // The entry's data must lie inside the file, before the directory: a cut file fails here.
    if (localHeader + 30 > directoryOffset || u32(view, localHeader) !== LOCAL_HEADER_SIGNATURE) throw corrupt();
    const dataStart = localHeader + 30 + u16(view, localHeader + 26) + u16(view, localHeader + 28);
    if (dataStart + entry.compressedSize > directoryOffset) throw corrupt();

    total += entry.uncompressedSize;
    if (total > limits.maxUnpackedBytes) throw bomb();
    if (
      entry.uncompressedSize > RATIO_CHECK_FROM_BYTES &&
      entry.uncompressedSize / Math.max(entry.compressedSize, 1) > MAX_ENTRY_RATIO
    ) {
      throw bomb();
    }
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

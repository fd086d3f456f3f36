import { utils, write } from 'xlsx';
import { readWorkbook } from './readWorkbook';

/**
 * Reads a small workbook of the kind people import (text, numbers, dates; deflated like
 * Excel's) so that the reader's code is compiled before a person's file arrives. Made here,
 * not stored: nothing of it is kept, and a failure only means a colder first read.
 */
export function warmUp(rows = 300): void {
  try {
    const sheet = utils.aoa_to_sheet([
      ['Daftar Pegawai'],
      ['NIP', 'Nama', 'Gol/Ruang', 'TMT', 'Nilai'],
      ...Array.from({ length: rows }, (_, i) => [`19850312201001${String(1000 + i)}`, `Pegawai ${i}`, 'III/a', new Date(Date.UTC(2010, i % 12, 1)), i * 1.5]),
    ]);
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, 'Pegawai');
    readWorkbook('warm-up.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer));
  } catch (error) {
    console.warn('[spreadsheet] warm-up failed', error);
  }
}

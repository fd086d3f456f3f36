import { afterEach, describe, expect, it, vi } from 'vitest';
import * as reader from './readWorkbook';
import { warmUp } from './warmUpReader';

describe('warmUp', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a generated workbook of text, numbers and dates through the real reader', () => {
    const read = vi.spyOn(reader, 'readWorkbook');
    warmUp(20);
    expect(read).toHaveBeenCalledTimes(1);
    const rows = read.mock.results[0]!.value as ReturnType<typeof reader.readWorkbook>;
    const sheet = rows.sheets[0]!;
    expect(sheet.rows).toHaveLength(22); // title, header, 20 people
    expect(sheet.rows[2]).toEqual(['198503122010011000', 'Pegawai 0', 'III/a', { d: '2010-01-01' }, { n: 0, w: '0' }]);
  });

  it('never throws: a failed warm-up only leaves the first read colder', () => {
    vi.spyOn(reader, 'readWorkbook').mockImplementation(() => {
      throw new Error('broken');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => warmUp(5)).not.toThrow();
    expect(warn).toHaveBeenCalledWith('[spreadsheet] warm-up failed', expect.any(Error));
  });
});

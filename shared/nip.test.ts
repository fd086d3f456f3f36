import { describe, expect, it } from 'vitest';
import { formatNip, parseNip } from './nip';

describe('parseNip', () => {
  it('reads birth date, TMT, sex and sequence from a valid NIP', () => {
    const result = parseNip('19900101 201501 1 001');
    expect(result).toEqual({
      ok: true,
      value: {
        nip: '199001012015011001',
        birthDate: { year: 1990, month: 1, day: 1 },
        tmt: { year: 2015, month: 1 },
        sex: 'male',
        sequence: 1,
      },
    });
  });

  it('accepts a female NIP born on a leap day', () => {
    const result = parseNip('198802292012032015');
    expect(result.ok && result.value.sex).toBe('female');
  });

  it.each([
    ['19900101201501100', 'nip.notEighteenDigits'], // 17 digits
    ['1990010120150110012', 'nip.notEighteenDigits'], // 19 digits
    ['1.99001012015011E17', 'nip.notEighteenDigits'], // what Excel makes of a NIP typed as a number
    ["'199001012015011001", 'nip.notEighteenDigits'],
    ['19900231 201501 1 001', 'nip.birthDateInvalid'], // 31 February
    ['19890229 201201 2 001', 'nip.birthDateInvalid'], // 1989 is not a leap year
    ['18991231 201501 1 001', 'nip.birthDateInvalid'],
    ['19900101 201513 1 001', 'nip.tmtInvalid'],
    ['19900101 201500 1 001', 'nip.tmtInvalid'],
    ['19900101 200712 1 001', 'nip.tmtTooEarly'], // 17 years 11 months
    ['19900101 201501 3 001', 'nip.sexDigitInvalid'],
    ['19900101 201501 0 001', 'nip.sexDigitInvalid'],
  ])('rejects %s with %s', (nip, code) => {
    expect(parseNip(nip)).toEqual({ ok: false, code });
  });

  it('accepts a TMT exactly 18 years after the birth month', () => {
    expect(parseNip('19900115 200801 1 001').ok).toBe(true);
  });
});

describe('formatNip', () => {
  it('prints a NIP with spaces between its parts', () => {
    expect(formatNip('199001012015011001')).toBe('19900101 201501 1 001');
  });
  it('leaves something that is not a NIP as it was', () => {
    expect(formatNip('12345')).toBe('12345');
  });
});

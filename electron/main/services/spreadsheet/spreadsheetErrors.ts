import { AppError, type ErrorParams } from '../../../../shared/errors';

/**
 * Every error the spreadsheet services answer. The codes live in the `spreadsheet` i18n
 * namespace (resources/locales/{id,en}/spreadsheet.json): the renderer's `t(code)` reads the
 * part before `:` as the namespace. Every one names the file (`fileName`).
 */
export const spreadsheetErrorCodes = [
  'spreadsheet:empty',
  'spreadsheet:tooLarge',
  'spreadsheet:unsupportedExtension',
  'spreadsheet:typeMismatch',
  'spreadsheet:encrypted',
  'spreadsheet:corrupt',
  'spreadsheet:zipBomb',
  'spreadsheet:tooManyRows',
  'spreadsheet:timeout',
  'spreadsheet:tooComplex',
] as const;
export type SpreadsheetErrorCode = (typeof spreadsheetErrorCodes)[number];

/**
 * What a file's bytes really look like, for `spreadsheet:typeMismatch` (`actual`); each has
 * a translation under `kind.<name>` in the same namespace.
 */
export const fileKinds = [
  'xlsx',
  'xls',
  'ods',
  'text',
  'markup',
  'pdf',
  'image',
  'officeDocument',
  'zip',
  'archive',
  'binary',
] as const;
export type FileKind = (typeof fileKinds)[number];

export function spreadsheetError(code: SpreadsheetErrorCode, fileName: string, params: ErrorParams = {}): AppError {
  return new AppError(code, { fileName, ...params });
}

export const MEBIBYTE = 1024 * 1024;

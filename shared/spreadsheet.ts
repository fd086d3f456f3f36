import { z } from 'zod';

/**
 * What crosses from the spreadsheet service (main process, in a worker) to the renderer:
 * plain rows, nothing of SheetJS. A cell keeps what the importer needs to judge it:
 * - a string: the text as the sheet shows it (CSV is read as text, never guessed at);
 * - a number with its displayed text (`w`), so a NIP that Excel turned into 1.99E+17 can be
 *   recognised and reported instead of trusted;
 * - a date cell as an ISO date or date-time (`d`);
 * - a boolean; null for empty or error cells.
 */
export type Cell = null | string | boolean | { n: number; w?: string } | { d: string };

export interface SheetRows {
  name: string;
  rows: Cell[][];
}

export const spreadsheetFormats = ['xlsx', 'xls', 'csv', 'ods'] as const;
export type SpreadsheetFormat = (typeof spreadsheetFormats)[number];

export interface WorkbookRows {
  fileName: string;
  format: SpreadsheetFormat;
  sheets: SheetRows[];
}

/** Limits on untrusted files: beyond them the file is refused with a message, never half-read. */
export const spreadsheetLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  timeoutMs: 15_000,
  /** Worker heap cap (resourceLimits.maxOldGenerationSizeMb). */
  maxMemoryMb: 768,
  /** Sum of a zip's uncompressed entries (.xlsx, .ods): beyond it, a zip bomb. */
  maxUnpackedBytes: 256 * 1024 * 1024,
} as const;

export const ReadSpreadsheetRequestSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    bytes: z.instanceof(Uint8Array),
  })
  .strict();
export type ReadSpreadsheetRequest = z.infer<typeof ReadSpreadsheetRequestSchema>;

const CellSchema: z.ZodType<Cell> = z.union([
  z.null(),
  z.string(),
  z.boolean(),
  z.object({ n: z.number(), w: z.string().optional() }).strict(),
  z.object({ d: z.string() }).strict(),
]);

export const WorkbookRowsSchema = z.object({
  fileName: z.string(),
  format: z.enum(spreadsheetFormats),
  sheets: z.array(z.object({ name: z.string(), rows: z.array(z.array(CellSchema)) })),
});

/** A styled .xlsx export: one title row, a bold frozen header with autofilter, typed columns. */
export const exportColumnTypes = ['text', 'number', 'date'] as const;

export const ExportSheetSchema = z
  .object({
    name: z.string().min(1).max(31),
    title: z.string().max(250),
    columns: z
      .array(
        z
          .object({
            key: z.string().min(1).max(64),
            header: z.string().min(1).max(120),
            /** Characters, as Excel counts column width. */
            width: z.number().min(4).max(80).optional(),
            type: z.enum(exportColumnTypes),
          })
          .strict(),
      )
      .min(1)
      .max(100),
    /** Values by column key; dates as ISO "YYYY-MM-DD". */
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).max(200_000),
  })
  .strict();
export type ExportSheet = z.infer<typeof ExportSheetSchema>;

export const ExportWorkbookRequestSchema = z
  .object({
    suggestedName: z.string().min(1).max(120),
    sheets: z.array(ExportSheetSchema).min(1).max(10),
  })
  .strict();
export type ExportWorkbookRequest = z.infer<typeof ExportWorkbookRequestSchema>;

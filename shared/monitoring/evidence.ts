import type { AppErrorData } from '../errors';

/**
 * What a bukti dukung file may be: documents and pictures an office actually files (PDF,
 * images, office documents, plain text), recognised by their first bytes as well as their
 * name, so a program renamed "laporan.pdf" is refused rather than stored and opened later.
 */
type Signature = readonly (number | null)[];

const zip: Signature = [0x50, 0x4b, 0x03, 0x04];
const ole: Signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Extension → MIME type and the signatures its content may start with (null: any byte; [] : text). */
export const evidenceTypes: Readonly<Record<string, { mimeType: string; signatures: readonly Signature[] }>> = {
  pdf: { mimeType: 'application/pdf', signatures: [[0x25, 0x50, 0x44, 0x46]] },
  png: { mimeType: 'image/png', signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  jpg: { mimeType: 'image/jpeg', signatures: [[0xff, 0xd8, 0xff]] },
  jpeg: { mimeType: 'image/jpeg', signatures: [[0xff, 0xd8, 0xff]] },
  webp: { mimeType: 'image/webp', signatures: [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]] },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signatures: [zip] },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signatures: [zip] },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signatures: [zip] },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', signatures: [zip] },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', signatures: [zip] },
  odp: { mimeType: 'application/vnd.oasis.opendocument.presentation', signatures: [zip] },
  doc: { mimeType: 'application/msword', signatures: [ole] },
  xls: { mimeType: 'application/vnd.ms-excel', signatures: [ole] },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', signatures: [ole] },
  txt: { mimeType: 'text/plain', signatures: [[]] },
  csv: { mimeType: 'text/csv', signatures: [[]] },
};

/** Programs and scripts, whatever they are called: Windows PE, ELF, Mach-O, shell scripts. */
const executables: readonly Signature[] = [[0x4d, 0x5a], [0x7f, 0x45, 0x4c, 0x46], [0xcf, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xcf], [0xca, 0xfe, 0xba, 0xbe], [0x23, 0x21]];

const startsWith = (bytes: Uint8Array, signature: Signature) => signature.length <= bytes.length && signature.every((b, i) => b === null || bytes[i] === b);
/** Text files: no NUL bytes in what we look at. */
const looksLikeText = (bytes: Uint8Array) => !bytes.subarray(0, 4096).includes(0);

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/**
 * Checks a file before it is stored: size within the office's cap, an allowed type, and
 * content that is what its name says. Returns the MIME type to store, or the problem.
 */
export function checkEvidenceFile(name: string, bytes: Uint8Array, maxMb: number): { ok: true; mimeType: string } | { ok: false; error: AppErrorData } {
  const fail = (code: string, params: Record<string, string | number> = {}) => ({ ok: false as const, error: { code, params: { name, ...params } } });
  if (bytes.length === 0) return fail('monitoring.evidenceEmpty');
  if (bytes.length > maxMb * 1024 * 1024) return fail('monitoring.evidenceTooLarge', { maxMb });
  if (executables.some((s) => startsWith(bytes, s))) return fail('monitoring.evidenceExecutable');
  const type = evidenceTypes[extensionOf(name)];
  if (!type) return fail('monitoring.evidenceTypeNotAllowed', { allowed: Object.keys(evidenceTypes).join(', ') });
  const matches = type.signatures.some((s) => (s.length === 0 ? looksLikeText(bytes) : startsWith(bytes, s)));
  if (!matches) return fail('monitoring.evidenceContentMismatch', { extension: extensionOf(name) });
  return { ok: true, mimeType: type.mimeType };
}

/** A link as bukti dukung: http(s) only, so nothing opens a local file or runs a script. */
export function checkEvidenceLink(url: string): AppErrorData | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? null : { code: 'monitoring.linkInvalid', params: { url } };
  } catch {
    return { code: 'monitoring.linkInvalid', params: { url } };
  }
}

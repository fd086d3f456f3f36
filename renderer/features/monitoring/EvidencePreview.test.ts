import { describe, expect, it } from 'vitest';
import { evidenceTypes } from '../../../shared/monitoring/evidence';
import { previewKind } from './EvidencePreview';

describe('previewKind', () => {
  it('shows every evidence image type and PDF in the app, and sends everything else outside', () => {
    const kinds = Object.fromEntries(Object.entries(evidenceTypes).map(([extension, { mimeType }]) => [extension, previewKind(mimeType) ?? 'outside']));
    expect(kinds).toEqual({
      pdf: 'pdf',
      png: 'image',
      jpg: 'image',
      jpeg: 'image',
      webp: 'image',
      docx: 'outside',
      xlsx: 'outside',
      pptx: 'outside',
      odt: 'outside',
      ods: 'outside',
      odp: 'outside',
      doc: 'outside',
      xls: 'outside',
      ppt: 'outside',
      txt: 'outside',
      csv: 'outside',
    });
  });

  it('does not preview an image type that is not evidence (SVG could carry script)', () => {
    expect(previewKind('image/svg+xml')).toBeUndefined();
  });
});

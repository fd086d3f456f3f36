import { Fragment } from 'react';
import type { IdentityBlock, Signatory } from '../../../shared/documents/parts';
import classes from './DocumentSheet.module.css';

/**
 * Pieces of the official forms every printed document shares, rendering the plain models of
 * shared/documents/parts.ts: the masthead, the identity table (pegawai yang dinilai beside the
 * pejabat penilai) and the signature blocks.
 */

/** Lines break between words only ("PANGKAT/GOL. RUANG" never after its slash). */
export function WholeWords({ text }: { text: string }) {
  return text.split(' ').map((word, index) => (
    <Fragment key={index}>
      {index > 0 && ' '}
      <span className={classes.word}>{word}</span>
    </Fragment>
  ));
}

/** Instansi and unit on the left, the period on the right. */
export function Masthead({ instansi, unit, period }: { instansi: string; unit: string; period: { label: string; text: string } }) {
  return (
    <div className={classes.masthead}>
      <div>
        <p>{instansi}</p>
        <p>{unit}</p>
      </div>
      <p className={classes.period}>
        {period.label}: {period.text}
      </p>
    </div>
  );
}

export function IdentityTable({ identity }: { identity: IdentityBlock }) {
  const { headers, rows } = identity;
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col" className={classes.no}>
            {headers.no}
          </th>
          <th scope="colgroup" colSpan={2}>
            {headers.employee}
          </th>
          <th scope="col" className={classes.no}>
            {headers.no}
          </th>
          <th scope="colgroup" colSpan={2}>
            {headers.appraiser}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <td className={classes.no}>{row.no}</td>
            <th scope="row" className={classes.label}>
              <WholeWords text={row.label} />
            </th>
            <td className={row.field === 'nip' ? classes.nip : undefined}>{row.employee}</td>
            <td className={classes.no}>{row.no}</td>
            <th scope="row" className={classes.label}>
              <WholeWords text={row.label} />
            </th>
            <td className={row.field === 'nip' ? classes.nip : undefined}>{row.appraiser}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Signer = Signatory & { jabatan?: string };

/**
 * The signature blocks: place and date over the right-hand one; the left-hand one (the employee)
 * may be absent, as on the Penetapan, which only the official signs.
 */
export function Signatures({ placeDate, left, right }: { placeDate: string; left: Signer | null; right: Signer }) {
  const cells = (read: (s: Signer) => React.ReactNode, className?: string) => (
    <tr>
      <td className={className}>{left ? read(left) : null}</td>
      <td className={className}>{read(right)}</td>
    </tr>
  );
  const withNote = left?.note || right.note;
  const withJabatan = left?.jabatan || right.jabatan;
  return (
    <table className={classes.signatures} role="presentation">
      <tbody>
        <tr>
          <td />
          <td>{placeDate}</td>
        </tr>
        {cells((s) => s.role)}
        {withJabatan && cells((s) => s.jabatan)}
        {cells(() => null, classes.signatureSpace)}
        {cells((s) => s.name, classes.signatoryName)}
        {cells((s) => s.nip)}
        {withNote && cells((s) => s.note, classes.signatureNote)}
      </tbody>
    </table>
  );
}

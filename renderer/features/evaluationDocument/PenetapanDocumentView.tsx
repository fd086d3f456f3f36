import type { PenetapanDocument } from '../../../shared/evaluation/penetapanDocument';
import { Masthead, Signatures } from '../documents/DocumentParts';
import sheet from '../documents/DocumentSheet.module.css';
import classes from './EvaluationDocumentView.module.css';

/** The Penetapan Predikat Kinerja Pegawai of one unit and period, rendering shared/evaluation/penetapanDocument.ts. */
export function PenetapanDocumentView({ document: doc }: { document: PenetapanDocument }) {
  const { headers } = doc;
  return (
    <article className={sheet.sheet} lang={doc.language} aria-label={doc.title} data-penetapan-document>
      <header>
        <h2 className={sheet.title}>{doc.title}</h2>
        <p className={sheet.subtitle}>{doc.periodLine}</p>
        <Masthead instansi={doc.instansi} unit={doc.unit} period={doc.period} />
      </header>
      <table className={`${sheet.table} ${classes.block}`}>
        <tbody>
          <tr>
            <th scope="row" className={classes.blockLabel}>
              {doc.unitLine.label}
            </th>
            <td>{doc.unitLine.value}</td>
          </tr>
          <tr>
            <th scope="row" className={classes.blockLabel}>
              {doc.org.heading}
            </th>
            <td>
              <span className={classes.predikat}>{doc.org.value}</span>
              {doc.org.note && <div>{doc.org.note}</div>}
            </td>
          </tr>
        </tbody>
      </table>
      <table className={sheet.table}>
        <thead>
          <tr>
            <th scope="col" className={sheet.no}>
              {headers.no}
            </th>
            <th scope="col">{headers.nip}</th>
            <th scope="col">{headers.name}</th>
            <th scope="col">{headers.jabatan}</th>
            <th scope="col">{headers.predikat}</th>
          </tr>
        </thead>
        <tbody>
          {doc.rows.length === 0 ? (
            <tr>
              <td colSpan={5}>{doc.empty}</td>
            </tr>
          ) : (
            doc.rows.map((row) => (
              <tr key={row.no}>
                <td className={sheet.no}>{row.no}</td>
                <td className={sheet.nip}>{row.nip}</td>
                <td>{row.name}</td>
                <td>{row.jabatan}</td>
                <td>{row.predikat}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <Signatures placeDate={doc.signatures.placeDate} left={null} right={doc.signatures.official} />
    </article>
  );
}

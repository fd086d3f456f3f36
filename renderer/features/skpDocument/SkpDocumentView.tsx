import { Fragment } from 'react';
import type { DocumentRhk, HasilKerjaColumn, SkpDocument } from '../../../shared/skp/document';
import { IdentityTable, Masthead, Signatures } from '../documents/DocumentParts';
import classes from '../documents/DocumentSheet.module.css';

/**
 * The Dokumen SKP as semantic tables in the official layout. It renders the model of
 * shared/skp/document.ts and nothing else: every text is already in the document's language.
 */
export function SkpDocumentView({ document: doc }: { document: SkpDocument }) {
  return (
    <article className={classes.sheet} lang={doc.language} aria-label={doc.title} data-skp-document>
      <section className={classes.part}>
        <Heading doc={doc} />
        <IdentityTable identity={doc.identity} />
        <HasilKerjaTable doc={doc} />
        <PerilakuTable doc={doc} />
        <DocumentSignatures doc={doc} />
      </section>
      <section className={`${classes.part} ${classes.lampiran}`}>
        <h2 className={classes.title}>{doc.lampiran.title}</h2>
        {doc.subtitles.map((line) => (
          <p key={line} className={classes.subtitle}>
            {line}
          </p>
        ))}
        <Masthead instansi={doc.instansi} unit={doc.unit} period={doc.period} />
        <table className={classes.table}>
          <tbody>
            {doc.lampiran.sections.map((section) => (
              <Fragment key={section.key}>
                <tr>
                  <th scope="colgroup" className={classes.sectionHeading}>
                    {section.title}
                  </th>
                </tr>
                <tr>
                  <td>
                    {section.items.length === 0 ? (
                      '-'
                    ) : (
                      <ol className={classes.items}>
                        {section.items.map((item, index) => (
                          <li key={index}>{item}</li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
        <DocumentSignatures doc={doc} />
      </section>
    </article>
  );
}

function Heading({ doc }: { doc: SkpDocument }) {
  return (
    <header>
      <h2 className={classes.title}>{doc.title}</h2>
      {doc.subtitles.map((line) => (
        <p key={line} className={classes.subtitle}>
          {line}
        </p>
      ))}
      <Masthead instansi={doc.instansi} unit={doc.unit} period={doc.period} />
    </header>
  );
}

const columnClass: Partial<Record<HasilKerjaColumn, string>> = {
  no: classes.no,
  aspek: classes.aspek,
  target: classes.target,
};

/** Columns that belong to the RHK and span its IKI rows; the others change per IKI. */
const perRhk: ReadonlySet<HasilKerjaColumn> = new Set(['no', 'leaderRhk', 'rhk', 'perspektif']);

function HasilKerjaTable({ doc }: { doc: SkpDocument }) {
  const { heading, columns, sections } = doc.hasilKerja;
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="colgroup" colSpan={columns.length} className={classes.sectionHeading}>
            {heading}
          </th>
        </tr>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={columnClass[column.key]}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      {sections.map((section) => (
        <tbody key={section.kind}>
          <tr>
            <th scope="colgroup" colSpan={columns.length} className={classes.sectionHeading}>
              {section.title}
            </th>
          </tr>
          {section.rhk.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>-</td>
            </tr>
          ) : (
            section.rhk.map((rhk) => <RhkRows key={`${section.kind}-${rhk.no}`} rhk={rhk} columns={columns.map((c) => c.key)} />)
          )}
        </tbody>
      ))}
    </table>
  );
}

function RhkRows({ rhk, columns }: { rhk: DocumentRhk; columns: HasilKerjaColumn[] }) {
  const span = rhk.indicators.length;
  const cell = (column: HasilKerjaColumn, indicatorIndex: number) => {
    const indicator = rhk.indicators[indicatorIndex]!;
    switch (column) {
      case 'no':
        return rhk.no;
      case 'leaderRhk':
        return rhk.leaderRhk;
      case 'rhk':
        return rhk.text;
      case 'perspektif':
        return rhk.perspektif;
      case 'aspek':
        return indicator.aspek;
      case 'iki':
        return indicator.text;
      case 'target':
        return indicator.target;
    }
  };
  return (
    <>
      {rhk.indicators.map((_, index) => (
        <tr key={index}>
          {columns.map((column) => {
            if (perRhk.has(column)) {
              if (index > 0) return null;
              return (
                <td key={column} rowSpan={span} className={columnClass[column]}>
                  {cell(column, index)}
                </td>
              );
            }
            return (
              <td key={column} className={columnClass[column]}>
                {cell(column, index)}
              </td>
            );
          })}
        </tr>
      ))}
    </>
  );
}

function PerilakuTable({ doc }: { doc: SkpDocument }) {
  const { heading, columns, rows } = doc.perilaku;
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="colgroup" colSpan={3} className={classes.sectionHeading}>
            {heading}
          </th>
        </tr>
        <tr>
          <th scope="col" className={classes.no}>
            {columns.no}
          </th>
          <th scope="col">{columns.perilaku}</th>
          <th scope="col">{columns.ekspektasi}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.no}>
            <td className={classes.no}>{row.no}</td>
            <td>
              <span className={classes.valueName}>{row.name}</span>
              <ul className={classes.guidelines}>
                {row.guidelines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </td>
            <td className={classes.ekspektasi}>{row.ekspektasi}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DocumentSignatures({ doc }: { doc: SkpDocument }) {
  const { placeDate, employee, appraiser } = doc.signatures;
  return <Signatures placeDate={placeDate} left={employee} right={appraiser} />;
}

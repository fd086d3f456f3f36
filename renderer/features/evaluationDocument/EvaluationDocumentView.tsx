import type { DistributionRow, EvaluationDocument, RatingBlock } from '../../../shared/evaluation/document';
import { IdentityTable, Masthead, Signatures } from '../documents/DocumentParts';
import sheet from '../documents/DocumentSheet.module.css';
import classes from './EvaluationDocumentView.module.css';

/**
 * The Dokumen Evaluasi Kinerja Pegawai as semantic tables in the official layout. It renders the
 * model of shared/evaluation/document.ts and nothing else: every text is already in the
 * document's language. The pola distribusi chart is plain SVG (no chart library on paper).
 */
export function EvaluationDocumentView({ document: doc }: { document: EvaluationDocument }) {
  return (
    <article className={sheet.sheet} lang={doc.language} aria-label={doc.title} data-evaluation-document>
      <header>
        <h2 className={sheet.title}>{doc.title}</h2>
        <p className={sheet.subtitle}>{doc.periodLine}</p>
        <Masthead instansi={doc.instansi} unit={doc.unit} period={doc.period} />
      </header>
      <IdentityTable identity={doc.identity} />
      <OrgAndDistribution doc={doc} />
      <HasilKerjaTable doc={doc} />
      <Rating block={doc.ratingHasil} />
      <PerilakuTable doc={doc} />
      <Rating block={doc.ratingPerilaku} />
      {/* The predikat and the signatures are printed together: a signature never stands alone on a page. */}
      <div className={classes.closing}>
        <table className={`${sheet.table} ${classes.block}`}>
          <tbody>
            <tr>
              <th scope="row" className={classes.blockLabel}>
                {doc.predikat.label}
              </th>
              <td className={classes.predikat}>{doc.predikat.value}</td>
            </tr>
            {doc.override && (
              <tr>
                <th scope="row" className={classes.blockLabel}>
                  {doc.override.label}
                </th>
                <td>{doc.override.reason}</td>
              </tr>
            )}
          </tbody>
        </table>
        <Signatures placeDate={doc.signatures.placeDate} left={doc.signatures.employee} right={doc.signatures.appraiser} />
      </div>
    </article>
  );
}

function OrgAndDistribution({ doc }: { doc: EvaluationDocument }) {
  const { org, distribution } = doc;
  return (
    <table className={`${sheet.table} ${classes.block}`}>
      <tbody>
        <tr>
          <th scope="row" className={classes.blockLabel}>
            {org.heading}
          </th>
          <td>
            <span className={classes.predikat}>{org.value}</span>
            {org.unit && <div>{org.unit}</div>}
            {org.note && <div>{org.note}</div>}
          </td>
        </tr>
        <tr>
          <th scope="row" className={classes.blockLabel}>
            {distribution.heading}
          </th>
          <td>
            <div className={classes.distribution}>
              <table className={`${sheet.table} ${classes.distributionTable}`} aria-label={distribution.heading}>
                <thead>
                  <tr>
                    <th scope="col">{distribution.headers.predikat}</th>
                    <th scope="col">{distribution.headers.count}</th>
                    <th scope="col">{distribution.headers.share}</th>
                  </tr>
                </thead>
                <tbody>
                  {distribution.rows.map((row) => (
                    <tr key={row.predikat}>
                      <th scope="row">{row.label}</th>
                      <td className={classes.number}>{row.count}</td>
                      <td className={classes.number}>{row.shareText}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{distribution.total.label}</th>
                    <td className={classes.number}>{distribution.total.count}</td>
                    <td />
                  </tr>
                </tbody>
              </table>
              <DistributionChart rows={distribution.rows} label={distribution.chartLabel} />
            </div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Horizontal bars, one per predikat, best first: the share as the bar, the count and share written beside it. */
function DistributionChart({ rows, label }: { rows: DistributionRow[]; label: string }) {
  const labelWidth = 112;
  const barWidth = 120;
  const rowHeight = 20;
  const height = rows.length * rowHeight + 18;
  return (
    <svg className={classes.chart} viewBox={`0 0 ${labelWidth + barWidth + 62} ${height}`} role="img" aria-label={label}>
      {[0, 0.5, 1].map((tick) => (
        <line key={tick} x1={labelWidth + tick * barWidth} x2={labelWidth + tick * barWidth} y1={0} y2={rows.length * rowHeight} stroke="#999" strokeDasharray="2 2" strokeWidth={0.6} />
      ))}
      {rows.map((row, i) => (
        <g key={row.predikat} transform={`translate(0, ${i * rowHeight})`}>
          <text x={labelWidth - 4} y={rowHeight / 2 + 4} textAnchor="end" fontSize={10}>
            {row.label}
          </text>
          <rect x={labelWidth} y={4} width={Math.max(row.share * barWidth, row.count > 0 ? 1 : 0)} height={rowHeight - 8} fill="#555" />
          <text x={labelWidth + row.share * barWidth + 4} y={rowHeight / 2 + 4} fontSize={10}>
            {row.count} ({row.shareText})
          </text>
        </g>
      ))}
      {[0, 0.5, 1].map((tick) => (
        <text key={tick} x={labelWidth + tick * barWidth} y={height - 4} textAnchor="middle" fontSize={9}>
          {`${tick * 100}%`}
        </text>
      ))}
    </svg>
  );
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>-</>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className={classes.lines}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function HasilKerjaTable({ doc }: { doc: EvaluationDocument }) {
  const { heading, headers, sections } = doc.hasilKerja;
  const columns = 7;
  return (
    // Only the number column has a set width: fixed shares for the text columns left the others
    // narrower than their longest word (English headers, a year's four quarters), and the table
    // ran off the sheet.
    <table className={`${sheet.table} ${classes.hasil}`}>
      <colgroup>
        <col style={{ width: '7mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="colgroup" colSpan={columns} className={sheet.sectionHeading}>
            {heading}
          </th>
        </tr>
        <tr>
          <th scope="col" className={sheet.no}>
            {headers.no}
          </th>
          <th scope="col">{headers.rhk}</th>
          <th scope="col">{headers.iki}</th>
          <th scope="col">{headers.target}</th>
          <th scope="col">{headers.realisasi}</th>
          <th scope="col" className={classes.number}>
            {headers.capaian}
          </th>
          <th scope="col">{headers.feedback}</th>
        </tr>
      </thead>
      {sections.map((section) => (
        <tbody key={section.kind}>
          <tr>
            <th scope="colgroup" colSpan={columns} className={sheet.sectionHeading}>
              {section.title}
            </th>
          </tr>
          {section.rhk.length === 0 ? (
            <tr>
              <td colSpan={columns}>-</td>
            </tr>
          ) : (
            section.rhk.flatMap((rhk) =>
              rhk.indicators.map((iki, index) => (
                <tr key={`${rhk.no}-${index}`}>
                  {index === 0 && (
                    <>
                      <td rowSpan={rhk.indicators.length} className={sheet.no}>
                        {rhk.no}
                      </td>
                      <td rowSpan={rhk.indicators.length}>{rhk.text}</td>
                    </>
                  )}
                  <td>{iki.text}</td>
                  <td className={sheet.target}>{iki.target}</td>
                  <td>
                    <Lines lines={iki.realisasi} />
                  </td>
                  <td className={classes.number}>{iki.capaian}</td>
                  <td>
                    <Lines lines={iki.feedback} />
                  </td>
                </tr>
              )),
            )
          )}
        </tbody>
      ))}
    </table>
  );
}

function Rating({ block }: { block: RatingBlock }) {
  return (
    <table className={`${sheet.table} ${classes.block}`}>
      <tbody>
        <tr>
          <th scope="row" className={classes.blockLabel}>
            {block.label}
          </th>
          <td className={classes.predikat}>{block.value}</td>
        </tr>
        <tr>
          <th scope="row" className={classes.blockLabel}>
            {block.justificationLabel}
          </th>
          <td>{block.justification}</td>
        </tr>
      </tbody>
    </table>
  );
}

function PerilakuTable({ doc }: { doc: EvaluationDocument }) {
  const { heading, headers, rows } = doc.perilaku;
  return (
    <table className={`${sheet.table} ${classes.perilaku}`}>
      <thead>
        <tr>
          <th scope="colgroup" colSpan={4} className={sheet.sectionHeading}>
            {heading}
          </th>
        </tr>
        <tr>
          <th scope="col" className={sheet.no}>
            {headers.no}
          </th>
          <th scope="col">{headers.perilaku}</th>
          <th scope="col">{headers.ekspektasi}</th>
          <th scope="col">{headers.feedback}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.no}>
            <td className={sheet.no}>{row.no}</td>
            <td className={sheet.valueName}>{row.name}</td>
            <td>{row.ekspektasi}</td>
            <td>
              <Lines lines={row.feedback} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

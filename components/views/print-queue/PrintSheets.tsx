// Draws a PrintDocument as sheets of paper: the cover sheet, then each page with its number line (revision header and
// label), its lines at their positions in Courier 12 pt, scene numbers in both margins and asterisks in the right one.
import type { CSSProperties } from 'react';
import type { CoverSheet, PrintDocument, PrintPage } from '../../../lib/print/sheets';
import { paperColor } from '../../../lib/revision/colors';

/** Line `row` of the text area: 1" from the top, 6 lines an inch; indents at 10 characters an inch from 1.5". */
function linePosition(row: number, indent: number): CSSProperties {
  return { top: `calc(1in + ${row} * (1in / 6))`, left: `calc(1.5in + ${indent} * 0.1in)` };
}

function Cover({ cover }: { cover: CoverSheet }) {
  return (
    <section className="sheet cover-sheet" aria-label={`Cover sheet: ${cover.scriptTitle}`}>
      <h1 className="cover-title">{cover.scriptTitle}</h1>
      <dl className="cover-details">
        <dt>Revision</dt>
        <dd>{cover.revision}</dd>
        <dt>Paper</dt>
        <dd>{cover.paperColor}</dd>
        <dt>Pages</dt>
        <dd>
          {cover.pages} ({cover.pageCount} {cover.pageCount === 1 ? 'sheet' : 'sheets'})
        </dd>
        <dt>Copies</dt>
        <dd>
          {cover.copies} {cover.collated ? '(collated)' : '(not collated)'}
        </dd>
      </dl>
      {cover.recipients.length > 0 ? (
        <table className="cover-recipients">
          <caption>Distribution</caption>
          <thead>
            <tr>
              <th scope="col">Recipient</th>
              <th scope="col">Copies</th>
            </tr>
          </thead>
          <tbody>
            {cover.recipients.map((r) => (
              <tr key={r.name}>
                <td>{r.name}</td>
                <td>{r.copies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="cover-instruction">
        Replace the old pages with these {cover.paperColor} pages in every copy of the script.
      </p>
    </section>
  );
}

function Sheet({ page }: { page: PrintPage }) {
  return (
    <section className="sheet script-sheet" aria-label={`Page ${page.label}`} data-label={page.label}>
      {page.header || page.number ? (
        <div className="number-line">
          {page.header ? <span className="revision-header">{page.header}</span> : null}
          {page.number ? <span className="page-number">{page.number}</span> : null}
        </div>
      ) : null}
      {page.lines.map((l) => (
        <div key={l.row} className={`print-line kind-${l.kind}`} style={{ top: linePosition(l.row, 0).top }}>
          {l.sceneNumber ? <span className="scene-number-left">{l.sceneNumber}</span> : null}
          <span className="line-text" style={{ left: linePosition(l.row, l.indent).left }}>
            {l.text}
          </span>
          {l.sceneNumber ? <span className="scene-number-right">{l.sceneNumber}</span> : null}
          {l.marked ? (
            <span className="revision-mark" aria-label="changed">
              *
            </span>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/** The sheets of a print document; `colour` shows the paper colour in print too (off: coloured paper does it). */
export function PrintSheets({ doc, colour }: { doc: PrintDocument; colour: boolean }) {
  const style = { '--paper-colour': paperColor(doc.paperColor) } as CSSProperties;
  return (
    <div className={`sheets paper-${doc.paper}${colour ? ' print-colour' : ''}`} style={style}>
      {/* The stylesheet asks for Letter; an A4 script's sheets need the printer told so (a fixed string, no page text). */}
      {doc.paper === 'a4' ? <style>{'@page { size: A4; margin: 0; }'}</style> : null}
      {doc.cover ? <Cover cover={doc.cover} /> : null}
      {doc.pages.map((p) => (
        <Sheet key={p.label} page={p} />
      ))}
    </div>
  );
}

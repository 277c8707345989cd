// The pages to reprint for a revision (what the print queue will queue): label, header, and the asterisked lines.
import type { ReprintPage } from '../../../lib/db/revised-pages';

/** Each revised page with its header and marked lines; an empty list says why. */
export function ReprintList({ pages, first }: { pages: ReprintPage[]; first: boolean }) {
  // A first draft has revised pages only when its source marked them itself (FDX revision marks, PDF asterisks).
  if (first && pages.length === 0)
    return <p className="muted">The first draft prints whole: there are no revised pages.</p>;
  if (pages.length === 0) return <p className="muted">No page changed: nothing to reprint.</p>;
  return (
    <>
      <p className="reprint-header">{pages[0].header}</p>
      <ul className="reprint-list" aria-label="Pages to reprint">
        {pages.map((p) => (
          <li
            key={p.label}
            aria-label={`Page ${p.label}, ${p.markedLines.length} marked ${p.markedLines.length === 1 ? 'line' : 'lines'}`}
          >
            <details>
              <summary>
                <strong>{p.label}.</strong> <span className="muted">{p.markedLines.length} *</span>
              </summary>
              <ul className="reprint-lines">
                {p.markedText.map((t, i) => (
                  <li key={i}>
                    <span aria-hidden="true">* </span>
                    {t || '(blank line)'}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

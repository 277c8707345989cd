// Reads the header zone of a PDF page: the page label at the end of the page-number line, and the revision header
// ("BLUE REVISION - 11/27/26") told apart from a running title and from the date a header may end with.

import type { PageFurniture } from './pdf-furniture';
import { segmentsText, type PrintedLine } from './pdf-lines';

/** A page label at the end of the page-number line, set apart from any text before it by white space. */
const HEADER_LABEL_RE = /^(?:(.*\S)\s+)?([A-Z]{0,2}\d+[A-Z]{0,3}(?:-[A-Z]{0,2}\d+[A-Z]{0,3})?)\.?$/;
/**
 * Writes a page number printed in words the way screenplay software prints it ("12."): word processors print
 * "Page 12", "Page 12 of 90", "12/90" or "- 12 -". Text that is no page number comes back unchanged.
 */
export function plainPageNumber(text: string): string {
  return (
    text
      // "N of M" only with the word for page, or alone: "Episode 2 of 6" in a running title is no page number.
      .replace(
        /(^|\s)(?:page|p\.|seite|página|pagina)\s*([A-Z]{0,2}\d+[A-Z]{0,3})\s*(?:of|von|de|sur)\s*\d+\s*$/i,
        '$1$2',
      )
      .replace(/^(\d+[A-Z]{0,3})\s*(?:of|von|de|sur)\s*\d+$/i, '$1')
      .replace(/(^|\s)(?:page|p\.|seite|página|pagina)\s*([A-Z]{0,2}\d+[A-Z]{0,3})\.?\s*$/i, '$1$2')
      .replace(/^(\d+)\s*\/\s*\d+$/, '$1')
      .replace(/(^|\s)[-–]\s*([A-Z]{0,2}\d+[A-Z]{0,3})\s*[-–]\s*$/, '$1$2')
      .trim()
  );
}

/** A number that ends a written date ("March 3, 2026", "3 March 2026") is the date's year, not a page label. */
const DATE_BEFORE_YEAR_RE =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc)[a-zé]*\.?\s*\d{0,2},?$/i;

/** Colour names of revision drafts (WGA order and the colours shows add), in the header's own words. */
const REVISION_WORD_RE =
  /\b(?:white|blue|pink|yellow|green|goldenrod|buff|salmon|cherry|tan|gr[ae]y|ivory|revision|revised|rev\.|amended|draft)\b/i;
/** A date: 11/27/26, 27.11.2026, 2026-11-27, or a month name with a day or year. */
const DATE_RE =
  /\b(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|mm\/dd\/yy(?:yy)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4})\b/i;

/** True when header text says which revision a page belongs to: a colour, REVISION/AMENDED/DRAFT, or a date. */
export function isRevisionHeader(text: string): boolean {
  return REVISION_WORD_RE.test(text) || DATE_RE.test(text);
}

/**
 * Reads one line of the header zone: the page label at its end, and the revision header. A running header (the
 * title repeated on every page, "\"Community\" - #303 - ...") is not a revision header and is left out; when a line
 * carries both, set apart by wide gaps, only the parts that name a revision are kept, in order.
 */
export function readHeader(line: PrintedLine, out: PageFurniture): void {
  let text = plainPageNumber(segmentsText(line.segments).trim());
  const m = HEADER_LABEL_RE.exec(text);
  if (m && !out.label && !(m[1] && /^\d{4}$/.test(m[2]) && DATE_BEFORE_YEAR_RE.test(m[1]))) {
    out.label = m[2];
    text = (m[1] ?? '').trim();
  }
  if (!text || out.revisionHeader) return;
  if (isRevisionHeader(text) && !line.segments.some((s) => isRunningTitle(s.text))) {
    out.revisionHeader = text;
    return;
  }
  const parts = line.segments
    .map((s) => s.text.trim())
    .filter((t) => t && isRevisionHeader(t) && t !== out.label);
  if (parts.length > 0) out.revisionHeader = parts.join(' ');
}

/** A segment that names no revision while its line does: the running title sharing the revision header's line. */
function isRunningTitle(text: string): boolean {
  const t = text.trim();
  return t !== '' && !isRevisionHeader(t) && !HEADER_LABEL_RE.test(t) && !/^[-–—•|]$/.test(t);
}

// The printed form of a job as plain data: a cover sheet, then each page with its label, revision header and the
// lines (text, indent, scene numbers, asterisk) at their line positions. The print page only draws this.

import type { Page, PageLine } from '../script/model';
import type { Paper } from '../script/page-geometry';
import { describePages } from './pages';
import { formatRevisionDate } from '../revision/colors';
import { revisionDate, type RevisionPrint } from './revised';

/** One printed line, at line `row` of the page's text area (6 lines an inch). */
export interface PrintLine {
  row: number;
  text: string;
  kind: PageLine['kind'];
  /** Characters from the left margin (10 an inch). */
  indent: number;
  sceneNumber?: string;
  /** An asterisk in the right margin. */
  marked: boolean;
}

export interface PrintPage {
  label: string;
  /** "BLUE REVISION - 11/27/26" on the page-number line; absent on a first draft. */
  header?: string;
  /** "14A." at the top right; absent on page 1 of a first draft, as printed scripts do. */
  number?: string;
  lines: PrintLine[];
  markedLines: number;
}

export interface CoverSheet {
  scriptTitle: string;
  /** "Blue revision - 11/27/26" */
  revision: string;
  pages: string;
  pageCount: number;
  copies: number;
  recipients: { name: string; copies: number }[];
  collated: boolean;
  paperColor: string;
}

export interface PrintDocument {
  paper: Paper;
  paperColor: string;
  cover?: CoverSheet;
  pages: PrintPage[];
  /** Labels asked for that this revision does not have (the page list changed since the job was queued). */
  missing: string[];
}

/** What to print: the revision's printed form, which labels, and the job's details for the cover sheet. */
export interface PrintRequest {
  scriptTitle: string;
  revision: { color: string; date: string; label?: string };
  print: RevisionPrint;
  labels: readonly string[];
  paper: Paper;
  cover?: { copies: number; recipients: { name: string; copies: number }[]; collated: boolean };
}

/** One page as it prints, with the asterisks from `marked` (line indexes) and those a PDF already carried. */
export function printPage(page: Page, marked: readonly number[], header: string | undefined): PrintPage {
  const marks = new Set(marked);
  const lines: PrintLine[] = [];
  page.lines.forEach((l, row) => {
    const isMarked = marks.has(row) || l.marked === true;
    if (!l.text && !isMarked && !l.sceneNumber) return;
    lines.push({
      row,
      text: l.text,
      kind: l.kind,
      indent: l.indent,
      sceneNumber: l.sceneNumber,
      marked: isMarked,
    });
  });
  // A PDF page keeps its own header; ours is only added where the source printed none.
  const ownHeader = page.revisionHeader;
  return {
    label: page.label,
    header: header ?? ownHeader,
    number: page.label === '1' && !header ? undefined : `${page.label}.`,
    lines,
    markedLines: lines.filter((l) => l.marked).length,
  };
}

/** Lays out a print request: the cover sheet (when asked for) and each requested page in the revision's order. */
export function printDocument(req: PrintRequest): PrintDocument {
  const byLabel = new Map(req.print.pages.map((p) => [p.label, p]));
  const order = req.print.pages.map((p) => p.label);
  const index = new Map(order.map((l, i) => [l, i]));
  const wanted = [...new Set(req.labels)];
  const missing = wanted.filter((l) => !byLabel.has(l));
  const present = wanted
    .filter((l) => byLabel.has(l))
    .sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
  const pages = present.map((l) =>
    printPage(byLabel.get(l) as Page, req.print.marks.get(l) ?? [], req.print.header),
  );
  const revisionLine = `${req.revision.color} revision - ${formatRevisionDate(revisionDate(req.revision.date))}`;
  return {
    paper: req.paper,
    paperColor: req.revision.color,
    pages,
    missing,
    cover: req.cover
      ? {
          scriptTitle: req.scriptTitle,
          revision: req.revision.label ? `${revisionLine} (${req.revision.label})` : revisionLine,
          pages: describePages(present, order),
          pageCount: present.length,
          copies: req.cover.copies,
          recipients: req.cover.recipients,
          collated: req.cover.collated,
          paperColor: req.revision.color,
        }
      : undefined,
  };
}

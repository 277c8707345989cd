// The print queue's engine: page label rules, job rules and a revision's printed form.
// (The queue in storage is lib/db/print-queue.ts.)

export { compareLabels, orderLabels, parsePageList, describePages, type PageListResult } from './pages';
export {
  totalCopies,
  cleanRecipients,
  pagesToPrint,
  sheetTotals,
  describeSheetTotal,
  pagesNotPrinted,
  mergeJobs,
  mergeableGroups,
  notYetQueued,
  neverPrinted,
  reorder,
  parseRecipients,
  formatRecipients,
  type PrintJob,
  type Recipient,
  type SheetTotal,
} from './jobs';
export { revisionPrint, revisionDate, type PrintableRevision, type RevisionPrint } from './revised';
export {
  printDocument,
  printPage,
  type PrintDocument,
  type PrintPage,
  type PrintLine,
  type CoverSheet,
  type PrintRequest,
} from './sheets';

// Print jobs as Scriptside keeps them in the print queue.

import type { SyncFields } from '../sync-fields';

export type PrintJobStatus = 'queued' | 'partly_printed' | 'printed';

export interface PrintJobRecord extends SyncFields {
  scriptId: string;
  revisionId: string;
  /** Page labels to print, in order ("12", "14A", "15-16"). */
  pages: string[];
  /** The revision colour name the pages print on ("Blue"). */
  paperColor: string;
  copies: number;
  recipients: { name: string; copies: number }[];
  collated: boolean;
  includeCoverSheet: boolean;
  /** Position in the queue (lower first). */
  order: number;
  status: PrintJobStatus;
  printedAt?: number;
  printedPages?: string[];
}

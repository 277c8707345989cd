// What the page reader (components/platform/extract.ts) finds in a page: plain data, validated by
// lib/messaging/messages.ts before anything reads it, then parsed by lib/reading/choose.ts.

import type { PageBlock } from '../script/blocks';

interface PageExtractBase {
  url: string;
  title: string;
  /** document.contentType ("text/html", "text/plain", "application/pdf"). */
  contentType: string;
}

/** What the page reader found in a page. */
export type PageExtract =
  | (PageExtractBase & { kind: 'pre'; text: string })
  | (PageExtractBase & { kind: 'blocks'; blocks: PageBlock[] })
  | (PageExtractBase & { kind: 'text'; text: string })
  | (PageExtractBase & { kind: 'pdf' });

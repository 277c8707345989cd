// What a long reading (a PDF of hundreds of pages) shares with the panel that asked for it: the signal that stops
// it, where it reports pages read, and how it asks before reading a PDF over the page cap.

/** The panel's side of one reading. Every field is optional to honour: a reader without it just runs to the end. */
export interface ReadSession {
  /** Aborted when the user cancels: the reading stops (download, pdf.js, layout) and stores nothing. */
  signal?: AbortSignal;
  /** Pages read so far of all the PDF's pages. */
  onProgress?(done: number, total: number): void;
  /** Asked before a PDF over the page cap is read; resolves true to read it anyway. */
  confirmPages?(pages: number): Promise<boolean>;
}

// Source keys: how Scriptside recognises that a new reading is another draft of a script it already has.

import type { SourceInfo } from '../db/schema';

/** The page URL without its #fragment (the same document scrolled elsewhere is the same source). */
export function pageSourceKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The key under which a source is remembered: the URL without hash, or the file name; undefined for the demo/paste. */
export function sourceKey(source: SourceInfo): string | undefined {
  if (source.kind === 'page' && source.url) return pageSourceKey(source.url);
  if (source.kind === 'file' && source.fileName) return `file:${source.fileName}`;
  return undefined;
}

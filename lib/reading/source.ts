// Source keys: how Scriptside recognises that a new reading is another draft of a script it already has.

import type { SourceInfo } from '../script/records';

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

/** Characters of a source shown beside a script's title before it is shortened with "…". */
const SOURCE_LABEL_CHARS = 40;

/**
 * A short line telling a script apart from others with the same title: where it was first read from (a file's
 * name, a page's site and path) and the day it was stored ("ep104-pink.pdf · added 2026-12-05").
 */
export function scriptSourceLabel(sourceKeys: readonly string[], createdAt: number): string {
  const key = sourceKeys[0];
  let from = 'no file or page';
  if (key?.startsWith('file:')) from = key.slice('file:'.length);
  else if (key) {
    try {
      const u = new URL(key);
      from =
        u.protocol === 'file:' ? decodeURIComponent(u.pathname.split('/').pop() ?? key) : u.host + u.pathname;
    } catch {
      from = key;
    }
  }
  if (from.length > SOURCE_LABEL_CHARS) from = `${from.slice(0, SOURCE_LABEL_CHARS - 1)}…`;
  const d = new Date(createdAt);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${from} · added ${day}`;
}

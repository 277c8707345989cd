// The Fountain title page: "Key: value" lines at the top of the file, values continued on indented lines.

import type { TitleField } from './model';
import { NOTE_MARK } from './fountain-markup';

const KEY_LINE = /^([A-Za-z][A-Za-z0-9 _'-]*):(.*)$/;

/** The title page's fields and where it sits among the lines: lines [start, end) belong to it. */
export interface TitlePageRead {
  fields: TitleField[];
  start: number;
  end: number;
}

function isIndented(line: string): boolean {
  return line.startsWith('\t') || line.startsWith('   ');
}

/**
 * Reads the title page, if the file starts with one (blank lines and notes may come first). It ends at the first
 * blank line, or at a line that is neither "Key:" nor indented; that line and the rest of its paragraph are script.
 * A block whose keys all have empty values ("CUT TO:") is not a title page.
 */
export function readTitlePage(lines: string[]): TitlePageRead {
  let start = 0;
  while (start < lines.length && lines[start].split(NOTE_MARK).join('').trim() === '') start++;
  const fields: TitleField[] = [];
  let current: { key: string; values: string[] } | null = null;
  let end = start;
  const flush = () => {
    if (current) fields.push({ key: current.key, value: current.values.join('\n') });
  };
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (line.trim() === '') break;
    const m = isIndented(line) ? null : KEY_LINE.exec(line);
    if (m) {
      flush();
      current = { key: m[1].trim(), values: [] };
      const v = m[2].trim();
      if (v) current.values.push(v);
    } else if (current && isIndented(line)) {
      current.values.push(line.trim());
    } else {
      break;
    }
  }
  flush();
  if (fields.length === 0 || fields.every((f) => f.value === '')) return { fields: [], start: 0, end: 0 };
  return { fields, start, end };
}

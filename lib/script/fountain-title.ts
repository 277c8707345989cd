// The Fountain title page: "Key: value" lines at the top of the file, values continued on indented lines.

import { parseEmphasis } from './emphasis';
import type { StyleSpan, TitleField } from './model';
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
 * A field with its value as printed: emphasis markers ("_**BRICK & STEEL**_") become spans and notes cut out of it
 * leave nothing behind, so the stored title, the status bar and exports show the words only.
 */
function titleField(key: string, values: string[]): TitleField {
  const lines: string[] = [];
  const styles: StyleSpan[] = [];
  let offset = 0;
  for (const raw of values) {
    const r = parseEmphasis(raw.includes(NOTE_MARK) ? raw.split(NOTE_MARK).join('') : raw);
    const text = r.text.trim();
    const lead = r.text.length - r.text.trimStart().length;
    for (const sp of r.styles) {
      const start = Math.max(0, sp.start - lead);
      const end = Math.min(text.length, sp.end - lead);
      if (end > start) styles.push({ start: start + offset, end: end + offset, style: sp.style });
    }
    lines.push(text);
    offset += text.length + 1;
  }
  const field: TitleField = { key, value: lines.join('\n') };
  if (styles.length) field.styles = styles;
  return field;
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
    if (current) fields.push(titleField(current.key, current.values));
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

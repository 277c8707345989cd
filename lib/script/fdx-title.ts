// The title page of a Final Draft file: free-form paragraphs, read into the model's title fields by place and wording.

import type { TitleField } from './model';

/**
 * Best-effort title page: FDX title pages are free-form paragraphs, so fields are recognised by place and wording
 * (first centred line = Title, "Written by" = Credit, the line after it = Author, dates, addresses = Contact).
 */
export function readTitlePage(paras: { text: string; alignment: string }[]): TitleField[] {
  const fields: TitleField[] = [];
  const add = (key: string, value: string) => {
    const f = fields.find((x) => x.key === key);
    if (f) f.value += `\n${value}`;
    else fields.push({ key, value });
  };
  let afterCredit = false;
  let lastKey = '';
  for (const { text, alignment } of paras) {
    if (!text) {
      lastKey = '';
      continue;
    }
    const centred = alignment === 'Center';
    let key: string;
    if (/^(written |screenplay |teleplay )?by\b|^written and directed by/i.test(text) && text.length < 40) {
      key = 'Credit';
      afterCredit = true;
    } else if (/^(story by|based on)\b/i.test(text)) key = 'Source';
    else if (/^(©|\(c\)|copyright)/i.test(text)) key = 'Copyright';
    else if (
      /\b(draft|revision|revised)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(19|20)\d\d\b/i.test(text) &&
      text.length < 60 &&
      !centred
    )
      key = 'Draft date';
    else if (centred && !fields.some((f) => f.key === 'Title')) key = 'Title';
    else if (centred && lastKey === 'Title') key = 'Title';
    else if (afterCredit && centred && !fields.some((f) => f.key === 'Author')) key = 'Author';
    else if (centred && lastKey === 'Author') key = 'Author';
    else if (centred) key = 'Notes';
    else key = 'Contact';
    add(key, text);
    lastKey = key;
  }
  return fields;
}

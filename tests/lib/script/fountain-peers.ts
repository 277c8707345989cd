// Readers for the peer Fountain test data (jouvence YAML, fountain-tools dumps) and the normalisation both sides go
// through before comparing, so the conformance test compares meaning, not each project's presentation.
import type { Script } from '../../../lib/script/model';

/** One element as compared: a type name shared by the peers and a normalised text. */
export interface Cmp {
  type: string;
  text: string;
}

/** A jouvence case: Fountain input, expected elements, optional expected title page. */
export interface JouvenceCase {
  input: string;
  out: string[];
  title?: Record<string, string>;
}

function unquote(v: string): string {
  v = v.trim();
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** Reads the small subset of YAML the jouvence files use: `in:` (quoted or `|` block), `out:` list, `title:` map. */
export function readJouvenceYaml(src: string): JouvenceCase[] {
  const cases: JouvenceCase[] = [];
  for (const doc of src.split(/^---\s*$/m)) {
    if (!doc.trim()) continue;
    const lines = doc.split('\n');
    const c: JouvenceCase = { input: '', out: [] };
    for (let i = 0; i < lines.length; i++) {
      const m = /^(in|out|title):\s*(.*)$/.exec(lines[i]);
      if (!m) continue;
      const [, key, rest] = m;
      const body: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1].startsWith(' ') || lines[i + 1].trim() === ''))
        body.push(lines[++i]);
      while (body.length && body[body.length - 1].trim() === '') body.pop();
      if (key === 'in')
        c.input = rest.trim() === '|' ? body.map((l) => l.slice(4)).join('\n') + '\n' : unquote(rest);
      else if (key === 'out')
        c.out = rest.trim() === '[]' ? [] : body.map((l) => unquote(l.trim().replace(/^- /, '')));
      else {
        c.title = {};
        for (const l of body) {
          const kv = /^\s+([^:]+):\s*(.*)$/.exec(l);
          if (kv) c.title[kv[1]] = unquote(kv[2]);
        }
      }
    }
    cases.push(c);
  }
  return cases;
}

const JOUVENCE_TYPES: Record<string, string> = {
  '.': 'heading',
  '!': 'action',
  '@': 'character',
  '=': 'dialogue',
  _: 'parenthetical',
  '>': 'transition',
  '~': 'lyrics',
  '#': 'section',
  '+': 'synopsis',
};

/** Jouvence `out:` items as typed elements ("!><" is centred action). */
export function jouvenceElements(out: string[]): Cmp[] {
  return out.map((item) => {
    if (item === '<pagebreak>') return { type: 'page_break', text: '' };
    if (item.startsWith('!><')) return { type: 'centered', text: item.slice(3) };
    const type = JOUVENCE_TYPES[item[0]] ?? `?${item[0]}`;
    // jouvence's '#' is a level-1 section; we compare the level too.
    return { type, text: type === 'section' ? `${item.slice(1)} #1` : item.slice(1) };
  });
}

const TOOLS_TYPES: Record<string, string> = {
  HEADING: 'heading',
  ACTION: 'action',
  CHARACTER: 'character',
  DIALOGUE: 'dialogue',
  PARENTHETICAL: 'parenthetical',
  TRANSITION: 'transition',
  LYRIC: 'lyrics',
  PAGEBREAK: 'page_break',
  SECTION: 'section',
  SYNOPSIS: 'synopsis',
};

/** A fountain-tools dump: elements (notes/boneyard listings dropped) and title entries. */
export function readToolsDump(src: string): { elements: Cmp[]; title: Record<string, string> } {
  const starts = [...src.matchAll(/^(\[\[\d+\]\]|\/\*\d+\*\/)?([A-Z]+):"/gm)];
  const elements: Cmp[] = [];
  const title: Record<string, string> = {};
  starts.forEach((m, k) => {
    if (m[1]) return; // the listing of a note or boneyard cut out of the text
    const end = k + 1 < starts.length ? starts[k + 1].index : src.length;
    let body = src.slice(m.index + m[0].length, end).replace(/\s+$/, '');
    const extras: string[] = [];
    for (;;) {
      const x = /\s(\([^()"]*\)|tags:\S+)$/.exec(body);
      if (!x || body.endsWith('"')) break;
      extras.unshift(x[1]);
      body = body.slice(0, x.index);
    }
    let extension = '';
    const ext = /" "(\([^"]*\))"$/.exec(body);
    if (ext) {
      extension = ext[1];
      body = body.slice(0, ext.index + 1);
    }
    body = body.slice(0, -1); // closing quote
    if (m[2] === 'TITLEENTRY') {
      const sep = body.indexOf('":"');
      title[body.slice(0, sep)] = body.slice(sep + 3);
      return;
    }
    const type = extras.includes('(centered)') ? 'centered' : (TOOLS_TYPES[m[2]] ?? `?${m[2]}`);
    let text = body;
    if (type === 'character') text = `${body} ${extension}${extras.includes('(Dual)') ? ' ^' : ''}`;
    const num = extras.find((e) => e !== '(centered)' && e !== '(Dual)' && !e.startsWith('tags:'));
    if ((type === 'heading' || type === 'section') && num) text = `${body} #${num.slice(1, -1)}`;
    elements.push({ type, text });
  });
  return { elements, title };
}

const CONTD = /^CONT['’]?D$/i;

/** Our script as compared elements (notes dropped: peers keep them out of the element list). */
export function ourElements(script: Script): Cmp[] {
  const out: Cmp[] = [];
  for (const e of script.elements) {
    if (e.type === 'note') continue;
    let type: string = e.type === 'scene_heading' ? 'heading' : e.type;
    let text = e.text;
    if (e.type === 'character') {
      const exts = (e.extensions ?? []).filter((x) => !CONTD.test(x)).map((x) => `(${x})`);
      text = [e.name ?? '', ...exts].join(' ') + (e.dual === 'right' ? ' ^' : '');
    }
    if (e.type === 'scene_heading' && e.sceneNumber) text = `${text} #${e.sceneNumber}`;
    if (e.type === 'section' && e.level !== undefined) text = `${text} #${e.level}`;
    if (type === 'page_break') type = 'page_break';
    out.push({ type, text });
  }
  return out;
}

/**
 * The documented normalisation applied to both sides before comparing:
 * - emphasis markers (* and _) and peer note/boneyard placeholders ([[0]], /*0*\/) are removed (peers keep markers);
 * - parenthetical brackets are removed (fountain-tools drops them, we keep them as printed);
 * - whitespace runs, including line breaks, become one space; ends trimmed;
 * - empty elements are dropped (jouvence and fountain-tools keep blank lines as empty action);
 * - consecutive action elements are joined (peers merge action paragraphs; we keep one element per paragraph);
 * - character cues are compared as name + extensions other than CONT'D (fountain-tools drops CONT'D),
 *   with " ^" on the right side of dual dialogue (fountain-tools marks only that side).
 */
export function normalise(list: Cmp[]): Cmp[] {
  const out: Cmp[] = [];
  for (const e of list) {
    let text = e.text
      .replace(/\[\[\d+\]\]|\/\*\d+\*\//g, '')
      .replace(/[*_]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (e.type === 'parenthetical') text = text.replace(/^\(\s*/, '').replace(/\s*\)$/, '');
    if (e.type === 'character') text = text.replace(/\s*\((CONT['’]?D)\)/gi, '');
    if (text === '' && e.type !== 'page_break') continue;
    const prev = out[out.length - 1];
    if (prev && prev.type === 'action' && e.type === 'action') {
      prev.text = `${prev.text} ${text}`;
      continue;
    }
    out.push({ type: e.type, text });
  }
  return out;
}

/** Indices of `a` and `b` left unmatched by a longest common subsequence on type + text. */
export function unmatched(a: Cmp[], b: Cmp[]): { a: number[]; b: number[] } {
  const eq = (x: Cmp, y: Cmp) => x.type === y.type && x.text === y.text;
  const n = a.length;
  const m = b.length;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i][j] = eq(a[i], b[j]) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const ua: number[] = [];
  const ub: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (eq(a[i], b[j])) {
      i++;
      j++;
    } else if (L[i + 1][j] >= L[i][j + 1]) ua.push(i++);
    else ub.push(j++);
  }
  while (i < n) ua.push(i++);
  while (j < m) ub.push(j++);
  return { a: ua, b: ub };
}

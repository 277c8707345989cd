// Turns what was read (a page extract or a file's text) into a parsed script with a title, or a plain refusal.

import type { PageExtract } from './page-extract';
import { ScriptError, type Script } from '../script/model';
import type { SourceInfo } from '../script/records';
import type { ScriptParsers } from './script-parsers';

/** A source read and parsed, ready for storeRevision. */
export interface Reading {
  script: Script;
  title: string;
  source: SourceInfo;
}

export const NOT_A_SCRIPT = 'This page does not look like a script.';

/**
 * True when plain text reads as Fountain rather than a typed-out screenplay layout: a Fountain title page, or
 * almost no line indented the way printed dialogue is.
 */
export function looksLikeFountain(text: string): boolean {
  const head = text.slice(0, 4000);
  if (/^(title|credit|author|authors|draft date)\s*:/im.test(head.split(/\n\s*\n/)[0] ?? '')) return true;
  const lines = text.split('\n', 5000).filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  const indented = lines.filter((l) => /^( {8,}|\t{2,})\S/.test(l)).length;
  return indented / lines.length < 0.1;
}

// "Title - Script", "Title Script", "Title | IMSDb": the site's words, not the script's.
const SITE_SUFFIX = /(\s*[-|–—:]\s*|\s+)(IMSDb|Screenplay|Script)\s*$/i;

/** Longest title kept from a page title or file name. */
const TITLE_MAX = 300;

/** The script's title: the title page's Title, else the page title or file name tidied, else "Untitled script". */
export function guessTitle(script: Script, fallback: string): string {
  const field = script.titlePage.find((f) => f.key.toLowerCase() === 'title');
  const fromPage = field?.value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  if (fromPage) return clip(fromPage);
  let t = fallback.trim();
  // A real title is short; cutting first keeps the suffix pattern's work small on a hostile page title.
  t = t.slice(0, TITLE_MAX);
  for (let i = 0; i < 3 && SITE_SUFFIX.test(t); i++) t = t.replace(SITE_SUFFIX, '');
  t = t.replace(/\.(fountain|spmd|fdx|pdf|txt|html?)$/i, '').trim();
  return t ? clip(t) : 'Untitled script';
}

function clip(t: string): string {
  // Page titles are untrusted and can be huge; a title is a line in a list.
  const clean = t
    // eslint-disable-next-line no-control-regex -- removing control and bidi characters is the point
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}

function refuseIfNotScript(script: Script, parsers: ScriptParsers, message = NOT_A_SCRIPT): Script {
  // A blank Fountain file parses to an empty script (as peers read it); there is nothing to store.
  if (script.elements.length === 0)
    throw new ScriptError('empty', 'There is no script text here: the file or page is empty.');
  if (!parsers.isLikelyScript(script)) throw new ScriptError('not_script', message);
  return script;
}

function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
}

/**
 * Parses a page extract with the parser its shape calls for (pre -> plain text, blocks -> parseBlocks,
 * text/plain -> Fountain or plain text, body text -> plain text). PDFs are not handled here (see kind 'pdf').
 * Throws ScriptError 'not_script' with "This page does not look like a script." when it is not one.
 */
export function readPageExtract(extract: PageExtract, parsers: ScriptParsers): Reading {
  const source: SourceInfo = { kind: 'page', url: extract.url, format: 'html' };
  let script: Script;
  switch (extract.kind) {
    case 'pdf':
      throw new ScriptError('not_script', 'This page is a PDF: it has to be fetched and read as a PDF.');
    case 'pre':
      script = parsers.parsePlainText(extract.text);
      source.format = 'plain';
      break;
    case 'blocks':
      if (extract.blocks.length === 0) throw new ScriptError('not_script', NOT_A_SCRIPT);
      script = parsers.parseBlocks(extract.blocks);
      break;
    case 'text': {
      const isFountainFile = /\.(fountain|spmd)$/i.test(fileName(extract.url));
      if (extract.text.trim() === '') throw new ScriptError('not_script', NOT_A_SCRIPT);
      if (isFountainFile || (extract.contentType === 'text/plain' && looksLikeFountain(extract.text))) {
        script = parsers.parseFountain(extract.text);
        source.format = 'fountain';
      } else {
        script = parsers.parsePlainText(extract.text);
        source.format = 'plain';
      }
      break;
    }
  }
  return {
    script: refuseIfNotScript(script, parsers),
    title: guessTitle(script, extract.title || fileName(extract.url)),
    source,
  };
}

/** The formats a file can be imported from, by extension. */
export type FileKind = 'fountain' | 'fdx' | 'pdf' | 'txt' | 'html';

/** The kind of an imported file from its name (and, for ambiguous names, its MIME type); undefined if unsupported. */
export function fileKind(name: string, mime = ''): FileKind | undefined {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'fountain' || ext === 'spmd') return 'fountain';
  if (ext === 'fdx') return 'fdx';
  if (ext === 'pdf' || mime === 'application/pdf') return 'pdf';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'html' || ext === 'htm' || mime === 'text/html') return 'html';
  return undefined;
}

/** Parses a text file (not PDF, not HTML: those go through pdf.js and the page extraction first). */
export function readTextFile(name: string, text: string, parsers: ScriptParsers): Reading {
  const kind = fileKind(name);
  let script: Script;
  let format: SourceInfo['format'];
  if (kind === 'fdx') {
    script = parsers.parseFdx(text);
    format = 'fdx';
  } else if (kind === 'fountain' || (kind === 'txt' && looksLikeFountain(text))) {
    script = parsers.parseFountain(text);
    format = 'fountain';
  } else if (kind === 'txt') {
    script = parsers.parsePlainText(text);
    format = 'plain';
  } else {
    throw new ScriptError(
      'not_script',
      `Scriptside cannot read "${clip(name)}": use a .fountain, .fdx, .pdf, .txt or .html file.`,
    );
  }
  const message = `"${clip(name)}" does not look like a script.`;
  return {
    script: refuseIfNotScript(script, parsers, message),
    title: guessTitle(script, name),
    source: { kind: 'file', fileName: name, format },
  };
}

/** Wraps a parsed PDF as a Reading (the PDF parser ran elsewhere because it needs pdf.js). */
export function pdfReading(
  script: Script,
  parsers: ScriptParsers,
  from: { url?: string; fileName?: string; title?: string },
): Reading {
  const name = from.fileName ?? (from.url ? fileName(from.url) : '');
  const source: SourceInfo = from.url
    ? { kind: 'page', url: from.url, format: 'pdf' }
    : { kind: 'file', fileName: name, format: 'pdf' };
  const message = from.url
    ? NOT_A_SCRIPT.replace('page', 'PDF')
    : `"${clip(name)}" does not look like a script.`;
  return {
    script: refuseIfNotScript(script, parsers, message),
    title: guessTitle(script, from.title || name),
    source,
  };
}

// The PDF parser on small PDFs written by tests/fixtures/make-pdf.ts: page labels, revision headers, asterisks,
// scene numbers, elements by indent, dialogue across pages, and every refusal a user can meet.
import { describe, expect, it } from 'vitest';
import { parsePdf, PDF_PAGE_CAP } from '../../../lib/script/pdf';
import { ScriptError, type Script } from '../../../lib/script/model';
import { makePdf, marginAsterisk, pageLabel, scriptText, type PdfText } from '../../fixtures/make-pdf';

/** A two-page production draft: page 12A with a BLUE revision and an asterisk, dialogue split by (MORE). */
function productionDraft(): Uint8Array {
  const p1: PdfText[] = [
    ...pageLabel('12A', 'BLUE REVISION - 11/27/26'),
    { x: 108 - 7.2 * 5, y: 708, text: '42' },
    scriptText(0, 0, 'INT. HARBOUR OFFICE - NIGHT'),
    { x: 108 + 7.2 * 62, y: 708, text: '42' },
    scriptText(2, 0, 'Rain hammers the window. ODILE sorts a stack of ferry'),
    scriptText(3, 0, 'tickets by colour.'),
    marginAsterisk(3),
    scriptText(5, 20, 'ODILE'),
    scriptText(6, 14, '(without looking up)'),
    scriptText(7, 10, 'The last boat left at nine. If you'),
    scriptText(8, 10, 'wanted it, you should have run.'),
    scriptText(9, 14, '(MORE)'),
  ];
  const p2: PdfText[] = [
    ...pageLabel('12B', 'BLUE REVISION - 11/27/26'),
    scriptText(0, 20, "ODILE (CONT'D)"),
    scriptText(1, 10, 'Nobody runs in this town.'),
    scriptText(3, 48, 'CUT TO:'),
    scriptText(5, 0, 'EXT. PIER - CONTINUOUS'),
    scriptText(7, 0, 'Gulls.'),
  ];
  return makePdf([{ texts: p1 }, { texts: p2 }]);
}

async function refusal(p: Promise<unknown>): Promise<ScriptError> {
  try {
    await p;
  } catch (e) {
    expect(e, 'errors are ScriptErrors a user can read').toBeInstanceOf(ScriptError);
    return e as ScriptError;
  }
  throw new Error('expected the PDF to be refused');
}

describe('parsePdf on a production draft', () => {
  let script: Script;
  it('parses', async () => {
    script = await parsePdf(productionDraft());
    expect(script.format, 'format').toBe('pdf');
  });

  it('keeps the PDF pages with their printed labels and revision headers', () => {
    expect(
      script.pages?.map((p) => p.label),
      'labels without the period',
    ).toEqual(['12A', '12B']);
    expect(script.pages?.[0].revisionHeader, 'revision header read off the label line').toBe(
      'BLUE REVISION - 11/27/26',
    );
  });

  it('reads elements by their indents', () => {
    const summary = script.elements.map((e) => `${e.type}:${e.text}`);
    expect(summary, 'element types and text').toEqual([
      'scene_heading:INT. HARBOUR OFFICE - NIGHT',
      'action:Rain hammers the window. ODILE sorts a stack of ferry tickets by colour.',
      'character:ODILE',
      'parenthetical:(without looking up)',
      'dialogue:The last boat left at nine. If you wanted it, you should have run. Nobody runs in this town.',
      'transition:CUT TO:',
      'scene_heading:EXT. PIER - CONTINUOUS',
      'action:Gulls.',
    ]);
    expect(script.elements[0].sceneNumber, 'scene number from the margins').toBe('42');
    expect(script.elements[2].name, 'cue name').toBe('ODILE');
    expect(
      script.elements.map((e) => e.sourcePage),
      'source pages',
    ).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('marks asterisked lines and never puts the asterisk in the text', () => {
    expect(script.text.includes('*'), 'no asterisk in script text').toBe(false);
    const marked = script.pages![0].lines.filter((l) => l.marked);
    expect(
      marked.map((l) => l.text),
      'the asterisked line is marked',
    ).toEqual(['tickets by colour.']);
    const heading = script.pages![0].lines.find((l) => l.kind === 'scene_heading');
    expect(heading?.sceneNumber, 'heading line keeps its scene number').toBe('42');
    expect(heading?.text, 'scene numbers are not in the line text').toBe('INT. HARBOUR OFFICE - NIGHT');
  });

  it('gives every text line offsets into script.text and keeps furniture out of it', () => {
    for (const page of script.pages!) {
      for (const line of page.lines) {
        if (line.start === undefined) continue;
        expect(script.text.slice(line.start, line.end), `offsets of "${line.text}"`).toBe(line.text);
      }
    }
    const kinds = script.pages!.flatMap((p) => p.lines.map((l) => l.kind));
    expect(kinds, '(MORE) is furniture').toContain('more');
    expect(kinds, 'repeated cue after (MORE) is furniture').toContain('contd_cue');
    expect(script.text.includes('(MORE)'), '(MORE) not in text').toBe(false);
    expect(script.text.includes("CONT'D"), 'repeated cue not in text').toBe(false);
    expect(script.pages![0].lines[5].kind, 'lines are indexed by printed line number').toBe('character');
  });

  it('does not empty the caller’s bytes', async () => {
    const bytes = productionDraft();
    await parsePdf(bytes);
    expect(bytes.length, 'bytes still readable after parsing').toBeGreaterThan(100);
  });
});

describe('parsePdf title page and A4', () => {
  it('reads a centred title page into title fields and skips it as script', async () => {
    const title: PdfText[] = [
      { x: 306 - 7.2 * 7, y: 500, text: 'THE FERRYMAN' },
      { x: 306 - 7.2 * 5, y: 460, text: 'written by' },
      { x: 306 - 7.2 * 5.5, y: 448, text: 'Ada Quill' },
      { x: 108, y: 100, text: '3/14/2026' },
    ];
    const s = await parsePdf(makePdf([{ texts: title }, { texts: [scriptText(0, 0, 'EXT. QUAY - DAY')] }]));
    expect(s.titlePage, 'title fields').toEqual([
      { key: 'Title', value: 'THE FERRYMAN' },
      { key: 'Credit', value: 'written by' },
      { key: 'Author', value: 'Ada Quill' },
      { key: 'Draft date', value: '3/14/2026' },
    ]);
    expect(
      s.elements.map((e) => e.type),
      'title page is not script text',
    ).toEqual(['scene_heading']);
    expect(s.pages?.length, 'title page still counts as a page').toBe(2);
  });

  it('reads an A4 page', async () => {
    const h = 841.89;
    const s = await parsePdf(
      makePdf([
        {
          width: 595.28,
          height: h,
          texts: [
            { x: 500, y: h - 42, text: '7.' },
            scriptText(0, 0, 'INT. LOCK KEEPER’S HUT - DAWN', h),
            scriptText(2, 20, 'MARA (V.O.)', h),
            scriptText(3, 10, 'Still here.', h),
          ],
        },
      ]),
    );
    expect(s.pages?.[0].label, 'A4 label').toBe('7');
    expect(
      s.elements.map((e) => e.type),
      'A4 elements',
    ).toEqual(['scene_heading', 'character', 'dialogue']);
    expect(s.elements[1].extensions, 'cue extensions').toEqual(['V.O.']);
  });
});

describe('parsePdf refusals', () => {
  it('refuses a file that is not a PDF', async () => {
    const e = await refusal(parsePdf(new TextEncoder().encode('INT. HOUSE - DAY\n\nNot a PDF at all.')));
    expect([e.code, e.message], 'not a PDF').toEqual(['not_pdf', 'Not a valid PDF']);
  });

  it('refuses a password-protected PDF', async () => {
    const e = await refusal(
      parsePdf(makePdf([{ texts: [scriptText(0, 0, 'INT. VAULT - DAY')] }], { encrypted: true })),
    );
    expect([e.code, e.message], 'password').toEqual(['pdf_encrypted', 'This PDF is password-protected']);
  });

  it('refuses a PDF without a text layer', async () => {
    const e = await refusal(parsePdf(makePdf([{ texts: [], graphics: '72 72 m 500 700 l S' }])));
    expect([e.code, e.message], 'scanned').toEqual([
      'pdf_no_text',
      'This PDF has no selectable text (scanned?)',
    ]);
  });

  it('refuses a PDF cut off part way with a readable sentence', async () => {
    const full = productionDraft();
    const e = await refusal(parsePdf(full.slice(0, Math.floor(full.length * 0.4))));
    expect(['pdf_truncated', 'not_pdf', 'pdf_no_text'], `code for a cut-off file (${e.code})`).toContain(
      e.code,
    );
    expect(e.message.length, 'message is a sentence').toBeGreaterThan(15);
  });

  it('refuses a PDF over the size cap before reading it', async () => {
    const e = await refusal(parsePdf(productionDraft(), { maxBytes: 100 }));
    expect(e.code, 'size cap').toBe('too_large');
  });

  it('stops when cancelled, before or during reading', async () => {
    const before = new AbortController();
    before.abort();
    expect((await refusal(parsePdf(productionDraft(), { signal: before.signal }))).code, 'pre-aborted').toBe(
      'cancelled',
    );
    const during = new AbortController();
    const seen: number[] = [];
    const e = await refusal(
      parsePdf(productionDraft(), {
        signal: during.signal,
        onProgress: (done) => {
          seen.push(done);
          during.abort();
        },
      }),
    );
    expect(e.code, 'aborted after the first page').toBe('cancelled');
    expect(seen, 'no page read after cancel').toEqual([1]);
  });

  it('asks before reading a PDF over the page cap, with its page count, and reads nothing when told no', async () => {
    expect(PDF_PAGE_CAP, 'a named cap well above a feature script').toBeGreaterThanOrEqual(300);
    const asked: number[] = [];
    const read: number[] = [];
    const e = await refusal(
      parsePdf(productionDraft(), {
        pageCap: 1,
        confirmPages: async (n) => {
          asked.push(n);
          return false;
        },
        onProgress: (done) => read.push(done),
      }),
    );
    expect(e.code, 'declined reads end as cancelled').toBe('cancelled');
    expect(asked, 'asked once with the page count pdf.js gave').toEqual([2]);
    expect(read, 'no page read before the answer').toEqual([]);
    const yes = await parsePdf(productionDraft(), { pageCap: 1, confirmPages: async () => true });
    expect(
      yes.pages?.map((p) => p.label),
      'read in full when told yes',
    ).toEqual(['12A', '12B']);
    let askedUnder = false;
    await parsePdf(productionDraft(), {
      confirmPages: async () => (askedUnder = true),
    });
    expect(askedUnder, 'a PDF under the cap is read without asking').toBe(false);
  });
});

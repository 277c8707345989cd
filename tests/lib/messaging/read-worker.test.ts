// The read worker's replies are checked before the panel uses them: a real parse passes whole, anything malformed or
// unknown (pdf.js's own worker messages leaking through, a damaged script, a stray field) is refused with a reason.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../lib/reading/choose';
import { validateReadWorkerReply, validateReadWorkerRequest } from '../../../lib/messaging/read-worker';
import { parseFountain } from '../../../lib/script/fountain';
import { parsePdf } from '../../../lib/script/pdf';
import { scriptParsers } from '../../../components/platform/engine-parsers';
import { makePdf, pageLabel, scriptText } from '../../fixtures/make-pdf';

/** The workbench fixture script (original, written for the tests). */
const FOUNTAIN = readFileSync(resolve(__dirname, '../../fixtures/workbench/late-edition.fountain'), 'utf8');

async function pdfScript() {
  const texts = [
    ...pageLabel('2'),
    scriptText(0, 0, 'INT. SIGNAL BOX - NIGHT'),
    scriptText(2, 0, 'Rain on the glass.'),
    scriptText(4, 20, 'MAREN'),
    scriptText(5, 10, 'The eleven-forty is late again.'),
  ];
  return parsePdf(makePdf([{ texts }]));
}

describe('validateReadWorkerReply', () => {
  it('passes what the worker really sends', async () => {
    const script = structuredClone(await pdfScript());
    const reading = structuredClone(readTextFile('signal.fountain', FOUNTAIN, scriptParsers));
    for (const reply of [
      { type: 'ready' },
      { type: 'progress', done: 37, total: 122 },
      { type: 'confirm-pages', pages: 1840 },
      { type: 'pdf-read', script },
      { type: 'text-read', reading },
      { type: 'failed', code: 'pdf_no_text', message: 'This PDF has no selectable text (scanned?)' },
    ]) {
      expect(validateReadWorkerReply(reply), reply.type).toEqual({ ok: true, value: reply });
    }
  });

  it('refuses malformed, unknown and damaged replies, saying why', async () => {
    const script = structuredClone(await pdfScript());
    const damaged = structuredClone(script);
    damaged.elements[0].text = 'INT. SOMEWHERE ELSE';
    const fountain = parseFountain(FOUNTAIN);
    const bad: [unknown, RegExp][] = [
      [null, /type is unknown/],
      [{ targetName: 'worker', action: 'ready' }, /type is unknown|not expected/],
      [{ type: 'progress', done: 5, total: 3 }, /past the total/],
      [{ type: 'progress', done: -1, total: 3 }, /not a count/],
      [{ type: 'progress', done: 1, total: 3, extra: 1 }, /extra is not expected/],
      [{ type: 'pdf-read', script: damaged }, /does not match the text/],
      [{ type: 'pdf-read', script: fountain }, /not a PDF/],
      [
        {
          type: 'text-read',
          reading: { script: fountain, title: 'T', source: { kind: 'demo', format: 'fountain' } },
        },
        /kind is unknown/,
      ],
      [{ type: 'failed', code: 'x', message: 'y'.repeat(5000) }, /not text/],
    ];
    for (const [reply, why] of bad) {
      const r = validateReadWorkerReply(reply);
      expect(r.ok, JSON.stringify(reply).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.error, JSON.stringify(reply).slice(0, 80)).toMatch(why);
    }
  });
});

describe('validateReadWorkerRequest', () => {
  it('passes the panel’s requests and refuses others', () => {
    expect(validateReadWorkerRequest({ type: 'read-pdf', bytes: new Uint8Array(4), confirm: true }).ok).toBe(
      true,
    );
    expect(validateReadWorkerRequest({ type: 'read-file', name: 'a.fountain', text: FOUNTAIN }).ok).toBe(
      true,
    );
    expect(validateReadWorkerRequest({ type: 'confirm-pages', yes: false }).ok).toBe(true);
    expect(validateReadWorkerRequest({ type: 'read-pdf', bytes: 'x', confirm: true }).ok, 'bytes').toBe(
      false,
    );
    expect(validateReadWorkerRequest({ type: 'eval', code: '1' }).ok, 'unknown type').toBe(false);
  });
});

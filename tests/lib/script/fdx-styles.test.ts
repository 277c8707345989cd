// parseFdx as Final Draft prints: AllCaps and emphasis from ElementSettings (or Final Draft's defaults), shots as their
// own element type, and the file's revision set and RevisionID marks, on small original files and the real ones.
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../lib/script/fdx';
import { parseFountain } from '../../../lib/script/fountain';
import { buildScript, type ElementDraft } from '../../../lib/script/model';
import { paginate } from '../../../lib/script/paginate';
import { scenesOf } from '../../../lib/revision/scenes';
import { describeCorpus, readCorpus } from '../../corpus';
import { outline, outlineDifferences } from './outline';

/** A Final Draft file around `content` paragraphs, with `settings` ElementSettings (none when empty). */
function fdx(content: string, settings = '', revisions = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>${content}</Content>
  ${settings}
  ${revisions}
</FinalDraft>`;
}

const para = (type: string, ...runs: string[]) =>
  `<Paragraph Type="${type}">${runs.map((r) => (r.startsWith('<') ? r : `<Text>${r}</Text>`)).join('')}</Paragraph>`;

const settingsFor = (type: string, style: string) =>
  `<ElementSettings Type="${type}"><FontSpec Font="Courier Final Draft" Size="12" Style="${style}"/></ElementSettings>`;

describe('parseFdx: case and emphasis from the element styles', () => {
  it("prints headings, cues, transitions and shots in capitals by Final Draft's defaults when the file has no ElementSettings", () => {
    const s = parseFdx(
      fdx(
        para('Scene Heading', 'Ext. Mast farm - nIGHT') +
          para('Shot', 'close on the letter') +
          para('Action', 'Walter reads.') +
          para('Character', 'Walter (o.s.)') +
          para('Dialogue', 'Not yet.') +
          para('Transition', 'Cut to:'),
      ),
    );
    expect(
      s.elements.map((e) => `${e.type}:${e.text}`),
      'typed case kept only where Final Draft prints it so',
    ).toEqual([
      'scene_heading:EXT. MAST FARM - NIGHT',
      'shot:CLOSE ON THE LETTER',
      'action:Walter reads.',
      'character:WALTER (O.S.)',
      'dialogue:Not yet.',
      'transition:CUT TO:',
    ]);
    const cue = s.elements.find((e) => e.type === 'character');
    expect([cue?.name, cue?.extensions], 'the cue is split after capitals are applied').toEqual([
      'WALTER',
      ['O.S.'],
    ]);
    expect(s.text, 'the canonical text is the printed text').toContain('EXT. MAST FARM - NIGHT');
  });

  it("follows the file's own ElementSettings: a heading style without AllCaps keeps the typed case, a Bold one is bold", () => {
    const s = parseFdx(
      fdx(
        para('Scene Heading', 'Scene 1 - an office') + para('Action', 'A desk.') + para('Character', 'Shag'),
        settingsFor('Scene Heading', '') +
          settingsFor('Action', 'Bold+AllCaps') +
          settingsFor('Character', ''),
      ),
    );
    const [heading, action, cue] = s.elements;
    expect(heading.text, 'no AllCaps on the heading style: typed case').toBe('Scene 1 - an office');
    expect(cue.text, 'no AllCaps on the character style: typed case').toBe('Shag');
    expect(action.text, 'AllCaps on the action style').toBe('A DESK.');
    expect(action.styles, 'Bold on the action style covers the whole element').toEqual([
      { start: 0, end: 7, style: 'bold' },
    ]);
  });

  it('capitalises an AllCaps run only, keeps italic and underline runs, and never changes the text length (ß)', () => {
    const s = parseFdx(
      fdx(
        para(
          'Action',
          'The sign reads ',
          '<Text Style="AllCaps+Italic">straße</Text>',
          ' and ',
          '<Text Style="Underline">nothing else</Text>',
          '.',
        ),
      ),
    );
    const el = s.elements[0];
    expect(el.text, 'only the AllCaps run in capitals; ß has no one-letter capital and stays').toBe(
      'The sign reads STRAßE and nothing else.',
    );
    expect(
      (el.styles ?? []).map((x) => `${x.style}:${el.text.slice(x.start, x.end)}`),
      'spans still point at the styled words',
    ).toEqual(['italic:STRAßE', 'underline:nothing else']);
  });
});

describe('parseFdx: shots', () => {
  it('reads a Shot paragraph as a shot: laid out like a heading, without a scene number, and never a scene', () => {
    const s = parseFdx(
      fdx(
        '<Paragraph Number="1" Type="Scene Heading"><Text>EXT. ROAD - DAY</Text></Paragraph>' +
          para('Action', 'A sedan passes.') +
          para('Shot', 'Grass') +
          para('Action', 'It sways.'),
      ),
    );
    expect(
      s.elements.map((e) => e.type),
      'element types',
    ).toEqual(['scene_heading', 'action', 'shot', 'action']);
    const pages = paginate(s, { sceneNumbers: true });
    const shotLine = pages[0].lines.find((l) => l.kind === 'shot');
    expect(shotLine?.text, 'the shot prints on its own line').toBe('GRASS');
    expect(shotLine?.indent, 'at the heading margin').toBe(0);
    expect(shotLine?.sceneNumber, 'a shot takes no scene number').toBeUndefined();
    expect(
      pages[0].lines.filter((l) => l.sceneNumber).map((l) => l.sceneNumber),
      'one numbered scene',
    ).toEqual(['1']);
    expect(scenesOf(s).length, "the revision engine's scene list has one scene").toBe(1);
  });
});

describe('pagination of shots', () => {
  it('never leaves a shot at the foot of a page, at any position, and keeps the scene going through it', () => {
    for (let before = 10; before < 30; before++) {
      const drafts: ElementDraft[] = [{ type: 'scene_heading', text: 'INT. HALL - NIGHT' }];
      for (let k = 0; k < before; k++) drafts.push({ type: 'action', text: `Line ${k}.` });
      drafts.push({ type: 'shot', text: 'ON THE DOOR' }, { type: 'action', text: 'It opens.' });
      const pages = paginate(buildScript('fdx', drafts), { sceneContinueds: true });
      for (const p of pages) {
        const last = [...p.lines].reverse().find((l) => l.kind !== 'blank' && l.kind !== 'continued');
        expect(
          last?.kind,
          `${before} actions before the shot: page ${p.label} does not end on the shot`,
        ).not.toBe('shot');
      }
      const top = pages[1]?.lines[0];
      if (top)
        expect(top.kind, `${before}: a page opened inside the scene says CONTINUED`).toBe('continued_top');
    }
  });
});

describe('parseFdx: revision sets and marks', () => {
  const revisions = `<Revisions ActiveSet="2" RevisionMode="Yes">
    <Revision Color="#FFFF00000000" ID="1" Mark="*" Name="October 31" Style=""/>
    <Revision Color="#000000000000" ID="2" Mark="*" Name="Blue Rev. (mm/dd/yyyy)" PageColor="#C6C6EDEDFEFE" Style=""/>
  </Revisions>`;
  const file = fdx(
    para('Scene Heading', 'INT. OFFICE - DAY') +
      para(
        'Dialogue',
        'He is ',
        '<Text RevisionID="1" Style="Italic">past it</Text>',
        '<Text RevisionID="0" Style="Italic">. Quite.</Text>',
      ) +
      para('Action', '<Text RevisionID="2">A new line.</Text>') +
      para('Action', 'Nothing changed here.'),
    '',
    revisions,
  );
  const s = parseFdx(file);

  it('keeps the active revision set and the marked runs as ranges of each element', () => {
    expect(s.revision, 'the active set, colours as #rrggbb').toEqual({
      name: 'Blue Rev. (mm/dd/yyyy)',
      pageColor: '#c6edfe',
      textColor: '#000000',
    });
    const marked = s.elements.filter((e) => e.marks);
    expect(
      marked.flatMap((e) => e.marks!.map((m) => e.text.slice(m.start, m.end))),
      'the marked words, whatever set marked them',
    ).toEqual(['past it', 'A new line.']);
  });

  it('puts an asterisk on the lines that show marked text, and the set name in those pages’ header', () => {
    const pages = paginate(s);
    const marked = pages.flatMap((p) => p.lines.filter((l) => l.marked).map((l) => l.text));
    expect(marked, 'asterisked lines').toEqual(['He is past it. Quite.', 'A new line.']);
    expect(pages[0].revisionHeader, 'header from the revision set').toBe('Blue Rev. (mm/dd/yyyy)');
  });

  it('has no revision when the file defines sets but marks nothing', () => {
    const plain = parseFdx(fdx(para('Action', 'Nothing.'), '', revisions));
    expect(plain.revision, 'sets without marks are a template, not a revision').toBeUndefined();
    expect(
      paginate(plain).some((p) => p.revisionHeader || p.lines.some((l) => l.marked)),
      'no marks, no header',
    ).toBe(false);
  });
});

describeCorpus('parseFdx on the real Final Draft files', () => {
  it('farmland: every heading in capitals, as Final Draft prints them, and the same outline as its Fountain twin', () => {
    const s = parseFdx(readCorpus('realworld/fdx/farmland.finaldraft.fdx'));
    const headings = s.elements.filter((e) => e.type === 'scene_heading').map((e) => e.text);
    expect(headings, 'typed "EXT. Mast farm - nIGHT" prints in capitals').toContain('EXT. MAST FARM - NIGHT');
    expect(
      headings.filter((h) => h !== h.toUpperCase()),
      'no heading in mixed case',
    ).toEqual([]);
    const ftn = parseFountain(readCorpus('realworld/fountain/farmland.fountain'));
    // Two differences, both from the sources: the FDX keeps a stray WALTER cue with no speech (its ScriptNote says
    // "remove the unused character name") that the Fountain twin dropped, and the twin writes the Shot as a capitals
    // line right above text, which Fountain reads as a cue.
    expect(
      outlineDifferences(outline(ftn), outline(s), 'fdx'),
      'differences from the Fountain twin (its headings no longer carry a leaked note)',
    ).toEqual(['+fdx C:WALTER', '-fountain C:A ROCKY MOUNTAIN LOCUST LANDS ON HIS WIFE’S GRAVE MARKER.']);
  });

  it('equivocation: 1,504 cues all in capitals name 96 characters; italic runs and the revision set are kept', () => {
    const s = parseFdx(readCorpus('realworld/fdx/equivocation.seattle-rep.finaldraft.fdx'));
    const cues = s.elements.filter((e) => e.type === 'character');
    expect(cues.length, 'cues').toBe(1504);
    expect(
      cues.filter((c) => c.text !== c.text.toUpperCase()).length,
      'cues in mixed case (519 before AllCaps was applied)',
    ).toBe(0);
    expect(new Set(cues.map((c) => c.name)).size, 'distinct characters (182 before)').toBe(96);
    const macbeth = cues.find((c) => c.text === 'MACBETH' && c.styles);
    expect(macbeth?.styles, 'an Italic+AllCaps cue keeps its italic').toEqual([
      { start: 0, end: 7, style: 'italic' },
    ]);
    expect(s.revision?.name, 'the active revision set').toBe('Final');
    const marked = s.elements.filter((e) => e.marks?.length);
    const words = marked.flatMap((e) => e.marks!.map((m) => e.text.slice(m.start, m.end)));
    expect(words, 'marked runs include a changed phrase').toContain('past it');
    expect(words, 'and a whole marked parenthetical').toContain('(to James)');
    console.log(
      `[fdx marks] equivocation: ${marked.length} elements marked, ${words.length} marked ranges (adjacent runs merged)`,
    );
    const pages = paginate(s);
    const markedPages = pages.filter((p) => p.lines.some((l) => l.marked));
    expect(markedPages.length, 'pages with an asterisk').toBeGreaterThan(3);
    expect(
      markedPages.every((p) => p.revisionHeader === 'Final'),
      'each marked page carries the set name',
    ).toBe(true);
  });

  it('lost-souls: 19 scenes and 20 shots, the shots outside every scene list', () => {
    const s = parseFdx(readCorpus('realworld/fdx/lost-souls.draft1.finaldraft.fdx'));
    expect(
      s.elements.filter((e) => e.type === 'scene_heading').length,
      'scenes (39 when shots were scenes)',
    ).toBe(19);
    const shots = s.elements.filter((e) => e.type === 'shot').map((e) => e.text);
    expect(shots.length, 'shots').toBe(20);
    expect(shots.slice(0, 3), 'first shots').toEqual(['ROAD', 'GRASS', 'WINDOW']);
    expect(scenesOf(s).length, "the revision engine's scene list").toBe(19);
    const pages = paginate(s, { sceneNumbers: true });
    expect(
      pages.flatMap((p) => p.lines.filter((l) => l.sceneNumber && l.kind === 'scene_heading')).length,
      'numbered headings on the pages',
    ).toBe(19);
    expect(
      pages.flatMap((p) => p.lines.filter((l) => l.kind === 'shot' && l.sceneNumber)).length,
      'numbered shots',
    ).toBe(0);
  });
});

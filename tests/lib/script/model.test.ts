import { describe, expect, it } from 'vitest';
import { buildScript } from '../../../lib/script/model';

describe('buildScript', () => {
  it('lays element texts out in one canonical text with offsets and stable ids', () => {
    const s = buildScript('fountain', [
      { type: 'scene_heading', text: 'INT. KITCHEN - DAY' },
      { type: 'action', text: 'Mara pours coffee.' },
      { type: 'action', text: 'Mara pours coffee.' },
    ]);
    for (const el of s.elements) expect(s.text.slice(el.start, el.end), `offsets of ${el.id}`).toBe(el.text);
    expect(s.elements[1].id, 'repeated text gets a distinct id').not.toBe(s.elements[2].id);
    const again = buildScript('fdx', [{ type: 'scene_heading', text: 'INT. KITCHEN - DAY' }]);
    expect(again.elements[0].id, 'same heading keeps its id across drafts').toBe(s.elements[0].id);
  });
});

describe('element ids', () => {
  it('hash the type and text exactly as hashText does on "type\\0text"', async () => {
    const { hashText } = await import('../../../lib/script/model');
    const s = buildScript('fountain', [{ type: 'dialogue', text: 'Ten’s a loan.', dual: 'left' }]);
    expect(s.elements[0].id, 'id from the documented hash').toBe(
      `e-${hashText('dialogue\u0000Ten’s a loan.')}-0`,
    );
    expect(s.elements[0].dual, 'optional fields are kept').toBe('left');
    expect('sceneNumber' in s.elements[0], 'unset optional fields are not added').toBe(false);
  });
});

// @vitest-environment jsdom
// One script per panel: importing in one panel does not switch another; the status-bar switcher says what it does and
// tells apart two scripts with one title; "This Document Is a Draft of…" asks before it moves a whole script.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db';
import { storeRevision } from '../../../lib/db/revisions';
import { paginate } from '../../../lib/script/paginate';
import { parseFountain } from '../../../lib/script/fountain';
import type { Platform } from '../../../components/workbench/platform';
import { Workbench } from '../../../components/workbench/Workbench';
import { clearDb, fakeLayout, fakePlatform, LATE_EDITION, storeScript } from '../helpers';

const SECOND = LATE_EDITION.replace('INT. PRESS ROOM - NIGHT', 'INT. BOILER ROOM - NIGHT');

function status(panel: HTMLElement) {
  return within(within(panel).getByRole('contentinfo', { name: 'Status' }));
}

beforeEach(async () => {
  fakeLayout();
  await clearDb();
});

describe('panels', () => {
  it('importing in one panel leaves the script shown in another panel alone', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    const importing = fakePlatform();
    importing.importFiles = vi.fn<Platform['importFiles']>(async () => {
      const r = await storeScript(parseFountain(SECOND), 'Boiler Room');
      return [{ ok: true, ...r, title: 'Boiler Room' }];
    });
    const one = render(<Workbench platform={importing} />).container;
    const two = render(<Workbench platform={fakePlatform()} />).container;
    await waitFor(() => expect(status(one).getByText('The Late Edition'), 'panel one').toBeInTheDocument(), {
      timeout: 5000,
    });
    await waitFor(() => expect(status(two).getByText('The Late Edition'), 'panel two').toBeInTheDocument(), {
      timeout: 5000,
    });
    await user.upload(
      within(one).getByLabelText('Import a script', { selector: 'input' }),
      new File([SECOND], 'boiler.fountain'),
    );
    await waitFor(
      () =>
        expect(
          status(one).getByText('Boiler Room'),
          'the importing panel shows the import',
        ).toBeInTheDocument(),
      { timeout: 5000 },
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(
      status(two).queryByText('The Late Edition'),
      'the other panel still shows its own script',
    ).not.toBeNull();
  });

  it('the script switcher says what it does and tells two scripts with one title apart', async () => {
    const user = userEvent.setup();
    for (const [text, fileName] of [
      [LATE_EDITION, 'ep101-pilot.fountain'],
      [SECOND, 'ep201-pilot.fountain'],
    ]) {
      const script = parseFountain(text);
      await storeRevision({
        script,
        source: { kind: 'file', fileName, format: 'fountain' },
        title: 'Pilot',
        pages: paginate(script, { paper: 'letter' }),
      });
    }
    const panel = render(<Workbench platform={fakePlatform()} />).container;
    await user.click(await status(panel).findByRole('button', { name: /Choose script/ }));
    const input = await screen.findByRole('combobox', {}, { timeout: 5000 });
    expect(input, 'titled as what it is').toHaveAttribute(
      'placeholder',
      'Choose the script to show in this panel',
    );
    const options = within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option');
    const names = options.map((o) => o.textContent ?? '');
    expect(names.length, 'both scripts offered').toBe(2);
    expect(names.join('\n'), 'each names its source file and day').toMatch(
      /ep101-pilot\.fountain · added \d{4}-\d\d-\d\d/,
    );
    expect(new Set(names).size, 'the two "Pilot" rows read differently').toBe(2);
  });

  it('"This Document Is a Draft of…" asks before moving, and Cancel moves nothing', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    const moved = await storeScript(parseFountain(SECOND), 'Boiler Room');
    render(<Workbench platform={fakePlatform()} />);
    await waitFor(async () => expect((await db.scripts.get(moved.scriptId))?.title).toBe('Boiler Room'));
    await screen.findByRole('tree', { name: 'Outline' });
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    const input = await screen.findByRole('combobox', {}, { timeout: 5000 });
    await user.type(input, 'draft of');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('combobox'), 'asks which script').toHaveAttribute(
        'placeholder',
        'Which script is “Boiler Room” a draft of?',
      ),
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('combobox'), 'then asks before moving').toHaveAttribute(
        'placeholder',
        'Make every draft of “Boiler Room” the next revisions of “The Late Edition”?',
      ),
    );
    await user.keyboard('{ArrowDown}{Enter}');
    await new Promise((r) => setTimeout(r, 200));
    expect((await db.scripts.get(moved.scriptId))?.deletedAt, 'Cancel moved nothing').toBeUndefined();
    expect(await db.revisions.where('scriptId').equals(moved.scriptId).count(), 'its draft stays').toBe(1);
  });

  it('"This Document Is a Draft of…" confirmed: the drafts move and no empty script is left', async () => {
    const user = userEvent.setup();
    const kept = await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    const moved = await storeScript(parseFountain(SECOND), 'Boiler Room');
    const panel = render(<Workbench platform={fakePlatform()} />).container;
    await screen.findByRole('tree', { name: 'Outline' });
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    await user.type(await screen.findByRole('combobox', {}, { timeout: 5000 }), 'draft of');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('combobox').getAttribute('placeholder')).toMatch(/a draft of\?$/),
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('combobox').getAttribute('placeholder')).toMatch(/^Make every/),
    );
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await db.revisions.where('scriptId').equals(kept.scriptId).count(), 'now two drafts').toBe(2),
    );
    const live = (await db.scripts.toArray()).filter((s) => s.deletedAt === undefined);
    expect(
      live.map((s) => s.title),
      'only the script the drafts went into is left',
    ).toEqual(['The Late Edition']);
    expect(moved.scriptId, 'the emptied script is gone').not.toBe(live[0].id);
    await waitFor(() =>
      expect(status(panel).queryByText('The Late Edition'), 'the panel shows it').not.toBeNull(),
    );
  });

  it('a panel follows its own tab: the tab’s script when it was read, else an offer to read it', async () => {
    const store = async (text: string, title: string, url: string) => {
      const script = parseFountain(text);
      return storeRevision({
        script,
        source: { kind: 'page', url, format: 'fountain' },
        title,
        pages: paginate(script, { paper: 'letter' }),
      });
    };
    await store(LATE_EDITION, 'The Late Edition', 'http://scripts.test/late-edition');
    await store(SECOND, 'Boiler Room', 'http://scripts.test/boiler-room');
    const onBoiler = fakePlatform();
    onBoiler.tabUrl = async () => 'http://scripts.test/boiler-room#page=2';
    const one = render(<Workbench platform={onBoiler} />).container;
    const onLate = fakePlatform();
    onLate.tabUrl = async () => 'http://scripts.test/late-edition';
    const two = render(<Workbench platform={onLate} />).container;
    await waitFor(
      () =>
        expect(status(one).queryByText('Boiler Room'), 'the panel beside the Boiler Room tab').not.toBeNull(),
      { timeout: 5000 },
    );
    await waitFor(
      () =>
        expect(status(two).queryByText('The Late Edition'), 'the panel beside the other tab').not.toBeNull(),
      { timeout: 5000 },
    );
    const unread = fakePlatform();
    unread.tabUrl = async () => 'http://scripts.test/episode-105';
    const three = render(<Workbench platform={unread} />).container;
    expect(
      await within(three).findByText(/This tab’s page has not been read/, {}, { timeout: 5000 }),
      'a tab not read yet is said so, not silently shown another script',
    ).toBeInTheDocument();
    expect(
      within(three).getByRole('button', { name: 'Read this tab' }),
      'with the offer to read it',
    ).toBeVisible();
  });
});

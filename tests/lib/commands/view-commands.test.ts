// Commands that act on a view go through the view's typed handle: each notes command asks the Notes view (opening it,
// with the keys kept for a box it focuses), the change commands and Show Thread act only on what is on screen, and
// the fact-check commands need no view. Run in Node with a fake context: commands touch nothing else.
import { describe, expect, it } from 'vitest';
import { getCommand } from '../../../lib/commands/registry';
import type { CommandContext } from '../../../lib/commands/types';
import {
  NO_DIFF_MESSAGE,
  NO_PAGES_FOR_THREAD,
  type HandledViewId,
  type RunInViewOptions,
  type ViewHandles,
} from '../../../lib/commands/views';

/** A context whose views record what was asked of them; `mounted` views have a handle recording each call. */
function fakeContext(mounted: Partial<ViewHandles> = {}) {
  const runs: { id: HandledViewId; options?: RunInViewOptions }[] = [];
  const calls: string[] = [];
  const notices: string[] = [];
  const record = <T extends object>(name: string, extra: Partial<T> = {}) =>
    new Proxy(extra as T, {
      get: (t, key) =>
        key in t
          ? (t as Record<string | symbol, unknown>)[key]
          : (...args: unknown[]) => void calls.push(`${name}.${String(key)}(${args.join(',')})`),
    });
  const notes = record<ViewHandles['notes']>('notes');
  const ctx = {
    hasScript: true,
    notify: (m: string) => void notices.push(m),
    views: {
      run(id, action, options) {
        runs.push({ id, options });
        (action as (v: unknown) => void)(id === 'notes' ? notes : mounted[id]);
      },
      shown: (id) => mounted[id],
    },
    factcheck: {
      flagSelection: async () => void calls.push('factcheck.flagSelection'),
      flagQuote: async () => {},
      exportCsv: async () => void calls.push('factcheck.exportCsv'),
      openReport: async () => void calls.push('factcheck.openReport'),
    },
  } as Partial<CommandContext> as CommandContext;
  return { ctx, runs, calls, notices, record };
}

describe('commands acting on views', () => {
  it('sends each notes command to the Notes view, opening it; the box-focusing ones keep typed keys', async () => {
    const expected: Record<string, [string, boolean]> = {
      'notes.addNote': ['notes.focusCapture()', true],
      'notes.search': ['notes.focusSearch()', true],
      'notes.toggleSession': ['notes.toggleSession()', false],
      'notes.exportCsv': ['notes.exportCsv()', false],
      'notes.exportMinutes': ['notes.exportMinutes()', false],
      'notes.printMinutes': ['notes.printMinutes()', false],
    };
    for (const [id, [call, focus]] of Object.entries(expected)) {
      const { ctx, runs, calls } = fakeContext();
      await getCommand(id)!.run(ctx);
      expect(
        runs.map((r) => r.id),
        `${id} goes to the Notes view`,
      ).toEqual(['notes']);
      expect(runs[0].options?.show, `${id} shows the view`).not.toBe(false);
      expect(!!runs[0].options?.focus, `${id} keeps keys typed meanwhile: ${focus}`).toBe(focus);
      expect(calls, `${id} asks the view once`).toEqual([call]);
    }
  });

  it('steps the diff on screen, and says how to get one when there is none, without opening a view', async () => {
    const stepped: string[] = [];
    const withDiff = fakeContext({ revisions: { stepChanges: (s) => void stepped.push(s) } });
    for (const id of ['revisions.nextChange', 'revisions.previousChange', 'revisions.listChanges'])
      await getCommand(id)!.run(withDiff.ctx);
    expect(stepped, 'each change command steps the diff').toEqual(['next', 'previous', 'list']);
    const none = fakeContext();
    await getCommand('revisions.nextChange')!.run(none.ctx);
    expect(none.notices, 'the sentence says what to do').toEqual([NO_DIFF_MESSAGE]);
    expect(none.runs, 'no view is opened').toEqual([]);
  });

  it('shows the thread on the cursor line only in the pages on screen, passing on their sentence', async () => {
    const none = fakeContext();
    await getCommand('notes.showThread')!.run(none.ctx);
    expect(none.notices, 'no pages shown').toEqual([NO_PAGES_FOR_THREAD]);
    const pages = fakeContext({
      script: { reveal: () => {}, toggleThreadAtCursor: () => 'There are no notes on this line.' },
    });
    await getCommand('notes.showThread')!.run(pages.ctx);
    expect(pages.notices, 'the view’s own sentence').toEqual(['There are no notes on this line.']);
  });

  it('runs the fact-check commands without any view', async () => {
    const { ctx, runs, calls } = fakeContext();
    for (const id of ['factcheck.flagSelection', 'factcheck.exportCsv', 'factcheck.openReport'])
      await getCommand(id)!.run(ctx);
    expect(calls, 'each calls its function').toEqual([
      'factcheck.flagSelection',
      'factcheck.exportCsv',
      'factcheck.openReport',
    ]);
    expect(runs, 'no view is opened').toEqual([]);
  });
});

// @vitest-environment jsdom
// The workbench state is split by what changes together: a new selection in the script redraws what shows the
// selection, not what shows notices, busy work or the active view; a notice redraws only what shows notices.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  useBusy,
  useNotices,
  useSelection,
  useViewState,
  useWorkbench,
  WorkbenchProvider,
  type WorkbenchControls,
} from '../../../components/workbench/state';

afterEach(cleanup);

const SELECTION = {
  start: 10,
  end: 20,
  anchor: { page: 0, line: 1 },
  cursor: { page: 0, line: 1 },
};

/** Renders per consumer, counted in each consumer's body (each render runs it once). */
let renders = new Map<string, number>();
const count = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);

function NoticesOnly() {
  count('notices');
  return <p>{useNotices().length} notices</p>;
}
function SelectionShown() {
  count('selection');
  const s = useSelection();
  return <p>{s ? `${s.start}-${s.end}` : 'nothing selected'}</p>;
}
function ActiveView() {
  count('view');
  return <p>{useViewState().activeView}</p>;
}
function BusyShown() {
  count('busy');
  return <p>{useBusy().length} busy</p>;
}

function renderState() {
  renders = new Map<string, number>();
  let controls: WorkbenchControls | undefined;
  function Grab() {
    count('controls');
    controls = useWorkbench();
    return null;
  }
  render(
    <WorkbenchProvider>
      <Grab />
      <NoticesOnly />
      <SelectionShown />
      <ActiveView />
      <BusyShown />
    </WorkbenchProvider>,
  );
  return { renders, controls: controls! };
}

describe('workbench state', () => {
  it('a selection change redraws what shows the selection, and not a notices-only consumer', () => {
    const { renders, controls } = renderState();
    const before = new Map(renders);
    act(() => controls.setSelection(SELECTION));
    expect(renders.get('selection'), 'the selection is redrawn').toBe((before.get('selection') ?? 0) + 1);
    expect(renders.get('notices'), 'the notices-only consumer is not redrawn').toBe(before.get('notices'));
    expect(renders.get('view'), 'nor the active view').toBe(before.get('view'));
    expect(renders.get('busy'), 'nor the busy work').toBe(before.get('busy'));
    expect(renders.get('controls'), 'nor what only uses the controls').toBe(before.get('controls'));
    expect(controls.getSelection(), 'an action reads the new selection').toEqual(SELECTION);
  });

  it('a notice redraws what shows notices, not the selection; the controls never change', () => {
    const { renders, controls } = renderState();
    const before = new Map(renders);
    act(() => controls.notify('Stored the script.'));
    expect(renders.get('notices'), 'notices redrawn').toBe((before.get('notices') ?? 0) + 1);
    expect(renders.get('selection'), 'the selection is not').toBe(before.get('selection'));
    act(() => controls.setActiveView('notes'));
    expect(renders.get('view'), 'the active view redrawn').toBe((before.get('view') ?? 0) + 1);
    expect(renders.get('notices'), 'notices not redrawn by a view switch').toBe(
      (before.get('notices') ?? 0) + 1,
    );
    expect(renders.get('controls'), 'controls-only consumer never redrawn').toBe(before.get('controls'));
  });
});

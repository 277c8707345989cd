// The background in Firefox: the toolbar button (browser_action, MV2) toggles the sidebar, since Firefox has no
// side panel that opens on the action click by itself as Chrome's does.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

beforeEach(() => fakeBrowser.reset());

describe('background in Firefox', () => {
  it('the toolbar button toggles the sidebar, once per click', async () => {
    const toggle = vi.spyOn(fakeBrowser.sidebarAction, 'toggle').mockResolvedValue(undefined);
    // The fake browser has no browserAction, contextMenus or commands events: keep the listeners instead.
    const clicks: Array<() => void> = [];
    vi.spyOn(fakeBrowser.browserAction.onClicked, 'addListener').mockImplementation((l) => {
      clicks.push(l as () => void);
    });
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    background.main();
    expect(clicks, 'one toolbar-button listener').toHaveLength(1);
    expect(toggle, 'nothing toggled before a click').not.toHaveBeenCalled();
    clicks[0]();
    expect(toggle, 'one click, one toggle, inside the click (no await before it)').toHaveBeenCalledTimes(1);
  });
});

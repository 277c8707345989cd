// @vitest-environment jsdom
// Settings -> Room: off by default (nothing asked, nothing loaded until Join or Share), a bad invite refused with a
// sentence before anything is asked, and the permission asked for the server's origin only, inside the click.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseFountain } from '../../../../lib/script/fountain';
import { clearDb, fakeLayout, LATE_EDITION, renderWorkbench, storeScript } from '../../helpers';

function token(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.c2ln`;
}

beforeEach(async () => {
  fakeLayout();
  fakeBrowser.reset();
  await clearDb();
});
afterEach(() => vi.restoreAllMocks());

describe('Settings -> Room', () => {
  it('asks nothing until Join; refuses an expired invite with a sentence; asks for the server origin only', async () => {
    const user = userEvent.setup();
    await storeScript(parseFountain(LATE_EDITION), 'The Late Edition');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    renderWorkbench();
    await user.click(await screen.findByRole('tab', { name: 'Settings' }));
    const form = await screen.findByRole('form', { name: 'Join a room' });
    expect(request, 'no permission asked while nobody joined').not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /^Room / }), 'no room item in the status bar').toBeNull();

    await user.type(within(form).getByLabelText('Your name'), 'Ada Park');
    await user.type(
      within(form).getByLabelText('Room server'),
      'ws://127.0.0.1:8787, wss://rooms.example.com',
    );
    await user.type(
      within(form).getByLabelText('Invite token'),
      token({ room: 'ep101', role: 'editor', exp: Math.floor(Date.now() / 1000) - 60 }),
    );
    await user.click(within(form).getByRole('button', { name: 'Join room' }));
    expect((await screen.findByRole('alert')).textContent, 'an expired invite is refused').toMatch(/expired/);
    expect(request, 'nothing asked for an expired invite').not.toHaveBeenCalled();

    await user.clear(within(form).getByLabelText('Invite token'));
    await user.type(
      within(form).getByLabelText('Invite token'),
      token({ room: 'ep101', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }),
    );
    await user.click(within(form).getByRole('button', { name: 'Share this script' }));
    await waitFor(() =>
      expect(request, 'asked for these servers only').toHaveBeenCalledWith({
        origins: ['http://127.0.0.1:8787/*', 'https://rooms.example.com/*'],
      }),
    );
    expect((await screen.findByRole('alert')).textContent, 'refused permission: nothing sent').toMatch(
      /permission.*Nothing was sent/,
    );
  });
});

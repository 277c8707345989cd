// @vitest-environment jsdom
// Notifications: an info notice leaves by itself after a few seconds (unless the user is reading it); an error stays
// until dismissed, so notices never pile up over the view.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INFO_NOTICE_MS, Notifications, type Notice } from '../../../components/ui/Notifications';

const NOTICES: Notice[] = [
  { id: 1, severity: 'info', message: 'Stored the script.' },
  { id: 2, severity: 'error', message: 'The page could not be read.' },
];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('notifications', () => {
  it('an info notice leaves after a few seconds; an error stays', () => {
    const onDismiss = vi.fn();
    render(<Notifications notices={NOTICES} onDismiss={onDismiss} />);
    act(() => vi.advanceTimersByTime(INFO_NOTICE_MS - 100));
    expect(onDismiss, 'still there a moment before').not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(onDismiss, 'the info notice leaves').toHaveBeenCalledWith(1);
    act(() => vi.advanceTimersByTime(60_000));
    expect(onDismiss, 'the error is never dismissed for the user').not.toHaveBeenCalledWith(2);
    expect(INFO_NOTICE_MS, 'a few seconds, as VS Code').toBeLessThanOrEqual(10_000);
  });

  it('stays while the pointer is on it', () => {
    const onDismiss = vi.fn();
    render(<Notifications notices={[NOTICES[0]]} onDismiss={onDismiss} />);
    fireEvent.mouseEnter(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(INFO_NOTICE_MS * 3));
    expect(onDismiss, 'held while read').not.toHaveBeenCalled();
    fireEvent.mouseLeave(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(INFO_NOTICE_MS + 10));
    expect(onDismiss, 'then leaves').toHaveBeenCalledWith(1);
  });
});

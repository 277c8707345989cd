// Requests to the Notes view are handled exactly once, whether the view is showing or not.
import { describe, expect, it } from 'vitest';
import {
  handleNotesRequests,
  onNotesRequest,
  requestNotes,
  type NotesRequest,
} from '../../../lib/notes/requests';

describe('notes requests', () => {
  it('queues until the view handles them, then delivers each new one once', () => {
    const heard: NotesRequest[] = [];
    const off = onNotesRequest((r) => heard.push(r));
    requestNotes({ type: 'toggle-session' });
    const handled: NotesRequest[] = [];
    const stop = handleNotesRequests((r) => handled.push(r));
    expect(
      handled.map((r) => r.type),
      'the waiting request is handled on mount',
    ).toEqual(['toggle-session']);
    requestNotes({ type: 'focus-capture' });
    stop();
    const again: NotesRequest[] = [];
    const stop2 = handleNotesRequests((r) => again.push(r));
    expect(again, 'a remount does not replay handled requests').toEqual([]);
    expect(
      handled.map((r) => r.type),
      'each request once',
    ).toEqual(['toggle-session', 'focus-capture']);
    expect(heard.length, 'listeners hear every request').toBe(2);
    stop2();
    off();
  });
});

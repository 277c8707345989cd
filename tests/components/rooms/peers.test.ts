// Presence from peers is untrusted: each field is checked, oversized or odd values are dropped, this client is left
// out, and nothing but text reaches the panel.
import { describe, expect, it } from 'vitest';
import { peersOf } from '../../../components/rooms/peers';

describe('peers from presence states', () => {
  it('keeps checked fields, drops bad ones and leaves this client out', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', initials: 'ME' } }],
      [
        2,
        { user: { name: 'Ben Cho', initials: 'BC', offset: 120, revisionId: 'r1', session: 'Ep 2 break' } },
      ],
      [3, { user: { name: 'x'.repeat(500), initials: '<img>', offset: -4, role: 'viewer', session: 42 } }],
      [4, { cursor: {} }],
    ]);
    const peers = peersOf(states, 1);
    expect(
      peers.map((p) => p.clientId),
      'self and stateless clients left out',
    ).toEqual([2, 3]);
    expect(peers[0]).toMatchObject({
      name: 'Ben Cho',
      initials: 'BC',
      offset: 120,
      session: 'Ep 2 break',
      role: 'editor',
    });
    expect(peers[1].name, 'an oversized name is not shown').toBe('Someone');
    expect(peers[1].initials.length, 'initials stay short').toBeLessThanOrEqual(4);
    expect(peers[1].offset, 'a negative offset is dropped').toBeUndefined();
    expect(peers[1].session, 'a session that is not text is dropped').toBeUndefined();
    expect(peers[1].role).toBe('viewer');
  });
});

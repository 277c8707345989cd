// The other assistants in a room, read from its presence ("awareness") states: data from peers, so every field is
// checked and kept as text only.
import type { Peer } from './room-store';

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The other assistants in the room, from presence states (untrusted: each field checked, text only). */
export function peersOf(states: Map<number, Record<string, unknown>>, self: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === self) continue;
    const u = state.user as Record<string, unknown> | undefined;
    if (!u || typeof u !== 'object') continue;
    const name = isText(u.name, 80) ? u.name : 'Someone';
    const initials = isText(u.initials, 4) && u.initials ? u.initials : name.slice(0, 2).toUpperCase();
    peers.push({
      clientId,
      name,
      initials,
      revisionId: isText(u.revisionId, 200) ? u.revisionId : undefined,
      offset: Number.isSafeInteger(u.offset) && (u.offset as number) >= 0 ? (u.offset as number) : undefined,
      session: isText(u.session, 200) && u.session ? u.session : undefined,
      role: u.role === 'viewer' ? 'viewer' : 'editor',
    });
  }
  return peers.sort((a, b) => a.initials.localeCompare(b.initials));
}

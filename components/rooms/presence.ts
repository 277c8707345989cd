// Where the other assistants in the shared script's room are: the line each one is on, for the Script view's margin.
import { useMemo } from 'react';
import { useRoomOf, type Peer } from './room-store';
import './rooms.css';

/**
 * The others in the room of `scriptId` who are on the draft `revisionId`, by the line ordinal `lineOf` gives for their
 * offset. Empty when the script is in no room (or nobody else is on this draft).
 */
export function usePeerLines(
  scriptId: string | undefined,
  revisionId: string | undefined,
  lineOf: (offset: number) => number,
): ReadonlyMap<number, Peer[]> {
  const room = useRoomOf(scriptId);
  const peers = room?.peers;
  return useMemo(() => {
    const byLine = new Map<number, Peer[]>();
    for (const p of peers ?? []) {
      if (p.offset === undefined || p.revisionId !== revisionId) continue;
      const line = lineOf(p.offset);
      if (line < 0) continue;
      byLine.set(line, [...(byLine.get(line) ?? []), p]);
    }
    return byLine;
  }, [peers, revisionId, lineOf]);
}

/** "Ben Cho is on this line" / "Ben Cho and Cy Diaz are on this line". */
export function peersOnLineLabel(peers: readonly Peer[]): string {
  const names = peers.map((p) => p.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `${list} ${peers.length > 1 ? 'are' : 'is'} on this line`;
}

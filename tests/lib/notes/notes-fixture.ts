// Small note records for the notes rule tests (original text).
import type { NoteRecord } from '../../../lib/notes/types';

let n = 0;
/** A note on revision r1, anchored at [start, end) unless `anchor: undefined` is passed. */
export function note(over: Partial<NoteRecord> & { start?: number; end?: number } = {}): NoteRecord {
  const { start = 0, end = 4, ...rest } = over;
  n++;
  return {
    id: `n${n}`,
    createdAt: 1_800_000_000_000 + n * 1000,
    updatedAt: 1_800_000_000_000 + n * 1000,
    scriptId: 's1',
    revisionId: 'r1',
    anchor: { exact: 'x', prefix: '', suffix: '', start, end },
    placements: {},
    text: `note ${n}`,
    kind: 'note',
    tags: [],
    resolved: false,
    ...rest,
  };
}

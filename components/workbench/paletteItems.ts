// What the palette lists for what was typed: commands (`>`), scenes (`@`) or pages (`:`), fuzzy-matched with fuse.js
// and carrying the matched character ranges to highlight.
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { commandLabel } from '../../lib/commands/registry';
import type { Command, CommandContext } from '../../lib/commands/types';
import type { Page } from '../../lib/script/model';
import type { MatchRanges } from '../ui/Highlighted';
import type { OutlineScene } from '../../lib/script/outline';

export interface PaletteItem {
  id: string;
  label: string;
  ranges?: MatchRanges;
  description?: string;
  /** The command's keybinding as written ("Ctrl+Shift+P"). */
  keybinding?: string;
  /** Shown above the first item of a group ("recently used"). */
  group?: string;
  run: () => void;
}

/** The mode a palette value is in, and the query after its prefix. */
export function parsePaletteValue(value: string): { mode: '>' | '@' | ':'; query: string } {
  const first = value[0];
  if (first === '@' || first === ':' || first === '>') return { mode: first, query: value.slice(1).trim() };
  return { mode: '>', query: value.trim() };
}

function labelRanges(matches: readonly FuseResultMatch[] | undefined, key: string): MatchRanges | undefined {
  return matches?.find((m) => m.key === key)?.indices;
}

const FUSE_OPTIONS = {
  includeMatches: true,
  includeScore: true,
  threshold: 0.4,
  ignoreLocation: true,
} as const;

/** Commands that can run now, recently used first; matched against the query when there is one. */
export function commandItems(
  commands: readonly Command[],
  ctx: CommandContext,
  recent: string[],
  query: string,
  run: (c: Command) => void,
): PaletteItem[] {
  const available = commands.filter((c) => (c.enabled ? c.enabled(ctx) : true));
  const rows = available.map((c) => ({ command: c, label: commandLabel(c), keywords: c.keywords ?? [] }));
  const rank = (id: string) => {
    const i = recent.indexOf(id);
    return i === -1 ? Infinity : i;
  };
  let matched: { row: (typeof rows)[number]; ranges?: MatchRanges; score: number }[];
  if (!query) {
    matched = rows.map((row) => ({ row, score: 0 }));
  } else {
    const fuse = new Fuse(rows, { ...FUSE_OPTIONS, keys: [{ name: 'label', weight: 2 }, 'keywords'] });
    matched = fuse.search(query).map((r) => ({
      row: r.item,
      ranges: labelRanges(r.matches, 'label'),
      score: r.score ?? 0,
    }));
  }
  // Recently used first (in the order used), then the rest in match order: what VS Code does.
  const recents = matched.filter((m) => rank(m.row.command.id) !== Infinity);
  recents.sort((a, b) => rank(a.row.command.id) - rank(b.row.command.id));
  const others = matched.filter((m) => rank(m.row.command.id) === Infinity);
  return [...recents, ...others].map((m, i) => ({
    id: m.row.command.id,
    label: m.row.label,
    ranges: m.ranges,
    keybinding: m.row.command.key,
    group:
      i === 0 && recents.length > 0
        ? 'recently used'
        : i === recents.length && recents.length > 0
          ? 'other commands'
          : undefined,
    run: () => run(m.row.command),
  }));
}

/** Scenes matched by number or heading words. */
export function sceneItems(
  scenes: OutlineScene[],
  query: string,
  open: (s: OutlineScene) => void,
): PaletteItem[] {
  const rows = scenes.map((s) => ({ scene: s, label: `${s.number ?? s.index + 1}  ${s.heading}` }));
  const toItem = (row: (typeof rows)[number], ranges?: MatchRanges): PaletteItem => ({
    id: `scene-${row.scene.index}`,
    label: row.label,
    ranges,
    description: row.scene.page ? `page ${row.scene.page}` : undefined,
    run: () => open(row.scene),
  });
  if (!query) return rows.map((r) => toItem(r));
  // A typed scene number goes straight to that scene.
  const exact = rows.filter(
    (r) => (r.scene.number ?? String(r.scene.index + 1)).toLowerCase() === query.toLowerCase(),
  );
  const fuse = new Fuse(rows, { ...FUSE_OPTIONS, keys: ['label'] });
  const fuzzy = fuse.search(query).filter((r) => !exact.includes(r.item));
  return [
    ...exact.map((r) => toItem(r)),
    ...fuzzy.map((r) => toItem(r.item, labelRanges(r.matches, 'label'))),
  ];
}

/** Pages whose label starts with the query ("12" lists 12, 12A, 120...), the exact label first. */
export function pageItems(pages: Page[], query: string, open: (pageIndex: number) => void): PaletteItem[] {
  const q = query.toLowerCase().replace(/\.$/, '');
  const matched = pages.filter((p) => p.label.toLowerCase().startsWith(q));
  matched.sort(
    (a, b) => Number(b.label.toLowerCase() === q) - Number(a.label.toLowerCase() === q) || a.index - b.index,
  );
  return matched.map((p) => ({
    id: `page-${p.index}`,
    label: `Page ${p.label}`,
    ranges: q ? [[5, 5 + q.length - 1]] : undefined,
    description: p.revisionHeader,
    run: () => open(p.index),
  }));
}

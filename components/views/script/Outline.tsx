// The outline: scenes (number, heading, page, length in eighths) and characters (speeches), as a keyboard tree
// with a filter box. Choosing a scene jumps there in the panel and in the page.
// Only the rows on screen are in the DOM: a 277-scene outline drew 2,161 nodes on every cold open, which cost more
// layout and paint than the rest of the panel together.
// The rows are all one height, so the window is worked out here rather than by the pages' virtualiser, which would
// bring its 33 kB into the panel's first load (the pages load apart from it).
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { Codicon } from '../../ui/Codicon';
import { formatEighths, type OutlineCharacter, type OutlineScene } from '../../../lib/script/outline';

/** Every row is one line of the tree (`.tree-group` and `.tree-item` are 22 px high in theme.css). */
const ROW_PX = 22;
/**
 * Rows drawn beyond each edge of the visible window, so a fast scroll or arrow key never shows a blank row. It also
 * covers a first render before the tree's box is measured (the first screen of a panel is about 20 rows).
 */
const OVERSCAN_ROWS = 20;
/** The height assumed for a tree box that has none yet (not laid out), so it still draws a first screen of rows. */
const UNMEASURED_PX = 20 * ROW_PX;

/** The part of the tree on screen: its scroll offset and height in px. */
interface Viewport {
  top: number;
  height: number;
}

interface TreeNode {
  id: string;
  level: 1 | 2;
  parent?: string;
  label: string;
  scene?: OutlineScene;
  character?: OutlineCharacter;
  childCount?: number;
  /** Place in its group and the group's size: only the rows on screen are drawn, so each says where it sits. */
  pos?: number;
  groupSize?: number;
}

function sceneTitle(s: OutlineScene): string {
  return `Scene ${s.number ?? s.index + 1}: ${s.heading}`;
}

/** A scene's accessible name: "Scene 12: INT. DINER - NIGHT, page 3, 1 3/8 pages". */
export function sceneName(s: OutlineScene): string {
  const page = s.page ? `, page ${s.page}` : '';
  return `${sceneTitle(s)}${page}, ${formatEighths(s.eighths)} ${s.eighths <= 8 ? 'page' : 'pages'}`;
}

/** The outline tree with its filter. `onOpenScene` runs on Enter or click. */
export function Outline({
  scenes,
  characters,
  currentScene,
  onOpenScene,
}: {
  scenes: OutlineScene[];
  characters: OutlineCharacter[];
  currentScene?: number;
  onOpenScene: (scene: OutlineScene) => void;
}) {
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [focused, setFocused] = useState<string>('scenes');
  const treeRef = useRef<HTMLUListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  /** A node the keyboard moved to, focused once its row is drawn (it may be scrolled in first). */
  const focusPending = useRef<string | null>(null);

  const q = filter.trim().toLowerCase();
  const shownScenes = useMemo(
    () =>
      q
        ? scenes.filter((s) => s.heading.toLowerCase().includes(q) || (s.number ?? '').toLowerCase() === q)
        : scenes,
    [scenes, q],
  );
  const shownCharacters = useMemo(
    () => (q ? characters.filter((c) => c.name.toLowerCase().includes(q)) : characters),
    [characters, q],
  );

  const visible: TreeNode[] = useMemo(() => {
    const out: TreeNode[] = [];
    const groups: [string, string, TreeNode[]][] = [
      [
        'scenes',
        'Scenes',
        shownScenes.map((s, i) => ({
          id: `s${s.index}`,
          level: 2,
          parent: 'scenes',
          pos: i + 1,
          groupSize: shownScenes.length,
          label: sceneName(s),
          scene: s,
        })),
      ],
      [
        'characters',
        'Characters',
        shownCharacters.map((c, i) => ({
          id: `c${c.name}`,
          level: 2,
          parent: 'characters',
          pos: i + 1,
          groupSize: shownCharacters.length,
          label: `${c.name}, ${c.lines} ${c.lines === 1 ? 'line' : 'lines'}`,
          character: c,
        })),
      ],
    ];
    for (const [id, label, children] of groups) {
      out.push({ id, level: 1, label: `${label} (${children.length})`, childCount: children.length });
      if (!collapsed.has(id)) out.push(...children);
    }
    return out;
  }, [shownScenes, shownCharacters, collapsed]);

  const focusIndex = Math.max(
    0,
    visible.findIndex((n) => n.id === focused),
  );
  const focusedNode = visible[focusIndex];

  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: UNMEASURED_PX });
  /** Reads the tree's scroll offset and height (a box with no height yet counts as UNMEASURED_PX). */
  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = { top: el.scrollTop, height: el.clientHeight || UNMEASURED_PX };
    setViewport((v) => (v.top === next.top && v.height === next.height ? v : next));
  }, []);
  // Before the first paint, and again whenever the panel or the outline's share of it is resized.
  useLayoutEffect(() => {
    measure();
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);
  const first = Math.max(0, Math.floor(viewport.top / ROW_PX) - OVERSCAN_ROWS);
  const end = Math.min(visible.length, Math.ceil((viewport.top + viewport.height) / ROW_PX) + OVERSCAN_ROWS);
  const padTop = first * ROW_PX;
  const padBottom = Math.max(0, visible.length - end) * ROW_PX;

  /** Scrolls the least that shows row `index` whole, and moves the drawn window with it at once. */
  function scrollToRow(index: number) {
    const el = scrollRef.current;
    const { top, height } = viewport;
    const rowTop = index * ROW_PX;
    const next = rowTop < top ? rowTop : rowTop + ROW_PX > top + height ? rowTop + ROW_PX - height : top;
    if (next === top) return;
    if (el) el.scrollTop = next;
    setViewport({ top: next, height });
  }

  // Move DOM focus once React has drawn the row (with its new tabindex); a row scrolled in arrives a render later.
  useEffect(() => {
    const id = focusPending.current;
    if (id === null) return;
    const el = Array.from(treeRef.current?.querySelectorAll<HTMLElement>('[data-node]') ?? []).find(
      (e) => e.dataset.node === id,
    );
    if (!el) return;
    focusPending.current = null;
    el.focus({ preventScroll: true });
  });

  function moveTo(index: number) {
    const at = Math.max(0, Math.min(visible.length - 1, index));
    const node = visible[at];
    if (!node) return;
    focusPending.current = node.id;
    setFocused(node.id);
    scrollToRow(at);
  }

  function setOpen(id: string, open: boolean) {
    setCollapsed((c) => {
      const next = new Set(c);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function onKeyDown(e: KeyboardEvent) {
    const node = focusedNode;
    if (!node) return;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(focusIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(focusIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(visible.length - 1);
        break;
      case 'ArrowRight':
        if (node.level === 1 && collapsed.has(node.id)) setOpen(node.id, true);
        else if (node.level === 1 && node.childCount) moveTo(focusIndex + 1);
        break;
      case 'ArrowLeft':
        if (node.level === 1) setOpen(node.id, false);
        else moveTo(visible.findIndex((n) => n.id === node.parent));
        break;
      case 'Enter':
      case ' ':
        if (node.scene) onOpenScene(node.scene);
        else if (node.level === 1) setOpen(node.id, collapsed.has(node.id));
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  return (
    <div className="outline">
      <div className="filter-box">
        <Codicon name="filter" />
        <input
          type="search"
          aria-label="Filter scenes and characters"
          placeholder="Filter scenes and characters"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <div className="tree-scroll" ref={scrollRef} onScroll={measure}>
        <ul
          className="tree"
          role="tree"
          aria-label="Outline"
          ref={treeRef}
          onKeyDown={onKeyDown}
          style={{ paddingTop: padTop, paddingBottom: padBottom }}
        >
          {visible.slice(first, end).map((n) => {
            const isFocused = n.id === focusedNode?.id;
            if (n.level === 1) {
              const open = !collapsed.has(n.id);
              return (
                <li
                  key={n.id}
                  role="treeitem"
                  aria-level={1}
                  aria-expanded={open}
                  aria-label={n.label}
                  data-node={n.id}
                  tabIndex={isFocused ? 0 : -1}
                  className="tree-group"
                  onFocus={() => setFocused(n.id)}
                  onClick={() => setOpen(n.id, !open)}
                >
                  <Codicon name={open ? 'chevron-down' : 'chevron-right'} />
                  <span>{n.label}</span>
                </li>
              );
            }
            const s = n.scene;
            const current = s !== undefined && s.index === currentScene;
            return (
              <li
                key={n.id}
                role="treeitem"
                aria-level={2}
                aria-posinset={n.pos}
                aria-setsize={n.groupSize}
                aria-selected={current}
                data-node={n.id}
                tabIndex={isFocused ? 0 : -1}
                className={`tree-item${current ? ' current' : ''}`}
                onFocus={() => setFocused(n.id)}
                onClick={() => s && onOpenScene(s)}
              >
                {/* The accessible name is the visible text plus spelled-out parts (label-in-name for voice control). */}
                {s ? (
                  <>
                    <span className="scene-badge">
                      <span className="sr-only">Scene</span> {s.number ?? s.index + 1}
                      <span className="sr-only">:</span>
                    </span>{' '}
                    <span className="tree-label">{s.heading}</span>
                    <span className="sr-only">{n.label.slice(sceneTitle(s).length)}</span>
                    <span className="tree-meta" aria-hidden="true">
                      {s.page ? `p${s.page} · ` : ''}
                      {formatEighths(s.eighths)}
                    </span>
                  </>
                ) : (
                  <>
                    <Codicon name="person" />
                    <span className="tree-label">{n.character?.name}</span>
                    <span className="sr-only">{n.label.slice(n.character?.name.length ?? 0)}</span>
                    <span className="tree-meta" aria-hidden="true">
                      {n.character?.lines}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {q && shownScenes.length === 0 && shownCharacters.length === 0 ? (
        <p className="muted">No scene or character matches “{filter}”.</p>
      ) : null}
    </div>
  );
}

// @vitest-environment jsdom
// The outline tree: scenes with number, page and eighths; characters with line counts; keyboard navigation; filter.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Outline } from '../../../components/views/script/Outline';
import { formatEighths, outlineCharacters, outlineScenes } from '../../../lib/script/outline';
import { parseFountain } from '../../../lib/script/fountain';
import { paginate } from '../../../lib/script/paginate';
import { LATE_EDITION } from '../helpers';

function setup() {
  const script = parseFountain(LATE_EDITION);
  const pages = paginate(script, { paper: 'letter' });
  const scenes = outlineScenes(script, pages);
  const characters = outlineCharacters(script);
  const onOpenScene = vi.fn();
  render(<Outline scenes={scenes} characters={characters} onOpenScene={onOpenScene} />);
  return { scenes, characters, onOpenScene, pages };
}

describe('outline data', () => {
  it('writes lengths as a breakdown sheet does', () => {
    expect(formatEighths(3), 'under a page').toBe('3/8');
    expect(formatEighths(11), 'a page and three eighths').toBe('1 3/8');
    expect(formatEighths(16), 'whole pages').toBe('2');
  });

  it('finds each scene with its number, page and a length that adds up to the script', () => {
    const { scenes, characters, pages } = setup();
    expect(
      scenes.map((s) => s.number),
      'scene numbers from the source',
    ).toEqual(['1', '2', '3', '4']);
    expect(scenes[0].page, 'scene 1 starts on page 1').toBe('1');
    expect(scenes[3].page, 'the last scene is on the last page').toBe(pages.at(-1)?.label);
    expect(scenes[1].eighths, 'the long loading-dock scene is the longest').toBe(
      Math.max(...scenes.map((s) => s.eighths)),
    );
    expect(characters[0], 'RUTH speaks most, V.O. counted as her').toEqual({ name: 'RUTH', lines: 3 });
  });
});

describe('outline tree', () => {
  it('names each scene fully and opens it with Enter', async () => {
    const user = userEvent.setup();
    const { onOpenScene, scenes } = setup();
    const group = screen.getByRole('treeitem', { name: 'Scenes (4)' });
    expect(group, 'scenes group starts expanded').toHaveAttribute('aria-expanded', 'true');
    group.focus();
    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('treeitem', { name: /^Scene 1: INT\. COPY DESK - NIGHT, page 1, / });
    expect(document.activeElement, 'ArrowDown moves to the first scene').toBe(first);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpenScene, 'Enter opens the focused scene').toHaveBeenCalledWith(scenes[1]);
  });

  it('moves with Home, End, Left and Right like a tree', async () => {
    const user = userEvent.setup();
    setup();
    const scenesGroup = screen.getByRole('treeitem', { name: 'Scenes (4)' });
    scenesGroup.focus();
    await user.keyboard('{End}');
    expect(document.activeElement, 'End goes to the last character').toHaveAccessibleName(/^TEO, /);
    await user.keyboard('{ArrowLeft}');
    const chars = screen.getByRole('treeitem', { name: /^Characters/ });
    expect(document.activeElement, 'Left on a child goes to its parent').toBe(chars);
    await user.keyboard('{ArrowLeft}');
    expect(chars, 'Left on an open group collapses it').toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /^RUTH/ }), 'collapsed children are hidden').toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(chars, 'Right expands it again').toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Home}');
    expect(document.activeElement, 'Home goes to the first item').toBe(scenesGroup);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement, 'Up at the top stays put').toBe(scenesGroup);
  });

  it('filters scenes and characters', async () => {
    const user = userEvent.setup();
    setup();
    await user.type(screen.getByRole('searchbox', { name: 'Filter scenes and characters' }), 'press');
    expect(screen.getByRole('treeitem', { name: 'Scenes (1)' }), 'one scene matches').toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: /PRESS ROOM/ }), 'the matching scene').toBeInTheDocument();
    expect(screen.queryByRole('treeitem', { name: /COPY DESK/ }), 'others hidden').toBeNull();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'teo');
    expect(
      screen.getByRole('treeitem', { name: /^TEO, 2 lines/ }),
      'characters filter too',
    ).toBeInTheDocument();
    expect(
      screen.getByRole('treeitem', { name: 'Scenes (0)' }),
      'no scene has TEO in its heading',
    ).toBeInTheDocument();
  });
});

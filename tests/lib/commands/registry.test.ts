// The command and view registries: every command is complete and unique, keybindings do not clash and match the
// keys users press, scene stepping stays inside the script, and every view is registered once.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatKey, matchesKey, spokenKey } from '../../../lib/commands/key-chords';
import { COMMANDS, commandLabel, getCommand } from '../../../lib/commands/registry';
import { neighbourScene } from '../../../lib/commands/scene-steps';
import { VIEWS } from '../../../components/views/registry';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('command registry', () => {
  it('gives every command an id, title, category and a run function, ids unique', () => {
    const ids = new Set<string>();
    for (const c of COMMANDS) {
      expect(c.id, 'id is namespaced').toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(c.title.trim().length, `${c.id} has a title`).toBeGreaterThan(0);
      expect(c.category.trim().length, `${c.id} has a category`).toBeGreaterThan(0);
      expect(typeof c.run, `${c.id} can run`).toBe('function');
      expect(ids.has(c.id), `${c.id} is registered once`).toBe(false);
      ids.add(c.id);
      expect(getCommand(c.id), `${c.id} can be looked up`).toBe(c);
    }
    expect(commandLabel(getCommand('script.readThisPage')!), 'palette label').toBe('Script: Read This Page');
  });

  it('covers the commands the panel promises', () => {
    const required = [
      'script.readThisPage',
      'script.import',
      'script.openDemo',
      'script.goToScene',
      'script.goToPage',
      'view.toggleOutline',
      'preferences.switchTheme',
      'script.rename',
      'script.choose',
      'script.nextScene',
      'script.previousScene',
      'workbench.showCommands',
    ];
    for (const id of required) expect(getCommand(id), `${id} is registered`).toBeDefined();
  });

  it('has no two commands on the same key', () => {
    const keys = COMMANDS.flatMap((c) => [c.key, ...(c.altKeys ?? [])]).filter(Boolean);
    expect(new Set(keys.map((k) => k!.toLowerCase())).size, 'each keybinding runs one command').toBe(
      keys.length,
    );
  });
});

describe('keybindings', () => {
  it('treats Ctrl as Cmd on macOS and requires the exact modifiers', () => {
    expect(
      matchesKey('Ctrl+Shift+P', press('P', { ctrlKey: true, shiftKey: true }), false),
      'Ctrl+Shift+P',
    ).toBe(true);
    expect(
      matchesKey('Ctrl+Shift+P', press('p', { metaKey: true, shiftKey: true }), true),
      'Cmd+Shift+P on mac',
    ).toBe(true);
    expect(
      matchesKey('Ctrl+Shift+P', press('P', { ctrlKey: true, shiftKey: true }), true),
      'Ctrl is not Cmd',
    ).toBe(false);
    expect(matchesKey('Ctrl+Shift+P', press('P', { ctrlKey: true }), false), 'Shift missing').toBe(false);
    expect(matchesKey('F1', press('F1'), false), 'function key').toBe(true);
    expect(
      matchesKey('Alt+Shift+R', { ...press('®', { altKey: true, shiftKey: true }), code: 'KeyR' }, true),
      'Option changes key',
    ).toBe(true);
  });

  it('shows and speaks keybindings the platform way', () => {
    expect(formatKey('Ctrl+Shift+P', false), 'Windows/Linux').toBe('Ctrl+Shift+P');
    expect(formatKey('Ctrl+Shift+P', true), 'macOS symbols').toBe('⇧⌘P');
    expect(spokenKey('Ctrl+Shift+P', false), 'for screen readers').toBe('Control Shift P');
  });
});

describe('next and previous scene', () => {
  const scenes = [0, 1, 2].map((index) => ({
    index,
    heading: `S${index}`,
    start: index * 10,
    end: index * 10 + 9,
  }));
  it('steps from the scene last touched and stops at the ends', () => {
    expect(neighbourScene({ scenes, currentSceneIndex: undefined }, 1), 'next starts at the first').toBe(0);
    expect(neighbourScene({ scenes, currentSceneIndex: undefined }, -1), 'previous starts at the last').toBe(
      2,
    );
    expect(neighbourScene({ scenes, currentSceneIndex: 1 }, 1), 'next').toBe(2);
    expect(neighbourScene({ scenes, currentSceneIndex: 2 }, 1), 'stays on the last').toBe(2);
    expect(neighbourScene({ scenes, currentSceneIndex: 0 }, -1), 'stays on the first').toBe(0);
    expect(neighbourScene({ scenes: [], currentSceneIndex: undefined }, 1), 'no scenes').toBeUndefined();
  });
});

describe('view registry', () => {
  it('registers each view once, Script first and Settings last, with title, codicon and component', () => {
    const ids = VIEWS.map((v) => v.id);
    expect(ids[0], 'Script is the first view').toBe('script');
    expect(ids.at(-1), 'Settings is the last view').toBe('settings');
    expect(new Set(ids).size, 'no view registered twice').toBe(ids.length);
    for (const v of VIEWS) {
      expect(v.title.length, `${v.id} has a title`).toBeGreaterThan(0);
      expect(v.codicon, `${v.id} has a codicon`).toMatch(/^[a-z-]+$/);
      expect(v.component, `${v.id} has a component`).toBeTruthy();
      for (const id of v.actions ?? [])
        expect(getCommand(id), `${v.id} action ${id} is a command`).toBeDefined();
    }
  });

  it('has every view declare its badge, status item and empty state (null when it has none)', () => {
    for (const v of VIEWS) {
      // Declared, not forgotten: undefined would mean the view never said.
      expect(v.useBadge, `${v.id} declares its badge`).not.toBeUndefined();
      expect(v.statusItem, `${v.id} declares its status item`).not.toBeUndefined();
      expect(v.empty, `${v.id} declares its empty state`).not.toBeUndefined();
      if (v.useBadge) expect(typeof v.useBadge, `${v.id} badge is a hook`).toBe('function');
      if (v.statusItem) expect(v.statusItem.component, `${v.id} status item draws`).toBeTruthy();
      if (v.empty) {
        expect(v.empty.message.trim().length, `${v.id} empty state says something`).toBeGreaterThan(0);
        for (const a of v.empty.actions ?? [])
          expect(getCommand(a.command), `${v.id} empty-state button ${a.command} is a command`).toBeDefined();
        expect(
          (v.empty.actions ?? []).filter((a) => a.primary).length,
          `${v.id} has at most one primary action`,
        ).toBeLessThanOrEqual(1);
      }
    }
    const priorities = VIEWS.flatMap((v) => (v.statusItem ? [v.statusItem.priority] : []));
    expect(new Set(priorities).size, 'status items have a fixed order').toBe(priorities.length);
    expect(
      VIEWS.filter((v) => v.empty === null).map((v) => v.id),
      'only Settings works with no script',
    ).toEqual(['settings']);
  });

  it('keeps the shell free of view code: the workbench reaches views only through the registry', () => {
    const dir = resolve(__dirname, '../../../components/workbench');
    // The scene model still lives with the Script view; it moves to lib/script with the engine's part of issue 13.
    const allowed = /^\.\.\/views\/(registry|types|script\/outline-data)$/;
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const text = readFileSync(resolve(dir, file), 'utf8');
      for (const m of text.matchAll(/(?:from|import\()\s*'(\.\.\/views\/[^']+)'/g))
        expect(m[1], `${file} imports ${m[1]}`).toMatch(allowed);
    }
  });

  it('leaves no command-to-view side channel: no request queue or module-level handler in lib/commands', () => {
    const dir = resolve(__dirname, '../../../lib/commands');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(resolve(dir, file), 'utf8');
      expect(text, `${file} keeps no mutable module state`).not.toMatch(/^let /m);
      expect(text, `${file} imports no request queue`).not.toMatch(/requests'/);
    }
  });
});

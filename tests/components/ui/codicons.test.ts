// Every icon name Scriptside uses exists in the codicon font: an unknown name draws nothing, and a button with only
// an icon is then blank (the "Print Session Minutes" button was, with `print`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const FONT_CSS = readFileSync(join(ROOT, 'node_modules/@vscode/codicons/dist/codicon.css'), 'utf8');
const KNOWN = new Set([...FONT_CSS.matchAll(/\.codicon-([a-z0-9-]+):before/g)].map((m) => m[1]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

/** Icon names written in the code: <Codicon name="x">, icon="x" props, and `icon: 'x'` in commands and views. */
function iconsUsed(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  const patterns = [/<Codicon\b[^>]*?\bname="([^"]+)"/g, /\bicon="([^"]+)"/g, /\bicon: '([^']+)'/g];
  for (const file of [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'lib'))]) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) out.push({ name: m[1], file });
  }
  return out;
}

describe('codicons', () => {
  it('the font defines every icon name used', () => {
    expect(KNOWN.size, 'icon names read from the codicon stylesheet').toBeGreaterThan(300);
    const used = iconsUsed();
    expect(used.length, 'icon names found in the code').toBeGreaterThan(20);
    const missing = used
      .filter((u) => !KNOWN.has(u.name))
      .map((u) => `${u.name} (${u.file.slice(ROOT.length + 1)})`);
    expect(missing, 'icons that would draw nothing').toEqual([]);
  });
});

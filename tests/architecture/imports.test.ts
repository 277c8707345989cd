// Dependencies run one way. Reads every source file's imports (static, `export ... from` and `import()`) and checks:
// no cycle between top-level folders, each lib/<module> counted as a folder of its own (so lib/script may not reach
// lib/revision while lib/revision uses lib/script); the engine imports no UI; only lib/db imports the storage schema
// or Dexie; the workbench imports no view (only the views' registry and its types).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const FOLDERS = ['lib', 'components', 'entrypoints', 'tests'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Import {
  /** The importing file, relative to the repository ("lib/script/locking.ts"). */
  from: string;
  /** A relative import resolved against the repository ("lib/revision/keys"), or the package name ("dexie"). */
  to: string;
  /** True for a package, false for a file of the repository. */
  external: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sourceFiles(path);
    return SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Comments hold example imports ("import { x } from './y'") that are not imports. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const IMPORTS: Import[] = FOLDERS.flatMap(sourceFiles).flatMap((from) => {
  const code = withoutComments(readFileSync(join(ROOT, from), 'utf8'));
  return [...code.matchAll(IMPORT)].map((m) => {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) return { from, to: spec, external: true };
    const to = relative(ROOT, normalize(join(ROOT, dirname(from), spec))).replace(/\\/g, '/');
    return { from, to, external: false };
  });
});

/** The node a file belongs to: "lib/<module>" for the engine's modules ("lib" for its loose files), else its folder. */
function nodeOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'lib') return parts.length > 2 ? `lib/${parts[1]}` : 'lib';
  return parts[0];
}

function edges(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const i of IMPORTS) {
    if (i.external) continue;
    const a = nodeOf(i.from);
    const b = nodeOf(i.to);
    if (a === b) continue;
    if (!out.has(a)) out.set(a, new Map());
    // Keep one example file per edge, to name in a failure.
    if (!out.get(a)!.has(b)) out.get(a)!.set(b, `${i.from} -> ${i.to}`);
  }
  return out;
}

/** Every cycle's nodes, each found once (Tarjan's strongly connected components of more than one node). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Whether `to` can be reached from `from` along the graph's edges. */
function reaches(graph: Map<string, Map<string, string>>, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v)?.keys() ?? []) {
      if (w === to) return true;
      if (seen.has(w)) continue;
      seen.add(w);
      queue.push(w);
    }
  }
  return false;
}

function where(pred: (i: Import) => boolean): string[] {
  return IMPORTS.filter(pred).map((i) => `${i.from} imports ${i.to}`);
}

describe('import graph', () => {
  it('reads the sources it checks', () => {
    // A reader that finds nothing would pass every check below.
    expect(IMPORTS.length, 'imports found in lib, components, entrypoints and tests').toBeGreaterThan(500);
    expect(
      IMPORTS.some((i) => i.from === 'lib/revision/compare.ts' && i.to.startsWith('lib/script/')),
      'the engine: lib/revision/compare.ts imports lib/script',
    ).toBe(true);
    expect(
      IMPORTS.some((i) => i.from.startsWith('components/') && i.to.startsWith('lib/db')),
      'the UI: components import lib/db',
    ).toBe(true);
  });

  it('has no cycle between top-level folders and lib modules', () => {
    const graph = edges();
    const described = cycles(graph).map((c) =>
      c.flatMap((a) => c.filter((b) => graph.get(a)?.has(b)).map((b) => graph.get(a)!.get(b)!)).join('; '),
    );
    expect(described, 'import cycles (one example import per edge)').toEqual([]);
  });

  it('keeps lib/script free of lib/revision, directly or through another module', () => {
    expect(where((i) => i.from.startsWith('lib/script/') && i.to.startsWith('lib/revision/'))).toEqual([]);
    expect(reaches(edges(), 'lib/script', 'lib/revision'), 'lib/script reaches lib/revision').toBe(false);
  });

  it('keeps the engine free of the UI', () => {
    expect(
      where((i) => nodeOf(i.from).startsWith('lib') && /^(components|entrypoints|tests)\//.test(i.to)),
      'lib imports components, entrypoints or tests',
    ).toEqual([]);
    expect(
      where((i) => !i.from.startsWith('tests/') && i.to.startsWith('tests/')),
      'shipped code imports a test file',
    ).toEqual([]);
  });

  it('lets only lib/db import the storage schema and Dexie', () => {
    expect(
      where((i) => !i.from.startsWith('lib/db/') && /^lib\/db\/schema(\.ts)?$/.test(i.to)),
      'domain types come from their domain modules, not lib/db/schema',
    ).toEqual([]);
    expect(
      where(
        (i) =>
          !i.from.startsWith('lib/db/') && !i.from.startsWith('tests/') && i.external && i.to === 'dexie',
      ),
      'dexie outside lib/db',
    ).toEqual([]);
  });

  it('has the workbench import no view', () => {
    // The registry (components/views/registry.ts) and the view contract (types.ts) are how the shell draws views.
    expect(
      where((i) => i.from.startsWith('components/workbench/') && /^components\/views\/[^/]+\//.test(i.to)),
      'components/workbench imports a view folder',
    ).toEqual([]);
  });
});

// Prints the side panel's first-load JavaScript: the module scripts sidepanel.html loads and their static import
// graph, as built in .output/chrome-mv3 (run `npx wxt build` first). Budget: 400 kB (issue 13).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Bytes of every JS file the page loads before any dynamic import(), by path relative to the output folder. */
export function firstLoadJs(outDir = '.output/chrome-mv3', page = 'sidepanel.html') {
  const html = readFileSync(join(outDir, page), 'utf8');
  const roots = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Map();
  const queue = roots.map((r) => resolve(outDir, r.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, statSync(file).size);
    // Static imports only: `import ... from "./x.js"` and bare `import "./x.js"`; `import("./x.js")` is lazy.
    for (const m of text.matchAll(
      /(?:\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?|\bexport\s*[\w$*{},\s]*?\s*from\s*)["']([^"']+\.js)["']/g,
    )) {
      queue.push(resolve(dirname(file), m[1]));
    }
  }
  const root = resolve(outDir);
  return [...seen]
    .map(([f, bytes]) => ({ file: f.slice(root.length + 1), bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = firstLoadJs(process.argv[2] ?? '.output/chrome-mv3');
  for (const f of files) console.log(`${(f.bytes / 1000).toFixed(1).padStart(8)} kB  ${f.file}`);
  const total = files.reduce((n, f) => n + f.bytes, 0);
  console.log(`side panel first-load JS: ${(total / 1000).toFixed(1)} kB (budget 400 kB)`);
}

// `npm run bench`: runs every suite in tests/bench/suites, each printing its figures beside their anchors.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(import.meta.dirname, 'suites');
const only = process.argv[2];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  const mod = (await import(pathToFileURL(resolve(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}

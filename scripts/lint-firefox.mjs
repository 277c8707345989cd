// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the built Firefox package. Errors and notices
// fail; warnings fail too, except the few below that come from bundled libraries, each with why it is safe here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = '.output/firefox-mv2';

/** Warnings in bundled third-party code that cannot reach untrusted input in Scriptside. */
const KNOWN = [
  {
    code: 'DANGEROUS_EVAL',
    // chunks/pdf-: pdf.js for the panel (fallback); assets/pdf-: the same pdf.js in the read worker's bundle.
    file: /^(chunks\/pdf-|assets\/pdf-|assets\/pdf\.worker\.min-)/,
    why: "pdf.js's font compiler; Scriptside passes isEvalSupported: false and the CSP has no 'unsafe-eval'",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /^Unsafe call to import/,
    file: /^(chunks|assets)\//,
    why: "dynamic import() of the package's own chunks (lazy views, pdf.js); script-src 'self' allows nothing else",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /^Unsafe assignment to innerHTML/,
    // The bundler names the chunk that holds React DOM after whichever module it shares it with (jsx-runtime-,
    // theme-, ...): it is recognised by React DOM's own code, not by its name. Scriptside's code never assigns
    // innerHTML (ESLint forbids it), so any such assignment in that chunk is React DOM's.
    file: /^chunks\//,
    content: /dangerouslySetInnerHTML/,
    why: "React DOM's dangerouslySetInnerHTML, which Scriptside never uses (ESLint forbids it)",
  },
];

if (process.argv.includes('--build') || !existsSync(SOURCE))
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
let out;
try {
  out = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json', '--no-config-discovery'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
} catch (e) {
  // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
  out = e.stdout;
}
const report = JSON.parse(out.slice(out.indexOf('{')));
const contentOf = (file) => {
  try {
    return readFileSync(join(SOURCE, file), 'utf8');
  } catch {
    return '';
  }
};
const known = (m) =>
  KNOWN.some(
    (k) =>
      k.code === m.code &&
      k.file.test(m.file ?? '') &&
      (!k.message || k.message.test(m.message)) &&
      (!k.content || k.content.test(contentOf(m.file ?? ''))),
  );
const bad = [...report.errors, ...report.notices, ...report.warnings.filter((m) => !known(m))];
for (const m of bad) console.log(`✗ ${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
const allowed = report.warnings.filter(known).length;
console.log(
  `web-ext lint ${SOURCE}: ${report.summary.errors} errors, ${report.summary.notices} notices, ` +
    `${report.summary.warnings} warnings (${allowed} known from bundled libraries, see scripts/lint-firefox.mjs)`,
);
process.exit(bad.length ? 1 : 0);

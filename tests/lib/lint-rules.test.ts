// Proves the lint rules against HTML injection and eval fire: a bad sample linted as shipped UI code must fail on
// every line, and the same code written safely must pass.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const sample = readFileSync(new URL('../fixtures/lint/bad-sample.tsx.txt', import.meta.url), 'utf8');

async function lintAsComponent(code: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: 'components/views/bad-sample.tsx' });
  return result.messages;
}

describe('lint bans HTML injection and eval in shipped code', () => {
  it('flags innerHTML, outerHTML, insertAdjacentHTML, document.write, eval, new Function, string timers and dangerouslySetInnerHTML', async () => {
    const messages = await lintAsComponent(sample);
    const byLine = new Map<number, string[]>();
    for (const m of messages) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m.ruleId ?? 'parse']);
    const lineOf = (needle: string) => sample.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const expected: [string, string][] = [
      ['el.innerHTML', 'no-restricted-syntax'],
      ['el.outerHTML', 'no-restricted-syntax'],
      ['insertAdjacentHTML', 'no-restricted-syntax'],
      ['document.write', 'no-restricted-syntax'],
      ['eval(pageText)', 'no-eval'],
      ['new Function', 'no-new-func'],
      ['setTimeout(', 'no-implied-eval'],
      ['dangerouslySetInnerHTML', 'no-restricted-syntax'],
    ];
    for (const [needle, rule] of expected) {
      expect(byLine.get(lineOf(needle)) ?? [], `${needle} is reported by ${rule}`).toContain(rule);
    }
    expect(
      messages.some((m) => m.fatal),
      'the sample parses',
    ).toBe(false);
  });

  it('the safe way (textContent, JSX text) passes the same rules', async () => {
    const safe = `export function Good({ t }: { t: string }) {
  const el = document.createElement('div');
  el.textContent = t;
  return <div>{t}</div>;
}
`;
    const messages = await lintAsComponent(safe);
    expect(
      messages.map((m) => `${m.line}:${m.ruleId} ${m.message}`),
      'no findings',
    ).toEqual([]);
  });
});

// `npm start` as root: Chromium exits at once without --no-sandbox there, so the start script must pass it.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { chromiumArgs } from '../../scripts/start-args.mjs';

const base = {
  profile: '/tmp/p',
  extension: '/x/.output/chrome-mv3',
  url: 'http://127.0.0.1:1/demo.fountain',
};

describe('npm start opens Chromium', () => {
  it('with --no-sandbox as root, which Chromium needs to start there', () => {
    const args: string[] = chromiumArgs({ ...base, asRoot: true });
    expect(args, 'the sandbox is off for root').toContain('--no-sandbox');
    expect(args.at(-1), 'the demo page opens').toBe(base.url);
    expect(args, 'only Scriptside is loaded').toContain(`--load-extension=${base.extension}`);
  });

  it('with its sandbox for everyone else', () => {
    expect(chromiumArgs({ ...base, asRoot: false }), 'sandbox kept').not.toContain('--no-sandbox');
  });
});

// The command line `npm start` opens Chromium with: a fresh profile, only Scriptside loaded, the demo page open.
// Chromium refuses to run as root (containers, VMs, CI) unless its sandbox is off, so as root it gets --no-sandbox.

/**
 * Chromium's arguments for `npm start`.
 * @param {{ profile: string, extension: string, url: string, asRoot: boolean }} o
 * @returns {string[]}
 */
export function chromiumArgs({ profile, extension, url, asRoot }) {
  return [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    ...(asRoot ? ['--no-sandbox'] : []),
    url,
  ];
}

// Finds a Chromium for the browser tests; as root on Debian or Ubuntu, installs the system one.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChromium} from './browser.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium (${found.kind}): ${found.executablePath}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found; installing Debian’s chromium package with apt-get.');
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {stdio: 'inherit', env});
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed.`);
      process.exit(1);
    }
  }
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium (${installed.kind}): ${installed.executablePath}`);
    process.exit(0);
  }
}

console.error(
  [
    'No Chromium found for the browser tests. Either:',
    '  npx playwright install chromium      (Playwright’s own build), or',
    '  install your system’s chromium package, or',
    '  set CHROMIUM_PATH to a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);

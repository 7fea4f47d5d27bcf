// Shared steps of `npm test` and `npm run site`. Plain Node.js with no dependencies, because the
// first thing they may have to do is install the dependencies.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the project folder, streaming its output; exits on failure. */
export function run(title, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', ...options});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

const stamp = path.join(root, 'node_modules', '.installed-lock-hash');

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .digest('hex');
}

/** Installs exactly what package-lock.json lists, when node_modules is missing or out of date. */
export function ensureDependencies() {
  const hash = lockHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  // Installed by hand (`npm ci` or `npm install`) after the last change to the lockfile.
  const hidden = path.join(root, 'node_modules', '.package-lock.json');
  if (
    existsSync(hidden) &&
    statSync(hidden).mtimeMs >= statSync(path.join(root, 'package-lock.json')).mtimeMs
  ) {
    writeFileSync(stamp, hash);
    return;
  }
  run('Install dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, hash);
}

/** Makes sure a Chromium for Playwright is on the machine (see scripts/browser.mjs). */
export function ensureBrowser() {
  run('Find or install Chromium', process.execPath, [
    path.join(root, 'scripts', 'ensure-browser.mjs'),
  ]);
}

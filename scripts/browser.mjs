// Which Chromium the browser tests and the benchmark drive: Playwright's own when a developer has
// installed it (`npx playwright install chromium`), otherwise the system's (Debian's `chromium`).
// CHROMIUM_PATH overrides both.
import {existsSync} from 'node:fs';
import {chromium} from 'playwright-core';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{kind: 'env' | 'playwright' | 'system', executablePath: string} | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return {kind: 'env', executablePath: fromEnv};
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return {kind: 'playwright', executablePath: own};
  const system = SYSTEM_PATHS.find((candidate) => existsSync(candidate));
  return system ? {kind: 'system', executablePath: system} : undefined;
}

// A system Chromium running as root needs --no-sandbox; the rest keep it from calling home,
// which a closed network refuses.
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright. */
export function launchOptions() {
  const found = findChromium();
  if (!found) return {};
  const args = [...QUIET_FLAGS];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return found.kind === 'playwright' ? {args} : {executablePath: found.executablePath, args};
}

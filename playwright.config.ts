import {defineConfig, devices} from '@playwright/test';
import {launchOptions} from './scripts/browser.mjs';

// Browser tests run against the production build (`docusaurus build`), served locally.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    baseURL,
    trace: 'off',
    // The site registers a service worker that downloads the whole site in the background; only
    // e2e/offline.spec.ts, which tests it, allows it, so other tests neither wait for it nor share
    // its load.
    serviceWorkers: 'block',
    launchOptions: launchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      use: {...devices['Desktop Chrome'], launchOptions: launchOptions()},
    },
  ],
  webServer: {
    command: `npx docusaurus serve --no-open --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';
import {getOption} from '@site/src/data';
import {launchOptions} from '@site/scripts/browser.mjs';
import {type BuildServer, startBuildServer} from './support/build-server';
import {expect, gotoHydrated, test} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

// The guide works offline after a first visit, through a service worker. Every test here starts
// in a fresh browser context: no worker, no cache.
test.use({serviceWorkers: 'allow'});
// Each test installs the worker, which downloads the whole site, on a machine that may be busy.
test.describe.configure({timeout: 120_000});

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A calculator's shared link, with a result that differs from its default one. */
const SHARED_LINK = '/docs/tools/timeout-checker?processing=20&processingUnit=min&gateway=rest';
const SHARED_SUMMARY = 'timeout-checker-summary';

/** Waits until the service worker has finished precaching and controls the page. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Ready: a worker is active or activating, so its install (the precaching) has finished.
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== 'activated')
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)),
      );
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, {once: true}),
      );
  });
}

/** The path of every response the service worker holds. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

test('after one visit, every page, a calculator’s shared link and search work offline', async ({
  page,
  context,
  browser,
}) => {
  // What the shared link shows online, in a separate context with no worker.
  const online = await browser.newContext({serviceWorkers: 'block'});
  const onlinePage = await online.newPage();
  await gotoHydrated(onlinePage, SHARED_LINK);
  // The calculator applies the link once its own code has loaded, which may be after the page's.
  await expect(onlinePage.getByLabel('Processing time per request')).toHaveValue('20');
  const sharedResult = (await onlinePage.getByTestId(SHARED_SUMMARY).textContent()) ?? '';
  await gotoHydrated(onlinePage, SHARED_LINK.replace(/\?.*/, ''));
  const defaultResult = (await onlinePage.getByTestId(SHARED_SUMMARY).textContent()) ?? '';
  expect(sharedResult).not.toBe(defaultResult);
  await online.close();

  // The first visit: the home page only.
  await gotoHydrated(page, '/');
  await waitUntilOfflineReady(page);
  const cached = await cachedPaths(page);
  for (const path of sitemapPaths())
    expect(cached, path).toContain(path === '/' ? '/index.html' : path);
  expect(cached.filter((path) => /\/search-index[^/]*\.json$/.test(path))).not.toEqual([]);

  await context.setOffline(true);
  // The network is really gone: a file the worker does not hold cannot be fetched.
  const probe = await context.newPage();
  await expect(probe.goto('/sitemap.xml')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await probe.close();

  // Every page of the guide opens.
  for (const path of sitemapPaths()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }

  // An option page, opened by its address...
  const serverless = getOption('serverless');
  await gotoHydrated(page, serverless.path);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(serverless.name);
  // ...and another, reached by a link inside the page.
  await page.getByRole('link', {name: 'Tools', exact: true}).first().click();
  await expect(page).toHaveURL(/\/docs\/tools$/);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();

  // A calculator opened from a shared link applies the link's values.
  await gotoHydrated(page, SHARED_LINK);
  await expect(page.getByTestId(SHARED_SUMMARY)).toHaveText(sharedResult);

  // Search finds a page from the cached index and opens it.
  await page.getByPlaceholder('Search').fill('lambda');
  const lambda = getOption('lambda');
  const result = page.getByRole('option').filter({hasText: lambda.name}).first();
  // The index is a large file to read, even from the cache, on a busy machine.
  await expect(result).toBeVisible({timeout: 15_000});
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${lambda.path}$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(lambda.name);
});

test('a browser in data-saver mode is not made to download the site', async ({page, context}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', {dataSaverEnabled: true});
  await gotoHydrated(page, '/');
  expect(
    await page.evaluate(
      () => (navigator as Navigator & {connection?: {saveData?: boolean}}).connection?.saveData,
    ),
  ).toBe(true);
  const later: string[] = [];
  page.on('request', (request) => later.push(request.url()));
  // The registration would start in the first idle moment after loading; let two pass.
  for (let i = 0; i < 2; i += 1)
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.waitForTimeout(1000);
  expect(later).toEqual([]);
  expect(
    await page.evaluate(async () => navigator.serviceWorker.getRegistration()),
  ).toBeUndefined();
});

/** Width and height of a PNG, from its header. */
function pngSize(body: Buffer): {width: number; height: number} {
  expect(body.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG');
  return {width: body.readUInt32BE(16), height: body.readUInt32BE(20)};
}

test('the manifest is served and valid, and Chromium finds the guide installable', async ({
  page,
  baseURL,
  playwright,
}) => {
  await gotoHydrated(page, '/');
  const manifestUrl = await page
    .locator('link[rel="manifest"]')
    .evaluate((link) => (link as HTMLLinkElement).href);
  const response = await page.request.get(manifestUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: {src: string; sizes: string; type: string; purpose: string}[];
  };
  expect(manifest.name).toBe('AWS Inference Guide');
  expect(manifest.short_name.length).toBeLessThanOrEqual(15);
  expect(manifest.display).toBe('standalone');
  const home = new URL('/', baseURL).href;
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(home);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(home);
  // Its colours are the site's: the light page background and the light navbar.
  const colours = await page.evaluate(() => ({
    // Transparent in light mode: the browser's white canvas shows through.
    page: getComputedStyle(document.documentElement).backgroundColor.replace(
      'rgba(0, 0, 0, 0)',
      'rgb(255, 255, 255)',
    ),
    navbar: getComputedStyle(document.querySelector('.navbar') ?? document.body).backgroundColor,
    meta: document
      .querySelector('meta[name="theme-color"][media="(prefers-color-scheme: light)"]')
      ?.getAttribute('content'),
  }));
  const rgb = (hex: string) =>
    `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(rgb(manifest.background_color)).toBe(colours.page);
  expect(rgb(manifest.theme_color)).toBe(colours.navbar);
  expect(colours.meta).toBe(manifest.theme_color);
  // In dark mode the browser's bar takes the dark navbar's colour.
  await page.emulateMedia({colorScheme: 'dark'});
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => ({
    navbar: getComputedStyle(document.querySelector('.navbar') ?? document.body).backgroundColor,
    meta: document
      .querySelector('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')
      ?.getAttribute('content'),
  }));
  expect(rgb(dark.meta ?? '')).toBe(dark.navbar);

  // Each icon is a PNG of the size it states; 192 and 512 px ones exist, for any use and maskable.
  for (const icon of manifest.icons) {
    const file = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(file.status(), icon.src).toBe(200);
    const {width, height} = pngSize(await file.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    expect(icon.type).toBe('image/png');
  }
  for (const purpose of ['any', 'maskable'])
    for (const sizes of ['192x192', '512x512'])
      expect(manifest.icons.some((i) => i.purpose === purpose && i.sizes === sizes)).toBe(true);
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await page.request.get(touchIcon ?? '')).status()).toBe(200);

  // Chromium's own checks: the manifest parses cleanly and nothing stands in the way of installing.
  // Test contexts are private (incognito) profiles, where nothing installs: use a real profile.
  const profile = await mkdtemp(path.join(tmpdir(), 'aig-install-'));
  const browser = await playwright.chromium.launchPersistentContext(profile, launchOptions());
  try {
    const installPage = browser.pages()[0] ?? (await browser.newPage());
    await gotoHydrated(installPage, home);
    const cdp = await browser.newCDPSession(installPage);
    const parsed = await cdp.send('Page.getAppManifest');
    expect(parsed.url).toBe(manifestUrl);
    expect(parsed.errors).toEqual([]);
    const {installabilityErrors} = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await browser.close();
    await rm(profile, {recursive: true, force: true});
  }
});

test.describe('a new version', () => {
  let server: BuildServer;
  test.beforeEach(async () => {
    server = await startBuildServer();
  });
  test.afterEach(async () => {
    await server.close();
  });

  /** Visits a page on the test's own server, then deploys a new version and reloads. */
  async function openWithUpdate(page: Page): Promise<Locator> {
    await gotoHydrated(page, `${server.origin}/docs/overview`);
    await waitUntilOfflineReady(page);
    server.deployNewVersion();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    // The browser checks the worker for a new version after page loads, when it gets round to it;
    // ask now. The page may not have registered yet: then it finds the new version installing.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    return page.getByTestId('update-banner');
  }

  test('shows a quiet banner that reloads when the reader asks', async ({page}) => {
    const banner = await openWithUpdate(page);
    await expect(banner.getByRole('status')).toHaveText('Updated content is available.', {
      timeout: 30_000,
    });
    // Not a dialog: it takes no focus and leaves the page usable.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // Readable in both modes and on a phone.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const results = await new AxeBuilder({page})
        .include('[data-testid="update-banner"]')
        .withTags(WCAG_21_AA)
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
    await page.setViewportSize({width: 360, height: 740});
    const box = (await banner.boundingBox()) ?? {x: -1, y: -1, width: 0, height: 0};
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);

    // The keyboard reaches it: it is the last stop, just before the start of the page again.
    await page.keyboard.press('Shift+Tab');
    await expect(banner.getByRole('button', {name: 'Dismiss'})).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(banner.getByRole('button', {name: 'Reload'})).toBeFocused();

    // Reloading activates the new version, and the banner does not come back.
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await waitUntilOfflineReady(page);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return Boolean(registration?.waiting ?? registration?.installing);
      }),
    ).toBe(false);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForTimeout(1000);
    await expect(banner).toHaveCount(0);
  });

  test('the banner can be dismissed, and the page stays as it was', async ({page}) => {
    const banner = await openWithUpdate(page);
    await expect(banner).toBeVisible({timeout: 30_000});
    await banner.getByRole('button', {name: 'Dismiss'}).click();
    await expect(banner).toHaveCount(0);
    await expect(page).toHaveURL(/\/docs\/overview$/);
  });
});

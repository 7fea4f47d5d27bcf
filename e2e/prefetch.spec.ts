import type {Page} from '@playwright/test';
import {expect, gotoHydrated, test} from './support/fixtures';

// Links in view get their pages' code prefetched while the browser is idle (src/theme/Root.tsx):
// each file once, and never a file the page has already fetched.

/** The prefetch `<link>`s in the document, in order. */
function prefetchLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'), (link) =>
      link.getAttribute('href'),
    ).filter((href): href is string => href !== null),
  );
}

for (const path of ['/docs/tools', '/docs/serverless']) {
  test(`${path} prefetches the code of the links in view, each file once`, async ({page}) => {
    await gotoHydrated(page, path);
    const fetchedFirst = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
        .map((entry) => new URL(entry.name).pathname),
    );
    expect(fetchedFirst.length, 'chunks the page loaded').toBeGreaterThan(2);
    // The sidebar's links are in view on a desktop screen: their pages have code to prefetch.
    await expect.poll(async () => (await prefetchLinks(page)).length).toBeGreaterThan(3);
    await page.waitForLoadState('networkidle');
    const links = await prefetchLinks(page);
    expect(links.length, 'files listed twice').toBe(new Set(links).size);
    expect(
      links.filter((href) => fetchedFirst.includes(href)),
      'files the page had already fetched',
    ).toEqual([]);
    expect(links.every((href) => /^\/assets\/js\/[\w~.-]+\.js$/.test(href))).toBe(true);
  });
}

test('a prefetched page opens without a page load', async ({page}) => {
  await gotoHydrated(page, '/docs/tools');
  await expect.poll(async () => (await prefetchLinks(page)).length).toBeGreaterThan(3);
  await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));
  await page.locator('.menu a[href="/docs/limits"]').first().click();
  await expect(page).toHaveURL(/\/docs\/limits$/);
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);
});

test('a browser without <link rel="prefetch"> fetches the same files instead', async ({page}) => {
  await page.addInitScript(() => {
    const supports = DOMTokenList.prototype.supports;
    DOMTokenList.prototype.supports = function (token: string) {
      return token === 'prefetch' ? false : supports.call(this, token);
    };
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
  });
  await gotoHydrated(page, '/docs/tools');
  await expect.poll(() => fetched.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(3);
  expect(await prefetchLinks(page)).toEqual([]);
  expect(fetched.length, 'files fetched twice').toBe(new Set(fetched).size);
});

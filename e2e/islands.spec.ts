import type {Page} from '@playwright/test';
import {getLimit, getOption} from '@site/src/data';
import {formatStated} from '@site/src/lib/units';
import {expect, gotoHydrated, test} from './support/fixtures';

// Values, tables and the cheat sheet are islands (src/components/Island): a page from the server
// keeps their HTML and never loads their code or data; a move within the site loads and renders
// them.

const ID = 'serverless.maxPayload';
/** AWS's words for the value: a string that only the limits data carries. */
const WORDS = getLimit(ID).quote ?? '';

/** The text of every script the page fetches from now on. */
function collectScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(await response.text().catch(() => ''));
  });
  return scripts;
}

function value(page: Page) {
  return page.locator(`a[data-limit-id="${ID}"]`).first();
}

test('the words come from the limits data', () => {
  expect(WORDS.length).toBeGreaterThan(20);
});

test('a page from the server shows its limits without fetching their data', async ({page}) => {
  const scripts = collectScripts(page);
  await gotoHydrated(page, '/docs/limits');
  await page.waitForLoadState('networkidle');
  await expect(value(page)).toHaveText(formatStated(getLimit(ID)));
  expect(scripts.length).toBeGreaterThan(3);
  expect(scripts.filter((script) => script.includes(WORDS)).length, 'scripts with the data').toBe(
    0,
  );
});

test('after a move within the site, the limits load and render', async ({page}) => {
  await gotoHydrated(page, '/docs/tools');
  const scripts = collectScripts(page);
  await page.evaluate(() => ((window as unknown as {moved: boolean}).moved = true));
  await page.locator('.menu a[href="/docs/limits"]').first().click();
  await expect(page).toHaveURL(/\/docs\/limits$/);
  await expect(value(page)).toHaveText(formatStated(getLimit(ID)));
  expect(scripts.some((script) => script.includes(WORDS))).toBe(true);
  // No page load happened: the marker set before the move survives.
  expect(await page.evaluate(() => (window as unknown as {moved?: boolean}).moved)).toBe(true);
  // The value's popover still opens with AWS's words.
  const row = page
    .locator('tr')
    .filter({has: value(page)})
    .first();
  await expect(row).toContainText(WORDS);
});

test('a link inside server HTML moves within the site, without a page load', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  await page.evaluate(() => ((window as unknown as {moved: boolean}).moved = true));
  const lambda = getOption('lambda');
  await page.getByTestId('summary-table').getByRole('link', {name: lambda.name}).first().click();
  await expect(page).toHaveURL(new RegExp(`${lambda.path}$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(lambda.name);
  expect(await page.evaluate(() => (window as unknown as {moved?: boolean}).moved)).toBe(true);
});

test('the cheat sheet’s print button appears with the script and prints', async ({page}) => {
  await gotoHydrated(page, '/docs/cheat-sheet/mla-c01');
  await page.evaluate(() => {
    (window as unknown as {printed: number}).printed = 0;
    window.print = () => void (window as unknown as {printed: number}).printed++;
  });
  const button = page.getByRole('button', {name: 'Print or save as PDF'});
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => (window as unknown as {printed: number}).printed)).toBe(1);
});

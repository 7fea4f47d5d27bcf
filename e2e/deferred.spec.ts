import type {Locator, Page, Route} from '@playwright/test';
import {buildFlashcards} from '@site/src/widgets/Practice/logic/flashcards';
import {getQuestion} from '@site/src/data/questions';
import {formatDuration} from '@site/src/lib/units';
import {expect, gotoHydrated, test} from './support/fixtures';

/*
 * Widgets keep the server's HTML until the reader starts to use them, then load their code and
 * take over (src/components/Island/Deferred.tsx). These tests hold the page's scripts back after
 * hydration, act on the server's HTML, let the scripts through, and check that nothing the reader
 * did was lost.
 */

test.use({permissions: ['clipboard-read', 'clipboard-write']});

/** A text only the timeout checker's code holds (a caption it renders with a result). */
const CHECKER_CODE = 'The path in front of the model, for a synchronous call';

/**
 * React writes `useId` values as "_R_…_" on the server and "_r_…_" in the browser: a field whose
 * id starts with "_r_" belongs to the live widget, one with "_R_" to the server's HTML.
 */
const SERVER_ID = /^_R_/;
const LIVE_ID = /^_r_/;

/** Holds every script the page requests from now on, until the returned function lets them go. */
async function holdScripts(
  page: Page,
): Promise<{release: () => Promise<void>; held: () => number}> {
  const held: Route[] = [];
  let open = false;
  await page.route('**/assets/js/**', async (route) => {
    if (open) await route.continue();
    else held.push(route);
  });
  return {
    held: () => held.length,
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

const checker = (page: Page) => page.getByTestId('timeout-checker').first();
const processing = (root: Locator) => root.getByLabel('Processing time per request');

test('a widget page fetches none of the widget’s code until the reader comes to it', async ({
  page,
}) => {
  const scripts: {phase: 'load' | 'use'; body: Promise<string>}[] = [];
  let phase: 'load' | 'use' = 'load';
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push({phase, body: response.text().catch(() => '')});
  });
  await gotoHydrated(page, '/docs/tools/timeout-checker');
  await page.waitForLoadState('networkidle');
  const atLoad = await Promise.all(scripts.map((s) => s.body));
  expect(atLoad.length).toBeGreaterThan(0);
  expect(atLoad.filter((body) => body.includes(CHECKER_CODE))).toEqual([]);
  await expect(processing(checker(page))).toHaveAttribute('id', SERVER_ID);

  // The pointer coming over the widget is enough to start loading it.
  phase = 'use';
  await processing(checker(page)).hover();
  await expect(processing(checker(page))).toHaveAttribute('id', LIVE_ID);
  const onUse = await Promise.all(scripts.filter((s) => s.phase === 'use').map((s) => s.body));
  expect(onUse.filter((body) => body.includes(CHECKER_CODE))).toHaveLength(1);
});

test('what is typed before the code arrives gives the live result, with focus and caret kept', async ({
  page,
}) => {
  await gotoHydrated(page, '/docs/tools/timeout-checker');
  const scripts = await holdScripts(page);
  const root = checker(page);
  const field = processing(root);
  const summary = page.getByTestId('timeout-checker-summary');
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('20');
  await page.keyboard.press('ArrowLeft');
  await root.getByLabel('Processing time unit').selectOption('min');
  await field.focus();
  await field.evaluate((input: HTMLInputElement) => input.setSelectionRange(1, 1));
  // Still the server's HTML, and its result for the defaults.
  await expect(field).toHaveAttribute('id', SERVER_ID);
  await expect(summary).toContainText(formatDuration(30));
  await expect.poll(scripts.held).toBeGreaterThan(0);

  await scripts.release();
  await expect(field).toHaveAttribute('id', LIVE_ID);
  await expect(field).toHaveValue('20');
  await expect(root.getByLabel('Processing time unit')).toHaveValue('min');
  await expect(summary).toContainText(formatDuration(20 * 60));
  await expect(page).toHaveURL(/processing=20/);
  await expect(page).toHaveURL(/processingUnit=min/);
  await expect(field).toBeFocused();
  // The caret stayed between the two digits: typing goes on where the reader left off.
  await page.keyboard.type('5');
  await expect(field).toHaveValue('250');
  await expect(summary).toContainText(formatDuration(250 * 60));
});

test('a click on a button before the code arrives takes effect once it has', async ({page}) => {
  await gotoHydrated(page, '/docs/tools/timeout-checker');
  const scripts = await holdScripts(page);
  const root = checker(page);
  await root.getByLabel('API Gateway in front').selectOption('rest');
  await root.getByRole('button', {name: 'Copy link to this result'}).click();
  await expect(root.getByRole('status')).toHaveText('');
  await scripts.release();
  await expect(root.getByRole('status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('gateway=rest');
});

test('a <details> opened before the code arrives stays open once it has', async ({page}) => {
  await gotoHydrated(page, '/docs/tools/cost-comparison');
  const scripts = await holdScripts(page);
  const prices = page.getByTestId('cost-own-prices');
  const field = prices.locator('input[name^="price."]').first();
  await prices.getByText('Your own prices').click();
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute('id', SERVER_ID);
  await scripts.release();
  await expect(field).toHaveAttribute('id', LIVE_ID);
  await expect(prices).toHaveJSProperty('open', true);
  await expect(field).toBeVisible();
});

test('practice: settings chosen and Start pressed before the code arrives start that set', async ({
  page,
}) => {
  await gotoHydrated(page, '/docs/practice');
  const scripts = await holdScripts(page);
  await page.getByRole('radio', {name: 'ML Engineer Associate (MLA-C01)'}).check();
  await page
    .getByRole('group', {name: 'Number of questions'})
    .getByRole('radio', {name: '5', exact: true})
    .check();
  await page.getByRole('button', {name: 'Start'}).click();
  const heading = page.getByRole('heading', {name: /^Your set \(\d+ questions?\)$/});
  await expect(heading).toHaveCount(0);

  await scripts.release();
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/exam=MLA-C01/);
  await expect(page).toHaveURL(/count=5/);
  const ids = await page
    .locator('[data-question]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-question') ?? ''));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThanOrEqual(5);
  for (const id of ids) expect(getQuestion(id)?.exams).toContain('MLA-C01');
});

test('flashcards: the first card is in the page, and its answer shows once the code arrives', async ({
  page,
}) => {
  const first = buildFlashcards()[0];
  if (!first) throw new Error('no flashcard');
  await gotoHydrated(page, '/docs/practice/flashcards');
  const scripts = await holdScripts(page);
  await expect(page.getByTestId('card-front')).toHaveText(first.front);
  await page.getByRole('button', {name: 'Show the answer'}).click();
  await expect(page.getByTestId('card-back')).toHaveCount(0);
  await scripts.release();
  await expect(page.getByTestId('card-back')).toContainText(first.back);
});

test('a shared link loads the widget at once and shows its values', async ({page}) => {
  await gotoHydrated(page, '/docs/tools/timeout-checker?processing=45&processingUnit=min');
  const root = checker(page);
  // Nothing touched: the address alone brought the live widget.
  await expect(processing(root)).toHaveAttribute('id', LIVE_ID);
  await expect(processing(root)).toHaveValue('45');
  await expect(root.getByLabel('Processing time unit')).toHaveValue('min');
  await expect(page.getByTestId('timeout-checker-summary')).toContainText(formatDuration(45 * 60));
});

test('after a move within the site, the widget is live and works', async ({page}) => {
  await gotoHydrated(page, '/docs/tools');
  await page.locator('article a[href="/docs/tools/timeout-checker"]').first().click();
  await expect(page).toHaveURL(/\/docs\/tools\/timeout-checker$/);
  const root = checker(page);
  await expect(processing(root)).toHaveAttribute('id', LIVE_ID);
  await processing(root).fill('90');
  await expect(page.getByTestId('timeout-checker-summary')).toContainText(formatDuration(90));
  await expect(page).toHaveURL(/processing=90/);
});

test('a link inside a widget not yet loaded moves within the site, without a page load', async ({
  page,
}) => {
  await gotoHydrated(page, '/docs/tools/mode-chooser');
  const scripts = await holdScripts(page);
  await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));
  const ranking = page.getByRole('list', {name: 'The six options, best fit first'});
  const link = ranking.getByRole('link').first();
  const href = await link.getAttribute('href');
  await link.click();
  await scripts.release();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);
});

import {expect, gotoHydrated, test} from './support/fixtures';

test('the home page presents the guide and links to all six options', async ({page}) => {
  await gotoHydrated(page, '/');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('AWS Inference Guide');
  const cards = page.getByRole('region', {name: 'The six options'}).getByRole('listitem');
  await expect(cards).toHaveCount(6);
  await cards.filter({hasText: 'SageMaker Serverless Inference'}).getByRole('link').click();
  await expect(page).toHaveURL(/\/docs\/serverless$/);
});

test('the colour-mode toggle switches modes and the choice survives a reload', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  const after = before === 'dark' ? 'light' : 'dark';
  // The toggle cycles through system, light and dark; click until the mode changes.
  const toggle = page.getByRole('button', {name: /Switch between dark and light mode/});
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) === before; i += 1)
    await toggle.click();
  await expect(html).toHaveAttribute('data-theme', after);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(html).toHaveAttribute('data-theme', after);
});

test('dark mode follows the system preference on a first visit', async ({browser}) => {
  const context = await browser.newContext({colorScheme: 'dark'});
  const page = await context.newPage();
  await gotoHydrated(page, '/docs/overview');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('search finds "serverless" and opens its page', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  const box = page.getByPlaceholder('Search');
  await box.fill('serverless');
  const first = page
    .getByRole('option')
    .filter({hasText: /Serverless/})
    .first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/docs\/serverless/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('SageMaker Serverless Inference');
});

test('doc pages have an edit link and a last-updated date', async ({page}) => {
  await gotoHydrated(page, '/docs/lambda');
  await expect(page.getByRole('link', {name: /Edit this page/})).toHaveAttribute(
    'href',
    /github\.com\/.+\/edit\/main\/docs\/lambda\.mdx$/,
  );
  await expect(page.getByText(/Last updated/)).toBeVisible();
});

test('no request leaves the site’s own origin', async ({page, baseURL}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL ?? '').origin && url.protocol !== 'data:')
      foreign.push(request.url());
  });
  for (const path of ['/', '/docs/overview', '/docs/tools/payload-estimator'])
    await gotoHydrated(page, path);
  expect(foreign).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({viewport: {width: 360, height: 740}});

  test('the menu opens by keyboard, lists the docs and goes to a page', async ({page}) => {
    await gotoHydrated(page, '/docs/overview');
    const menu = page.getByRole('button', {name: 'Toggle navigation bar'});
    await menu.focus();
    await page.keyboard.press('Enter');
    const sidebar = page.locator('.navbar-sidebar');
    await expect(sidebar).toBeVisible();
    const link = sidebar.getByRole('link', {name: 'Serverless', exact: true});
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/docs\/serverless$/);
    await expect(sidebar).toBeHidden();
  });

  test('the menu is built once the page is idle, before anyone opens it', async ({page}) => {
    await gotoHydrated(page, '/docs/overview');
    await expect(page.locator('.navbar-sidebar .menu__link').first()).toBeAttached();
    await expect(page.locator('.navbar-sidebar')).toBeHidden();
  });

  test('a code block too wide for the screen offers word wrap once it is in view', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/serverless');
    const block = page.locator('.theme-code-block').filter({hasText: 'boto3'}).first();
    await block.scrollIntoViewIfNeeded();
    const pre = block.locator('pre');
    const wide = await pre.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(wide).toBe(true);
    const wrap = block.getByRole('button', {name: 'Toggle word wrap'});
    await wrap.click();
    await expect(block.locator('code')).toHaveCSS('white-space', 'pre-wrap');
    await expect
      .poll(() => pre.evaluate((element) => element.scrollWidth > element.clientWidth))
      .toBe(false);
    await wrap.click();
    await expect(block.locator('code')).not.toHaveAttribute('style');
  });
});

import {LIMITS} from '@site/src/data';
import {CHANGELOG} from '@site/src/lib/changelog';
import {expect, gotoHydrated, test} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

// The changes page, its feed, and the open-data files, as the built site serves them.

const docPaths = sitemapPaths().filter(
  (path) => path.startsWith('/docs/') && path !== '/docs/options',
);

test('the changes page lists every change, newest first, each with its sources', async ({page}) => {
  await gotoHydrated(page, '/docs/changes');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('What changed');
  const dated = page.getByTestId('changelog-dated').locator(':scope > li');
  const undated = page.getByTestId('changelog-undated').locator(':scope > li');
  await expect(dated).toHaveCount(CHANGELOG.filter((item) => item.dated).length);
  await expect(undated).toHaveCount(CHANGELOG.filter((item) => !item.dated).length);
  const dates = await dated
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual(
    [...dates].sort((a, b) => b.padEnd(10, '0').localeCompare(a.padEnd(10, '0'))),
  );
  const first = CHANGELOG[0];
  expect(first).toBeDefined();
  const item = page.locator(`[id="${first?.anchor}"]`);
  await expect(item.getByRole('heading', {level: 3})).toHaveText(first?.title ?? '');
  await expect(item.getByRole('link').first()).toHaveAttribute(
    'href',
    /^https:\/\/(docs\.)?aws\.amazon\.com\//,
  );
});

test('the changes page is in the sidebar and links its feed and the data', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  await page
    .getByRole('navigation', {name: 'Docs sidebar'})
    .getByRole('link', {name: 'What changed'})
    .click();
  await expect(page).toHaveURL(/\/docs\/changes$/);
  await expect(page.getByRole('link', {name: 'Atom feed'})).toHaveAttribute('href', '/changes.xml');
  await expect(page.getByRole('link', {name: 'every limit as JSON'})).toHaveAttribute(
    'href',
    '/limits.json',
  );
});

test('every page links the feed in its head, and the feed is served as Atom', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/docs/changes', '/docs/serverless']) {
    await gotoHydrated(page, path);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', '/changes.xml');
  }
  const response = await request.get('/changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml.match(/<entry>/g)).toHaveLength(CHANGELOG.length);
});

test('/limits.json is served and holds every limit', async ({request}) => {
  const response = await request.get('/limits.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  const data = (await response.json()) as {
    license: {name: string};
    limits: {id: string; value: number; unit: string; source: string}[];
  };
  expect(data.license.name).toBe('CC BY 4.0');
  expect(data.limits.map((entry) => [entry.id, entry.value, entry.unit, entry.source])).toEqual(
    LIMITS.map((entry) => [entry.id, entry.value, entry.unit, entry.source]),
  );
});

test('/llms.txt lists every guide page and /llms-full.txt holds each one', async ({request}) => {
  const index = await request.get('/llms.txt');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toMatch(/text\/plain/);
  const text = await index.text();
  expect(text.startsWith('# AWS Inference Guide\n')).toBe(true);
  const full = await request.get('/llms-full.txt');
  expect(full.status()).toBe(200);
  const fullText = await full.text();
  for (const path of docPaths) {
    const pattern = new RegExp(`\\]\\(https?://[^)]+${path.replace(/\/$/, '')}/?\\)`);
    expect(text, path).toMatch(pattern);
    expect(fullText, path).toMatch(
      new RegExp(`\\nPage: https?://\\S+${path.replace(/\/$/, '')}/?\\n`),
    );
  }
  expect(fullText).not.toMatch(/<Limit\b/);
});

test.describe('the usefulness prompt', () => {
  test('ends every doc page in the served HTML', async ({request}) => {
    for (const path of docPaths) {
      const html = await (await request.get(path)).text();
      // Minified HTML may drop attribute quotes.
      expect(/data-testid="?page-feedback"?/.test(html), path).toBe(true);
      expect(html.includes('Was this page useful?'), path).toBe(true);
    }
  });

  test('offers Yes and No as links to a prefilled GitHub form, reachable by keyboard', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/serverless');
    const prompt = page.getByRole('region', {name: 'Was this page useful?'});
    await expect(prompt).toBeVisible();
    const yes = prompt.getByRole('link', {name: 'Yes', exact: true});
    const no = prompt.getByRole('link', {name: 'No', exact: true});
    for (const [link, answer] of [
      [yes, 'Yes'],
      [no, 'No'],
    ] as const) {
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.host).toBe('github.com');
      expect(href.pathname).toMatch(/^\/[^/]+\/[^/]+\/issues\/new$/);
      expect(href.searchParams.get('template')).toBe('page-feedback.yml');
      expect(href.searchParams.get('useful')).toBe(answer);
      expect(href.searchParams.get('page')).toMatch(/\/docs\/serverless$/);
      expect(href.searchParams.get('title')).toContain('SageMaker Serverless Inference');
    }
    await yes.focus();
    await page.keyboard.press('Tab');
    await expect(no).toBeFocused();
  });

  test('following No opens the prefilled form on GitHub (intercepted, nothing sent)', async ({
    page,
  }) => {
    const opened: string[] = [];
    await page.route('https://github.com/**', async (route) => {
      opened.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>New issue</title><h1>New issue</h1></html>',
      });
    });
    await gotoHydrated(page, '/docs/lambda');
    await page
      .getByRole('region', {name: 'Was this page useful?'})
      .getByRole('link', {name: 'No', exact: true})
      .click();
    await expect(page.getByRole('heading', {name: 'New issue'})).toBeVisible();
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0] ?? '');
    expect(url.searchParams.get('useful')).toBe('No');
    expect(url.searchParams.get('page')).toMatch(/\/docs\/lambda$/);
    expect(url.searchParams.get('title')).toMatch(/was not useful$/);
  });

  test('is left off printed pages', async ({page}) => {
    await gotoHydrated(page, '/docs/serverless');
    await expect(page.getByTestId('page-feedback')).toBeVisible();
    await page.emulateMedia({media: 'print'});
    await expect(page.getByTestId('page-feedback')).toBeHidden();
  });

  test('works without JavaScript', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto('/docs/bedrock');
    await expect(
      page.getByRole('region', {name: 'Was this page useful?'}).getByRole('link', {name: 'Yes'}),
    ).toHaveAttribute('href', /github\.com\/.+\/issues\/new\?template=page-feedback\.yml/);
    await context.close();
  });
});

import {expect, gotoHydrated, NOT_FOUND_MESSAGE, test} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

const paths = sitemapPaths();

test('the sitemap lists the home page, the guide and the tools', () => {
  expect(paths).toContain('/');
  for (const page of [
    '/docs/overview',
    '/docs/serverless',
    '/docs/limits',
    '/docs/tools/mode-chooser',
  ]) {
    expect(paths).toContain(page);
  }
});

for (const path of paths) {
  test(`${path} answers 200, has one h1 and logs no console error`, async ({page}) => {
    await gotoHydrated(page, path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.title()).not.toBe('');
  });
}

test.describe('a missing page', () => {
  test.use({allowedConsoleErrors: [NOT_FOUND_MESSAGE]});

  test('shows a helpful 404 page', async ({page}) => {
    await gotoHydrated(page, '/docs/no-such-page', 404);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('This page does not exist');
    await expect(page.getByRole('link', {name: 'SageMaker Serverless Inference'})).toBeVisible();
  });
});

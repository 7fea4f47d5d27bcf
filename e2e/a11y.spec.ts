import AxeBuilder from '@axe-core/playwright';
import {expect, gotoHydrated, NOT_FOUND_MESSAGE, test} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme, allowedConsoleErrors: [NOT_FOUND_MESSAGE]});
    for (const path of [...sitemapPaths(), '/docs/no-such-page']) {
      test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({page}) => {
        await gotoHydrated(page, path, path === '/docs/no-such-page' ? 404 : 200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await new AxeBuilder({page}).withTags(WCAG_21_AA).analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

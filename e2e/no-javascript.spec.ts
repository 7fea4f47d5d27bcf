import {getLimit, LIMITS, OPTIONS} from '@site/src/data';
import {formatStated} from '@site/src/lib/units';
import {expect, test} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

// Readers without JavaScript (or before it loads) still get every page, table and limit.
test.use({javaScriptEnabled: false});

for (const path of sitemapPaths().filter((p) => p !== '/search')) {
  test(`${path} reads without JavaScript`, async ({page}) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    // The navigation is there too.
    await expect(page.getByRole('link', {name: 'Guide', exact: true})).toBeVisible();
  });
}

for (const option of OPTIONS) {
  test(`${option.path} serves its limits table and code without JavaScript`, async ({page}) => {
    await page.goto(option.path);
    const table = page.locator('table').filter({hasText: 'What is limited'}).first();
    await expect(table).toBeVisible();
    expect(await table.locator('[data-limit-id]').count()).toBeGreaterThan(2);
    await expect(page.locator('pre code .token').first()).toBeVisible();
  });
}

test('the summary table and every limit are in the served HTML', async ({page}) => {
  await page.goto('/docs/overview');
  await expect(page.getByTestId('summary-table').locator('tbody tr')).toHaveCount(OPTIONS.length);
  await page.goto('/docs/limits');
  const ids = await page
    .locator('[data-limit-id]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('data-limit-id')));
  for (const entry of LIMITS) expect(ids).toContain(entry.id);
  await expect(page.getByTestId('changed-limits')).toContainText(
    formatStated(getLimit('lambda.asyncPayload')),
  );
});

for (const [path, id] of [
  ['/docs/tools/mode-chooser', 'mode-chooser'],
  ['/docs/tools/timeout-checker', 'timeout-checker'],
  ['/docs/tools/payload-estimator', 'payload-estimator'],
] as const) {
  test(`${path} shows its default result and a note without JavaScript`, async ({page}) => {
    await page.goto(path);
    const widget = page.getByTestId(id);
    // Text locators skip <noscript>, so find the note by its place.
    const note = widget.locator('noscript > p');
    await expect(note).toBeVisible();
    await expect(note).toContainText('This calculator needs JavaScript');
    await expect(page.getByTestId(`${id}-summary`)).not.toBeEmpty();
    await expect(page.getByTestId(`${id}-summary`)).not.toContainText('Correct the field');
    if (id === 'mode-chooser')
      await expect(widget.locator('li[data-option]')).toHaveCount(OPTIONS.length);
    else await expect(widget.locator('tr[data-option]')).toHaveCount(OPTIONS.length);
  });
}

import {expect, gotoHydrated, test} from './support/fixtures';

test.describe('print', () => {
  test('an option page prints its content and sources without the site’s chrome', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/serverless');
    await page.emulateMedia({media: 'print'});
    for (const selector of [
      '.navbar',
      '.theme-doc-sidebar-container',
      '.theme-doc-toc-desktop',
      '.footer',
      '.pagination-nav',
    ]) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('table').first()).toBeVisible();
    // Widget controls are left out; the results stay.
    await expect(page.getByTestId('timeout-checker').locator('form')).toBeHidden();
    await expect(
      page.getByTestId('timeout-checker').getByRole('button', {name: 'Copy link to this result'}),
    ).toBeHidden();
    await expect(page.getByTestId('timeout-checker-summary')).toBeVisible();
    await expect(page.getByTestId('timeout-checker').locator('table').first()).toBeVisible();
    // Source links print their address.
    const after = await page
      .locator('[data-limit-id]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://docs.aws.amazon.com/');
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('the screen view is not affected by the print styles', async ({page}) => {
    await gotoHydrated(page, '/docs/serverless');
    await expect(page.locator('.navbar')).toBeVisible();
    const after = await page
      .locator('[data-limit-id]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toBe('none');
  });
});

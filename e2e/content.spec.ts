import {getLimit, LIMITS, OPTIONS} from '@site/src/data';
import {formatStated} from '@site/src/lib/units';
import {expect, gotoHydrated, test} from './support/fixtures';

const AWS_SOURCE = /^https:\/\/(docs\.)?aws\.amazon\.com\//;

test('the overview’s summary table has a row for each of the six options', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  const table = page.getByTestId('summary-table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(6);
  for (const [i, option] of OPTIONS.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('rowheader')).toHaveText(option.name);
    await expect(row).toContainText(option.service);
    await expect(
      row.getByRole('link', {name: formatStated(getLimit(option.maxPayload))}).first(),
    ).toHaveAttribute('href', AWS_SOURCE);
  }
});

for (const option of OPTIONS) {
  test(`${option.path} shows its limits, each linked to an AWS source`, async ({page}) => {
    await gotoHydrated(page, option.path);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(option.name);
    const limitLinks = page.locator('[data-limit-id]');
    expect(await limitLinks.count()).toBeGreaterThan(5);
    for (const link of await limitLinks.all()) {
      await expect(link).toHaveAttribute('href', AWS_SOURCE);
      const id = await link.getAttribute('data-limit-id');
      expect(
        LIMITS.some((entry) => entry.id === id),
        `unknown limit ${id}`,
      ).toBe(true);
    }
    // The key-limits table gives each limit's source and the date it was checked there.
    const table = page.locator('table').filter({hasText: 'What is limited'}).first();
    await expect(table).toBeVisible();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    for (const row of await rows.all()) {
      const id = await row.locator('[data-limit-id]').first().getAttribute('data-limit-id');
      const entry = LIMITS.find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`row without a known limit: ${id}`);
      await expect(row.getByRole('link', {name: entry.sourceTitle})).toHaveAttribute(
        'href',
        entry.source,
      );
      await expect(row).toContainText(`verified ${entry.verifiedOn}`);
    }
    // A code example, highlighted.
    await expect(page.locator('pre code .token').first()).toBeVisible();
  });
}

test('the limits page lists the changed and disputed limits with both values', async ({page}) => {
  await gotoHydrated(page, '/docs/limits');
  const changed = page.getByTestId('changed-limits');
  for (const id of [
    'realtime.maxPayload',
    'async.maxProcessingTime',
    'lambda.asyncPayload',
    'lambda.streamedResponse',
  ] as const) {
    const entry = getLimit(id);
    const older = entry.previous?.[0] ?? entry.conflicting?.[0];
    if (!older) throw new Error(`${id} has no older or conflicting value`);
    const row = changed.locator('tr', {hasText: entry.quantity});
    await expect(row).toContainText(formatStated(entry));
    await expect(row).toContainText(formatStated(older));
  }
});

test('every limit in the data module appears on the limits page', async ({page}) => {
  await gotoHydrated(page, '/docs/limits');
  const shown = await page
    .locator('[data-limit-id]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('data-limit-id')));
  for (const entry of LIMITS) expect(shown).toContain(entry.id);
});

// On a calculator's page, the table of the limits it uses backs up the tool: it starts closed.
for (const tool of ['mode-chooser', 'timeout-checker', 'payload-estimator']) {
  const path = `/docs/tools/${tool}`;

  test(`${path} keeps its limits table closed until asked, and prints it`, async ({page}) => {
    await gotoHydrated(page, path);
    const table = page.locator('table').filter({hasText: 'What is limited'});
    await expect(table).toHaveCount(1);
    await expect(table).toBeHidden();
    await page.getByText('Show each limit with its source, AWS’s words and our notes').click();
    await expect(table).toBeVisible();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    await expect(rows.first().locator('[data-limit-id]').first()).toHaveAttribute(
      'href',
      AWS_SOURCE,
    );
    await page.reload();
    await page.emulateMedia({media: 'print'});
    await expect(table).toBeVisible();
  });
}

test('a link to a row of a closed limits table opens it at that row', async ({page}) => {
  await gotoHydrated(page, '/docs/tools/timeout-checker#limit-lambda-maxTimeout');
  const row = page.locator('#limit-lambda-maxTimeout');
  await expect(row).toBeVisible();
  await expect(row).toContainText(formatStated(getLimit('lambda.maxTimeout')));
});

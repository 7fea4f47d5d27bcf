import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';
import {getLimit, LIMITS, type LimitEntry} from '@site/src/data';
import {evidenceOf, formatValue, pickValue} from '@site/src/lib/limitValue';
import {expect, gotoHydrated, test} from './support/fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.use({permissions: ['clipboard-read', 'clipboard-write']});

function widget(page: Page, id: string): Locator {
  return page.getByTestId(id).first();
}

/** Copies the widget's link, checks the confirmation, and returns what the clipboard holds. */
async function copyLink(page: Page, root: Locator): Promise<string> {
  await root.getByRole('button', {name: 'Copy link to this result'}).click();
  await expect(root.getByRole('status')).toHaveText('Link copied.');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({page}).withTags(WCAG_21_AA).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('timeout checker', () => {
  test('checks a time against every option, changes units, and shares the result', async ({
    page,
    context,
  }) => {
    await gotoHydrated(page, '/docs/tools/timeout-checker');
    const historyLength = await page.evaluate(() => window.history.length);
    const root = widget(page, 'timeout-checker');
    const summary = page.getByTestId('timeout-checker-summary');
    await expect(summary).toHaveAttribute('aria-live', 'polite');

    // Twenty minutes: beyond Lambda and the synchronous SageMaker options, fine for async if configured.
    await root.getByLabel('Processing time per request').fill('20');
    await root.getByLabel('Processing time unit').selectOption('min');
    await expect(summary).toContainText('20 min');
    await expect(root.locator('tr[data-option="lambda"]')).toHaveAttribute('data-fit', 'over');
    await expect(root.locator('tr[data-option="serverless"]')).toHaveAttribute('data-fit', 'over');
    await expect(root.locator('tr[data-option="async"]')).toHaveAttribute(
      'data-fit',
      'if-configured',
    );
    await expect(root.locator('tr[data-option="async"]')).toContainText('InvocationTimeoutSeconds');

    // The same time in seconds gives the same result.
    await root.getByLabel('Processing time per request').fill('1200');
    await root.getByLabel('Processing time unit').selectOption('s');
    await expect(summary).toContainText('20 min');

    // API Gateway in front times out first.
    await root.getByLabel('API Gateway in front').selectOption('rest');
    const rest = getLimit('apigateway.restTimeout');
    await expect(summary).toContainText(`API Gateway REST API (${rest.value} s)`);
    await expect(
      root.getByTestId('timeout-path').locator('tr[data-hop="gateway"]'),
    ).toHaveAttribute('data-fit', 'over');

    // The history entry is replaced, not pushed, while typing.
    expect(await page.evaluate(() => window.history.length)).toBe(historyLength);

    const link = await copyLink(page, root);
    expect(link).toContain('processing=1200');
    expect(link).toContain('gateway=rest');

    const shared = await context.newPage();
    await gotoHydrated(shared, link.replace(/^https?:\/\/[^/]+/, ''));
    const sharedRoot = widget(shared, 'timeout-checker');
    await expect(sharedRoot.getByLabel('Processing time per request')).toHaveValue('1200');
    await expect(sharedRoot.getByLabel('API Gateway in front')).toHaveValue('rest');
    await expect(shared.getByTestId('timeout-checker-summary')).toHaveText(
      (await summary.textContent()) ?? '',
    );
  });

  test('explains bad input beside the field without breaking', async ({page}) => {
    await gotoHydrated(page, '/docs/tools/timeout-checker');
    const root = widget(page, 'timeout-checker');
    const field = root.getByLabel('Processing time per request');
    for (const [input, message] of [
      ['', 'Enter a processing time.'],
      ['-5', 'cannot be negative'],
      ['abc', 'is not a number'],
      ['NaN', 'is not a number'],
      ['Infinity', 'is not a number'],
      ['0', 'above zero'],
      ['99999999999', 'at most 30 days'],
    ] as const) {
      await field.fill(input);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(root.getByText(message)).toBeVisible();
      await expect(page.getByTestId('timeout-checker-summary')).toContainText('Correct the field');
      await expect(root.locator('table')).toHaveCount(0);
    }
    await field.fill('45');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('shows a hostile link’s values as text, never as markup', async ({page}) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await gotoHydrated(
      page,
      '/docs/tools/timeout-checker?' +
        new URLSearchParams({
          processing: '<script>alert(1)</script>',
          processingUnit: hostile,
          gateway: '"><b>x',
        }).toString(),
    );
    const root = widget(page, 'timeout-checker');
    await expect(root.getByLabel('Processing time per request')).toHaveValue(
      '<script>alert(1)</script>',
    );
    await expect(root.getByText('is not a number')).toBeVisible();
    await expect(root.getByText(/not one of the choices/).first()).toBeVisible();
    await expect(root.locator('img, script, b')).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});

test.describe('payload-size estimator', () => {
  test('shows a hostile link’s values as text, never as markup', async ({page}) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await gotoHydrated(
      page,
      '/docs/tools/payload-estimator?' +
        new URLSearchParams({
          kind: 'bytes',
          size: '<img src=x onerror=alert(1)>',
          sizeUnit: '<script>',
          encoding: 'javascript:alert(1)',
        }).toString(),
    );
    const root = widget(page, 'payload-estimator');
    await expect(root.getByLabel('Request size')).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(root.getByText('is not a number')).toBeVisible();
    await expect(root.getByText(/not one of the choices/).first()).toBeVisible();
    await expect(root.locator('img, script')).toHaveCount(0);
    expect(dialog).toBe(false);
  });

  test('works by keyboard alone', async ({page}) => {
    await gotoHydrated(page, '/docs/tools/payload-estimator');
    const root = widget(page, 'payload-estimator');
    await root.getByLabel('What one request carries').focus();
    await page.keyboard.press('ArrowUp'); // Images → JSON records
    await expect(root.getByLabel('Records per request')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(root.getByLabel('Records per request')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20000');
    await expect(page.getByTestId('payload-estimator-summary')).toContainText(
      'One request is about',
    );
    await expect(root.locator('tr[data-option="batch"]')).toBeVisible();
  });

  test('estimates a base64 image against every limit and shares the result', async ({
    page,
    context,
  }) => {
    await gotoHydrated(page, '/docs/tools/payload-estimator');
    const root = widget(page, 'payload-estimator');
    const summary = page.getByTestId('payload-estimator-summary');
    await root.getByLabel('What one request carries').selectOption('image');
    await root.getByLabel('Images per request').fill('1');
    await root.getByLabel('Size of one image').fill('3');
    await root.getByLabel('Image size unit').selectOption('MB');
    await root.getByLabel('How it is sent').selectOption('binary');
    await expect(summary).toContainText('3 MB');
    await expect(root.locator('tr[data-option="serverless"]')).toHaveAttribute('data-fit', 'fits');

    // The same image as base64 in JSON: 4/3 of the bytes plus the envelope, too big for serverless.
    await root.getByLabel('How it is sent').selectOption('base64-json');
    await root.getByLabel('JSON around the data, in bytes').fill('0');
    await expect(summary).toContainText('4,000,002 bytes');
    await expect(root.locator('tr[data-option="serverless"]')).toHaveAttribute('data-fit', 'maybe');

    // Units: the same size in binary units.
    await root.getByLabel('Image size unit').selectOption('MiB');
    await expect(summary).toContainText(
      String(Math.ceil((3 * 1024 * 1024) / 3) * 4 + 2).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
    );

    const link = await copyLink(page, root);
    expect(link).toContain('imageUnit=MiB');
    const shared = await context.newPage();
    await gotoHydrated(shared, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(shared.getByTestId('payload-estimator-summary')).toHaveText(
      (await summary.textContent()) ?? '',
    );
  });

  test('marks a size in the disputed real-time range as disputed', async ({page}) => {
    await gotoHydrated(
      page,
      '/docs/tools/payload-estimator?kind=bytes&size=10&sizeUnit=MB&encoding=binary',
    );
    const row = widget(page, 'payload-estimator').locator('tr[data-option="realtime"]');
    await expect(row).toHaveAttribute('data-fit', 'disputed');
    await expect(row).toContainText('disputed limit');
  });

  test('refuses binary data as plain JSON text, and bad sizes, with a message', async ({page}) => {
    await gotoHydrated(page, '/docs/tools/payload-estimator');
    const root = widget(page, 'payload-estimator');
    await root.getByLabel('How it is sent').selectOption('json-text');
    await expect(root.getByText('Binary data cannot travel as plain JSON text')).toBeVisible();
    await root.getByLabel('How it is sent').selectOption('binary');
    await root.getByLabel('Size of one image').fill('1e9');
    await expect(root.getByText('is not a number')).toBeVisible();
    await root.getByLabel('Size of one image').fill('12,5');
    await expect(root.getByText('is not a number')).toBeVisible();
    await expect(page.getByTestId('payload-estimator-summary')).toContainText('Correct the field');
  });
});

test.describe('timeout checker by keyboard', () => {
  test('moves through its fields with Tab and changes units with the arrow keys', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/tools/timeout-checker');
    const root = widget(page, 'timeout-checker');
    await root.getByLabel('Processing time per request').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('90');
    await page.keyboard.press('Tab');
    await expect(root.getByLabel('Processing time unit')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // seconds → minutes
    await expect(page.getByTestId('timeout-checker-summary')).toContainText('1 h 30 min');
    await expect(root.locator('tr[data-option="lambda"]')).toHaveAttribute('data-fit', 'over');
  });
});

test.describe('mode chooser', () => {
  test('shows a hostile link’s values as text, never as markup', async ({page}) => {
    await gotoHydrated(
      page,
      '/docs/tools/mode-chooser?' +
        new URLSearchParams({payload: '"><svg onload=alert(1)>', model: '<b>x</b>'}).toString(),
    );
    const root = widget(page, 'mode-chooser');
    await expect(root.getByLabel('Request payload size')).toHaveValue('"><svg onload=alert(1)>');
    await expect(root.getByText('is not a number')).toBeVisible();
    await expect(root.getByText(/not one of the choices/)).toBeVisible();
    await expect(root.locator('svg, b')).toHaveCount(0);
  });

  test('follows AWS guidance and shares the result', async ({page, context}) => {
    await gotoHydrated(page, '/docs/tools/mode-chooser');
    const root = widget(page, 'mode-chooser');
    const summary = page.getByTestId('mode-chooser-summary');

    // A whole dataset with no deadline, run on a schedule: Batch Transform.
    await root.getByRole('radio', {name: 'No deadline'}).check();
    await root.getByRole('radio', {name: 'Scheduled bulk runs'}).check();
    await expect(summary).toContainText('Recommended: SageMaker Batch Transform');

    // Large payloads and long processing, answered later: Asynchronous Inference.
    await root.getByRole('radio', {name: 'Minutes to hours later'}).check();
    await root.getByRole('radio', {name: 'Spiky, with idle periods'}).check();
    await root.getByLabel('Request payload size').fill('500');
    await root.getByLabel('Processing time per request').fill('20');
    await root.getByLabel('Processing time unit').selectOption('min');
    await expect(summary).toContainText('Recommended: SageMaker Asynchronous Inference');
    const serverless = root.locator('li[data-option="serverless"]');
    await expect(serverless).toHaveAttribute('data-standing', 'ruled-out');
    await expect(
      serverless.locator('[data-limit-id="serverless.maxPayload"]').first(),
    ).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);

    // A foundation model with nothing to manage: Bedrock.
    await root.getByRole('radio', {name: 'While a user waits'}).check();
    await root.getByLabel('Request payload size').fill('20');
    await root.getByLabel('Payload unit').selectOption('KB');
    await root.getByLabel('Processing time per request').fill('5');
    await root.getByLabel('Processing time unit').selectOption('s');
    await root.getByRole('radio', {name: 'A foundation model, used through an API'}).check();
    await expect(summary).toContainText('Recommended: Amazon Bedrock inference');

    // An open-weight model the team fine-tuned: Bedrock imports it; Lambda cannot hold it.
    await root.getByRole('radio', {name: /open-weight language model we fine-tuned/}).check();
    await expect(summary).toContainText('Recommended: Amazon Bedrock inference');
    await expect(root.locator('li[data-option="lambda"]')).toHaveAttribute(
      'data-standing',
      'ruled-out',
    );
    await root.getByRole('radio', {name: 'A foundation model, used through an API'}).check();

    const link = await copyLink(page, root);
    const shared = await context.newPage();
    await gotoHydrated(shared, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(shared.getByTestId('mode-chooser-summary')).toHaveText(
      (await summary.textContent()) ?? '',
    );
    await expect(
      widget(shared, 'mode-chooser').getByRole('radio', {
        name: 'A foundation model, used through an API',
      }),
    ).toBeChecked();
  });

  test('works by keyboard alone', async ({page}) => {
    await gotoHydrated(page, '/docs/tools/mode-chooser');
    const root = widget(page, 'mode-chooser');
    await root.getByRole('radio', {name: 'While a user waits'}).focus();
    await page.keyboard.press('ArrowDown');
    await expect(root.getByRole('radio', {name: 'Within a minute'})).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(root.getByRole('radio', {name: 'Spiky, with idle periods'})).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(root.getByRole('radio', {name: 'Rare'})).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(root.getByLabel('Request payload size')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('abc');
    await expect(root.getByText('is not a number')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with every widget showing results, in ${colorScheme} mode`, async ({
    page,
  }) => {
    // Four full-page axe runs: allow for a slow machine.
    test.setTimeout(180_000);
    await page.emulateMedia({colorScheme});
    for (const path of [
      '/docs/tools/mode-chooser?payload=500&duration=20&durationUnit=min',
      '/docs/tools/timeout-checker?processing=20&processingUnit=min&gateway=rest&lambda=default',
      '/docs/tools/payload-estimator?kind=bytes&size=10&sizeUnit=MB&encoding=binary',
      '/docs/tools/payload-estimator?size=abc&kind=bytes',
    ]) {
      await gotoHydrated(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expectNoAxeViolations(page);
    }
  });
}

test('widgets render on a 360 px phone without sideways scrolling of the page', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  for (const path of [
    '/docs/tools/mode-chooser',
    '/docs/tools/timeout-checker?gateway=rest',
    '/docs/tools/payload-estimator',
    '/docs/serverless',
    '/docs/overview',
    '/docs/limits',
  ]) {
    await gotoHydrated(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('AWS’s words and “report this number”', () => {
  test('every value on the limits page shows AWS’s words or a not-re-checked mark', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/limits');
    for (const entry of LIMITS as readonly LimitEntry[]) {
      const current = pickValue(entry, 'current');
      if (!current) throw new Error(`${entry.id} has no current value`);
      const evidence = evidenceOf(current);
      const cell = page.locator(`#limit-${entry.id.replace('.', '-')} td`).first();
      if (evidence.kind === 'quote') {
        await expect(cell.locator('blockquote')).toContainText(evidence.quote);
      } else {
        await expect(cell.locator('[data-evidence="unchecked"]')).toContainText('Not re-checked');
        await expect(cell.locator('[data-evidence="unchecked"]')).toContainText(evidence.reason);
      }
      await expect(cell.locator(`a[data-report="${entry.id}"]`)).toHaveCount(1);
    }
  });

  test('a report link opens the fix-a-limit form prefilled with the value', async ({page}) => {
    // No request reaches GitHub: the form's address is answered here.
    await page.route('https://github.com/**', (route) =>
      route.fulfill({contentType: 'text/html', body: '<!doctype html><title>New issue</title>'}),
    );
    await gotoHydrated(page, '/docs/limits');
    const entry = getLimit('serverless.maxPayload');
    await page
      .locator('#limit-serverless-maxPayload')
      .getByRole('link', {name: /^Report this number/})
      .click();
    await page.waitForURL(/^https:\/\/github\.com\//);
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/\/issues\/new$/);
    const fields = Object.fromEntries(url.searchParams);
    expect(fields).toMatchObject({
      template: 'fix-a-limit.yml',
      title: 'Limit: serverless.maxPayload',
      limit: 'serverless.maxPayload',
      shown: formatValue(entry),
      cited: entry.source,
    });
    expect(fields.page).toMatch(/\/docs\/limits$/);
  });

  test('an inline value opens AWS’s words and a report link by keyboard', async ({page}) => {
    await gotoHydrated(page, '/docs/serverless');
    const about = page
      .getByRole('button', {name: /^About .*: AWS’s words and the source$/})
      .first();
    await about.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('[popover]:popover-open');
    await expect(popover).toHaveCount(1);
    await expect(popover.getByRole('link', {name: 'Report this number'})).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/.+\/issues\/new\?template=fix-a-limit\.yml&/,
    );
    // The popover says what the data says about the value beside the button.
    const [id, which] = await about.evaluate((button) => {
      const link = button.previousElementSibling;
      return [link?.getAttribute('data-limit-id'), link?.getAttribute('data-which')];
    });
    const entry = LIMITS.find((candidate) => candidate.id === id);
    const shown = (['current', 'previous', 'conflicting'] as const).find((w) => w === which);
    const value = entry && shown && pickValue(entry, shown);
    if (!value) throw new Error(`no value for ${id} ${which}`);
    const evidence = evidenceOf(value);
    await expect(popover).toContainText(
      evidence.kind === 'quote' ? evidence.quote : evidence.reason,
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('[popover]:popover-open')).toHaveCount(0);
  });
});

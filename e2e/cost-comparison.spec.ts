import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';
import {getPrice, type PriceId} from '@site/src/data/prices';
import {expect, gotoHydrated, test} from './support/fixtures';

const PATH = '/docs/tools/cost-comparison';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.use({permissions: ['clipboard-read', 'clipboard-write']});

function widget(page: Page): Locator {
  return page.getByTestId('cost-comparison');
}

function row(root: Locator, option: string): Locator {
  return root.locator(`tr[data-option="${option}"]`);
}

async function monthly(root: Locator, option: string): Promise<number> {
  return Number(await row(root, option).getAttribute('data-monthly-usd'));
}

const rate = (id: PriceId) => getPrice(id).value;

/** The example, typed through the form's labels. */
async function fillExample(root: Locator): Promise<void> {
  await root.getByLabel('Requests', {exact: true}).fill('40,000');
  await root.getByLabel('Per', {exact: true}).selectOption('month');
  await root.getByLabel('Processing time per request').fill('300');
  await root.getByLabel('Processing time unit').selectOption('ms');
  await root.getByLabel('Serverless memory size').selectOption('2');
  await root.getByLabel('Real-time instance type').selectOption('ml.m5.large');
  await root.getByLabel('Real-time instances').fill('1');
  await root.getByLabel('Hours a month the endpoint is up').fill('730');
}

test.describe('cost comparison', () => {
  test('answers 40,000 requests a month of 300 ms on 2 GB: serverless against one ml.m5.large', async ({
    page,
  }) => {
    await gotoHydrated(page, PATH);
    const root = widget(page);
    await fillExample(root);
    await expect(root.getByLabel('Requests', {exact: true})).toHaveValue('40,000');

    // Every option has a row with its fit and its monthly cost as a plain number.
    for (const option of ['batch', 'realtime', 'serverless', 'async', 'bedrock', 'lambda'])
      await expect(row(root, option)).toHaveAttribute('data-fit', 'fits');

    // The expected figures come from the prices module, not from the page's own logic.
    const dataGb = (40_000 * (10_000 + 1_000)) / 1024 ** 3;
    const data = dataGb * rate('sagemaker.dataProcessed');
    const serverless = 40_000 * 0.3 * rate('serverless.mem2GB') + data;
    const realtime = 730 * rate('realtime.ml.m5.large') + data;
    await expect.poll(() => monthly(root, 'serverless')).toBeCloseTo(serverless, 6);
    await expect.poll(() => monthly(root, 'realtime')).toBeCloseTo(realtime, 6);
    await expect(row(root, 'realtime')).toContainText(`$${realtime.toFixed(2)}`);
    await expect(row(root, 'serverless')).toContainText(`$${serverless.toFixed(2)}`);
    // Unconfirmed prices are marked where they are used.
    await expect(row(root, 'realtime')).toContainText('not confirmed at AWS');

    // Break-even: the data charge is the same on both, so they cross where the serverless compute
    // equals the instance-hours.
    const crossing = (730 * rate('realtime.ml.m5.large')) / (0.3 * rate('serverless.mem2GB'));
    const sentence = root.locator('li[data-below="serverless"][data-above="realtime"]');
    await expect(sentence).toBeVisible();
    const found = Number(await sentence.getAttribute('data-requests'));
    expect(Math.abs(found - crossing) / crossing).toBeLessThan(1e-3);
    const rounded = Math.round(crossing / 10 ** (Math.floor(Math.log10(crossing)) - 1));
    const shown = (rounded * 10 ** (Math.floor(Math.log10(crossing)) - 1)).toLocaleString('en-US');
    await expect(sentence).toContainText(`Below about ${shown} requests a month`);
    await expect(sentence).toContainText('ml.m5.large');

    // The assumptions are stated.
    await expect(root.getByTestId('cost-assumptions')).toContainText('730 hours');
    await expect(root.getByTestId('cost-assumptions')).toContainText('US East (N. Virginia)');
  });

  test('keeps its inputs and the reader’s own prices in a link that reproduces the result', async ({
    page,
    context,
  }) => {
    await gotoHydrated(page, PATH);
    const historyLength = await page.evaluate(() => window.history.length);
    const root = widget(page);
    await root.getByLabel('Requests', {exact: true}).fill('2000000');
    await root.getByLabel('Lambda memory (MB)').fill('1024');
    await root.getByText('Your own prices').click();
    const instance = getPrice('realtime.ml.m5.large');
    await root.getByLabel(`${instance.item} (${instance.unit})`).fill('0.05');
    await expect(page.getByTestId('cost-comparison-summary')).toContainText(
      `Using your own prices for: ${instance.item}`,
    );
    await expect
      .poll(() => monthly(root, 'realtime'))
      .toBeCloseTo(
        730 * 0.05 + ((2_000_000 * 11_000) / 1024 ** 3) * rate('sagemaker.dataProcessed'),
        6,
      );
    await expect(row(root, 'realtime')).toContainText('(your price)');
    expect(await page.evaluate(() => window.history.length)).toBe(historyLength);

    await root.getByRole('button', {name: 'Copy link to this result'}).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('requests=2000000');
    expect(link).toContain('price.realtime.ml.m5.large=0.05');

    const shared = await context.newPage();
    await gotoHydrated(shared, link.replace(/^https?:\/\/[^/]+/, ''));
    const sharedRoot = widget(shared);
    await expect(sharedRoot.getByLabel('Lambda memory (MB)')).toHaveValue('1024');
    await expect(sharedRoot.getByLabel(`${instance.item} (${instance.unit})`)).toHaveValue('0.05');
    await expect(shared.getByTestId('cost-comparison-summary')).toHaveText(
      (await page.getByTestId('cost-comparison-summary').textContent()) ?? '',
    );
    await expect.poll(() => monthly(sharedRoot, 'realtime')).toBe(await monthly(root, 'realtime'));
  });

  test('converts a rate per second over some hours a day into requests a month', async ({page}) => {
    await gotoHydrated(page, PATH);
    const root = widget(page);
    await root.getByLabel('Per', {exact: true}).selectOption('second');
    await root.getByLabel('Requests', {exact: true}).fill('2');
    await root.getByLabel('Hours a day at that rate').fill('8');
    const requests = 2 * 3600 * 8 * (365 / 12);
    const lambda = getPrice('lambda.requests').value;
    const expected = (requests / 1e6) * lambda + requests * 0.3 * 2 * rate('lambda.x86.duration');
    await expect.poll(() => monthly(root, 'lambda')).toBeCloseTo(expected, 6);
  });

  test('greys out the options a slow request rules out, with the reason, and leaves them off the chart', async ({
    page,
  }) => {
    await gotoHydrated(page, `${PATH}?processing=20&processingUnit=min`);
    const root = widget(page);
    for (const option of ['serverless', 'lambda', 'realtime']) {
      await expect(row(root, option)).toHaveAttribute('data-fit', 'ruled-out');
      await expect(row(root, option)).toContainText('Ruled out');
    }
    await expect(row(root, 'async')).not.toHaveAttribute('data-fit', 'ruled-out');
    const chart = root.getByTestId('cost-chart');
    await expect(chart.locator('polyline[data-option="async"]')).toHaveCount(1);
    await expect(chart.locator('polyline[data-option="lambda"]')).toHaveCount(0);
    await expect(chart.locator('polyline[data-option="serverless"]')).toHaveCount(0);
  });

  test('draws a log-scale chart with a line per fitting option and its values as a table', async ({
    page,
  }) => {
    await gotoHydrated(page, PATH);
    const chart = widget(page).getByTestId('cost-chart');
    await expect(chart.locator('svg[role="img"]')).toBeVisible();
    await expect(chart.locator('polyline')).toHaveCount(6);
    for (const polyline of await chart.locator('polyline').all()) {
      const points = ((await polyline.getAttribute('points')) ?? '').trim().split(' ');
      expect(points.length).toBeGreaterThan(1);
      for (const point of points) expect(point).toMatch(/^\d+(\.\d+)?,\d+(\.\d+)?$/);
    }
    await chart.getByText('The chart’s values as a table').click();
    await expect(chart.locator('table tbody tr')).toHaveCount(10);
  });

  test('explains bad input beside the field, and shows a hostile link as text', async ({page}) => {
    await gotoHydrated(page, PATH);
    const root = widget(page);
    const summary = page.getByTestId('cost-comparison-summary');
    await root.getByLabel('Requests', {exact: true}).fill('-5');
    await expect(root.getByText('cannot be negative')).toBeVisible();
    await expect(summary).toContainText('Correct the field marked above');
    await root.getByLabel('Requests', {exact: true}).fill('');
    await expect(root.getByText('Enter requests a month.')).toBeVisible();
    await root.getByLabel('Requests', {exact: true}).fill('1000');
    await root.getByLabel('Lambda memory (MB)').fill('100000');
    await expect(root.getByText('Enter a Lambda memory size in MB')).toBeVisible();
    await root.getByLabel('Lambda memory (MB)').fill('2048');
    await expect(root.locator('tr[data-option]')).toHaveCount(6);

    const hostile = '<img src=x onerror=alert(1)>';
    await gotoHydrated(
      page,
      `${PATH}?requests=${encodeURIComponent(hostile)}&price.lambda.requests=NaN` +
        `&realtimeType=${encodeURIComponent(hostile)}`,
    );
    await expect(widget(page).locator('img')).toHaveCount(0);
    await expect(widget(page).getByText('is not a number').first()).toBeVisible();
    await expect(widget(page).getByText('not one of the choices')).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with results, a ruled-out row and a bad field, in ${colorScheme} mode`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme});
      for (const path of [
        `${PATH}?processing=20&processingUnit=min&price.realtime.ml.m5.large=0.05`,
        `${PATH}?requests=abc`,
      ]) {
        await gotoHydrated(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await new AxeBuilder({page}).withTags(WCAG_21_AA).analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
    });
  }

  test('fits a 360 px phone without sideways scrolling', async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    for (const path of [PATH, `${PATH}?price.realtime.ml.m5.large=0.05`, '/docs/lambda']) {
      await gotoHydrated(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('option pages show prices with their source, and mark the unconfirmed ones', async ({
    page,
  }) => {
    await gotoHydrated(page, '/docs/real-time');
    const inline = page.locator('[data-price-id="realtime.ml.m5.large"]').first();
    const entry = getPrice('realtime.ml.m5.large');
    await expect(inline).toContainText(`$${entry.value}`);
    await expect(inline).toContainText('not confirmed at AWS');
    await expect(inline.getByRole('link').first()).toHaveAttribute('href', entry.source);
    const table = page.locator('table[data-price-table="realtime"]');
    await expect(table.locator('tr[data-confirmed="false"]').first()).toContainText(
      'Not confirmed at AWS:',
    );
    await expect(page.getByRole('link', {name: 'cost comparison'}).first()).toHaveAttribute(
      'href',
      /\/docs\/tools\/cost-comparison/,
    );

    await gotoHydrated(page, '/docs/lambda');
    const requests = page.locator('[data-price-id="lambda.requests"]').first();
    await expect(requests).toHaveAttribute('data-confirmed', 'true');
    await expect(requests).not.toContainText('not confirmed');
  });
});

test('the mode chooser cites each option’s monthly cost for a volume, and opens it in the cost comparison', async ({
  page,
}) => {
  await gotoHydrated(page, '/docs/tools/mode-chooser');
  const chooser = page.getByTestId('mode-chooser');
  await expect(chooser).not.toContainText('by the cost comparison');
  await chooser.getByLabel('Processing time per request').fill('300');
  await chooser.getByLabel('Processing time unit').selectOption('ms');
  await chooser.getByLabel('Requests a month (optional)').fill('40000');
  const realtime = chooser.locator('li[data-option="realtime"]');
  await expect(realtime).toContainText('by the cost comparison');
  await chooser.getByRole('link', {name: 'open this workload in the cost comparison'}).click();
  await page.waitForURL(/cost-comparison\?/);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  const root = widget(page);
  await expect(root.getByLabel('Requests', {exact: true})).toHaveValue('40000');
  const cost = await monthly(root, 'realtime');
  await expect(realtime).toHaveCount(0);
  await page.goBack();
  await expect(
    page.getByTestId('mode-chooser').locator('li[data-option="realtime"]'),
  ).toContainText(`$${cost.toFixed(2)}`);
});

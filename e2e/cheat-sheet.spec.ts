import {getDocumentProxy, extractText} from 'unpdf';
import {getLimit, type LimitId} from '@site/src/data';
import {EXAMS, type ExamId} from '@site/src/data/questions';
import {cheatSheet, decidingCounts, type CheatSheet} from '@site/src/lib/cheatSheet';
import {formatValue, pickValue, type LimitFormat, type Which} from '@site/src/lib/limitValue';
import {sheetValues} from '@site/test/support/cheatSheet';
import {spelledLimits, typedLimits} from '@site/test/support/prose';
import {expect, gotoHydrated, test} from './support/fixtures';

const path = (exam: ExamId) => `/docs/cheat-sheet/${exam.toLowerCase()}`;

/** Half an inch on every side: wider than Chromium's default print margins, as Firefox uses. */
const MARGIN = {top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in'};

/** Every value a sheet shows, from the selection module: `limit/which/format`. */
function expectedValues(sheet: CheatSheet): string[] {
  return sheetValues(sheet).map((value) => `${value.limit}/${value.which}/${value.format}`);
}

/** The text of a value as the limits module formats it. */
function dataText(limit: string, which: string, format: string): string {
  const value = pickValue(getLimit(limit as LimitId), which as Which);
  if (!value) throw new Error(`${limit} has no ${which} value`);
  return formatValue(value, format as LimitFormat);
}

for (const exam of EXAMS) {
  test.describe(`${exam} cheat sheet`, () => {
    for (const format of ['A4', 'Letter'] as const) {
      test(`prints on exactly one ${format} page, with every value on it`, async ({page}) => {
        await gotoHydrated(page, path(exam));
        const pdf = await page.pdf({format, margin: MARGIN});
        const document = await getDocumentProxy(new Uint8Array(pdf));
        expect(document.numPages, `${exam} on ${format}`).toBe(1);
        const {text} = await extractText(document, {mergePages: true});
        const printed = text.replace(/\s+/g, ' ');
        for (const key of expectedValues(cheatSheet(exam))) {
          const [limit = '', which = '', fmt = ''] = key.split('/');
          expect(printed, key).toContain(dataText(limit, which, fmt));
        }
        expect(printed).toContain('Traps');
        expect(printed).toContain('Sources');
        // The site's navigation, the intro and the page's footer stay off the paper.
        expect(printed).not.toContain('Was this page useful?');
        expect(printed).not.toContain('Print or save as PDF');
        expect(printed).not.toContain('One page to revise from');
      });
    }

    test('every number on it is the data’s', async ({page}) => {
      await gotoHydrated(page, path(exam));
      const sheet = page.getByTestId('cheat-sheet');
      const shown = await sheet.locator('[data-limit-id]').evaluateAll((nodes) =>
        nodes.map((node) => ({
          key: [
            node.getAttribute('data-limit-id'),
            node.getAttribute('data-which'),
            node.getAttribute('data-format'),
          ].join('/'),
          text: node.textContent ?? '',
        })),
      );
      expect(shown.map((s) => s.key)).toEqual(expectedValues(cheatSheet(exam)));
      for (const {key, text} of shown) {
        const [limit = '', which = '', fmt = ''] = key.split('/');
        expect(text, key).toBe(dataText(limit, which, fmt));
      }
      // The question counts are the bank's.
      const counts = decidingCounts(exam);
      const rows = await sheet
        .locator('[data-count]')
        .evaluateAll((cells) =>
          cells.map((cell) => [cell.getAttribute('data-count') ?? '', cell.textContent ?? '']),
        );
      expect(rows.length).toBe(cheatSheet(exam).limits.length);
      for (const [id, text] of rows) {
        expect(text, id).toBe(String(counts.get(id as LimitId) ?? 0));
      }
      // Nothing else on the sheet looks like an AWS number: the values, their footnotes, dates,
      // counts, the data's own names and the addresses are all that carry digits.
      const rest = await sheet.evaluate((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        copy
          .querySelectorAll(
            '[data-limit-id], [data-footnote], [data-date], [data-count], [data-quantity], ' +
              '[data-source], [data-url], [data-exam]',
          )
          .forEach((node) => node.remove());
        return copy.textContent ?? '';
      });
      expect(typedLimits(rest)).toEqual([]);
      expect(spelledLimits(rest)).toEqual([]);
      // Each value's footnote points to the source the data gives for it.
      const notes = await sheet.locator('[data-limit-id]').evaluateAll((nodes) =>
        nodes.map((node) => {
          const target = node.nextElementSibling?.querySelector('a')?.getAttribute('href') ?? '';
          const item = target ? document.getElementById(target.slice(1)) : null;
          return item?.querySelector('a')?.getAttribute('href') ?? '';
        }),
      );
      const keys = expectedValues(cheatSheet(exam));
      keys.forEach((key, index) => {
        const [limit = '', which = ''] = key.split('/');
        expect(notes[index], key).toBe(
          pickValue(getLimit(limit as LimitId), which as Which)?.source,
        );
      });
    });

    test('prints in black and white', async ({page}) => {
      await gotoHydrated(page, path(exam));
      await page.emulateMedia({media: 'print'});
      // Colours that change for print may transition there (links do): read them once settled.
      await page.evaluate(() =>
        Promise.all(document.getAnimations().map((animation) => animation.finished)),
      );
      const colours = await page.getByTestId('cheat-sheet').evaluate((root) => {
        const found = new Set<string>();
        for (const node of [root, ...root.querySelectorAll('*')]) {
          if (!node.checkVisibility()) continue;
          const style = getComputedStyle(node);
          found.add(style.color);
          found.add(style.backgroundColor);
          for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
            if (style[`border${side}Style`] !== 'none' && style[`border${side}Width`] !== '0px')
              found.add(style[`border${side}Color`]);
          }
        }
        return [...found];
      });
      for (const colour of colours) {
        const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
        if (a === 0) continue;
        expect(r === g && g === b, `${colour} is not grey`).toBe(true);
      }
    });

    test('its print button opens the print dialog by keyboard, and is not printed', async ({
      page,
    }) => {
      await gotoHydrated(page, path(exam));
      await page.evaluate(() => {
        window.print = () => {
          document.documentElement.dataset.printed = 'yes';
        };
      });
      const button = page.getByRole('button', {name: 'Print or save as PDF'});
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
      await page.emulateMedia({media: 'print'});
      await expect(button).toBeHidden();
      await expect(page.getByTestId('sheet-options')).toBeVisible();
    });

    test('reads on a 360 px phone without sideways scrolling of the page', async ({page}) => {
      await page.setViewportSize({width: 360, height: 740});
      await gotoHydrated(page, path(exam));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      // The wide tables scroll inside their own region, which the keyboard can reach.
      const region = page.getByRole('region', {name: 'The six options side by side'});
      await expect(region).toBeVisible();
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(page.getByTestId('sheet-traps').locator('li').first()).toBeVisible();
    });
  });
}

test('the sidebar and the footer link both sheets', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  for (const exam of EXAMS) {
    await expect(page.locator(`.theme-doc-sidebar-container a[href="${path(exam)}"]`)).toHaveCount(
      1,
    );
    await expect(page.locator(`.footer a[href="${path(exam)}"]`)).toHaveCount(1);
  }
  await gotoHydrated(page, '/docs/cheat-sheet/');
  for (const exam of EXAMS) {
    await expect(page.locator(`main a[href="${path(exam)}"]`).first()).toBeVisible();
  }
});

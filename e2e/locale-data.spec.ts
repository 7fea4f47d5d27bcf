import {expect, gotoHydrated, test} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

/*
 * The first use of the browser's locale data (an Intl object, localeCompare, toLocaleString)
 * costs a phone one long task, so no page may touch it while it loads and hydrates: numbers and
 * dates are formatted by src/lib/units.ts and src/lib/dates.ts. The search page and the generated
 * index pages (/docs/options lists the six options as cards) are the theme's own: it counts results
 * with Intl.PluralRules and reads card titles with Intl.Segmenter, so they are left out.
 */
const THEME_PAGES = /^\/(search$|docs\/category\/|docs\/options$)/;

test.use({viewport: {width: 412, height: 823}});

for (const path of sitemapPaths().filter((p) => !THEME_PAGES.test(p))) {
  test(`${path} loads without the browser's locale data`, async ({page}) => {
    await page.addInitScript(() => {
      const uses: string[] = [];
      (window as unknown as {localeUses: string[]}).localeUses = uses;
      const note = (name: string) => uses.push(`${name}: ${new Error().stack ?? ''}`);
      for (const name of [
        'NumberFormat',
        'DateTimeFormat',
        'PluralRules',
        'Collator',
        'Segmenter',
      ]) {
        const Original = (Intl as unknown as Record<string, new (...args: unknown[]) => unknown>)[
          name
        ];
        if (!Original) continue;
        (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
          construct(target, args) {
            note(`Intl.${name}`);
            return new target(...args) as object;
          },
          apply(target, self, args) {
            note(`Intl.${name}`);
            return Reflect.apply(target, self, args);
          },
        });
      }
      const methods: [object, string][] = [
        [String.prototype, 'localeCompare'],
        [Number.prototype, 'toLocaleString'],
        [Date.prototype, 'toLocaleString'],
        [Date.prototype, 'toLocaleDateString'],
        [Date.prototype, 'toLocaleTimeString'],
      ];
      for (const [owner, name] of methods) {
        const original = (owner as Record<string, (...args: unknown[]) => unknown>)[name];
        if (!original) continue;
        Object.defineProperty(owner, name, {
          configurable: true,
          writable: true,
          value(this: unknown, ...args: unknown[]) {
            note(name);
            return Reflect.apply(original, this, args);
          },
        });
      }
    });
    await gotoHydrated(page, path);
    // Effects and idle work after hydration count too.
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => resolve(null), {timeout: 2000})),
    );
    const uses = await page.evaluate(
      () => (window as unknown as {localeUses: string[]}).localeUses,
    );
    expect(uses).toEqual([]);
  });
}

import {test as base, expect, type Page} from '@playwright/test';

interface Options {
  /** Console messages a test expects, such as the 404 of a missing page. */
  allowedConsoleErrors: RegExp[];
}

/**
 * Every test fails if the page logs a console error or throws, so a widget that breaks
 * quietly in the browser fails CI.
 */
export const test = base.extend<Options & {consoleErrors: string[]}>({
  allowedConsoleErrors: [[], {option: true}],
  consoleErrors: [
    async ({page, allowedConsoleErrors}, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((allowed) => allowed.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** The console message Chromium logs for the document of a missing page. */
export const NOT_FOUND_MESSAGE = /the server responded with a status of 404/;

/** Opens a path and waits until React has hydrated the server-rendered page. */
export async function gotoHydrated(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

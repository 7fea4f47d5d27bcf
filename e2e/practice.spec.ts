import {readFileSync} from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';
import {
  getQuestion,
  QUESTIONS,
  renderText,
  workloadOf,
  type Question,
} from '@site/src/data/questions';
import {getOption, OPTION_IDS} from '@site/src/data';
import {GUIDE_PAGES} from '@site/src/data/questions/types';
import {buildFlashcards} from '@site/src/widgets/Practice/logic/flashcards';
import {
  emptyProgress,
  exportProgress,
  recordAnswer,
} from '@site/src/widgets/Practice/logic/progress';
import {checkYourself} from '@site/src/widgets/Practice/logic/select';
import {OPTION_QUESTIONS} from '@site/src/widgets/Practice/logic/shown';
import {PROGRESS_KEY} from '@site/src/widgets/Practice/useProgress';
import {expect, gotoHydrated, test} from './support/fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LETTERS = 'abcdefghij';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({page}).withTags(WCAG_21_AA).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

function question(id: string): Question {
  const found = getQuestion(id);
  if (!found) throw new Error(`no question ${id} in the bank`);
  return found;
}

const plain = (q: Question, text: Parameters<typeof renderText>[0]) =>
  renderText(text, workloadOf(q));

/** Answers a question through its labels and buttons, rightly or (for a test of the review) not. */
async function answer(root: Locator, q: Question, right: boolean): Promise<void> {
  switch (q.format) {
    case 'multiple-choice': {
      const index = q.choices.findIndex((c) => (right ? c.id === q.key : c.id !== q.key));
      await root.getByRole('radio', {name: new RegExp(`^${LETTERS[index]}\\. `)}).check();
      break;
    }
    case 'multiple-response': {
      const picks = right ? q.key : [q.key[0], q.choices.find((c) => !q.key.includes(c.id))?.id];
      for (const id of picks) {
        const index = q.choices.findIndex((c) => c.id === id);
        await root.getByRole('checkbox', {name: new RegExp(`^${LETTERS[index]}\\. `)}).check();
      }
      break;
    }
    case 'ordering': {
      const text = (id: string) => plain(q, q.items.find((i) => i.id === id)?.text ?? id);
      if (q.items.length > q.key.length) {
        const order = right ? q.key : [...q.key].reverse();
        for (const id of order)
          await root.getByRole('button', {name: `Add: “${text(id)}”`, exact: true}).click();
        break;
      }
      // All items start placed, in the order shown: move each into its place with "Up".
      const current = q.items.map((i) => i.id);
      const target = right ? q.key : [...q.key].reverse();
      for (const [place, id] of target.entries()) {
        for (let at = current.indexOf(id); at > place; at -= 1) {
          await root.getByRole('button', {name: `Up: move “${text(id)}” up`, exact: true}).click();
          [current[at - 1], current[at]] = [id, current[at - 1] ?? ''];
        }
      }
      break;
    }
    case 'matching': {
      for (const [index, prompt] of q.prompts.entries()) {
        const keyed = q.key[prompt.id] ?? '';
        const wrong = q.responses.find((r) => r.id !== keyed)?.id ?? '';
        await root
          .getByLabel(renderText(prompt.text, prompt.workload ?? workloadOf(q)), {exact: true})
          .selectOption(right || index > 0 ? keyed : wrong);
      }
      break;
    }
  }
}

const item = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);

/** Scrolls to the check-yourself block, which becomes answerable as it comes near the screen. */
async function reachCheckYourself(page: Page): Promise<Locator> {
  const block = page.getByTestId('check-yourself');
  await block.scrollIntoViewIfNeeded();
  // The questions load as the block comes near; a busy machine may take a few seconds.
  await expect(block.getByRole('button', {name: /^Check the answer/}).first()).toBeVisible({
    timeout: 15_000,
  });
  return block;
}

async function openCheckYourself(page: Page, path: string): Promise<Locator> {
  await gotoHydrated(page, path);
  return reachCheckYourself(page);
}

const questionIds = (root: Locator) =>
  root
    .locator('[data-question]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-question') ?? ''));

test.describe('check yourself on every option page', () => {
  for (const option of OPTION_IDS) {
    test(`${option}: the questions checkYourself() picks, as text, then answerable`, async ({
      page,
    }) => {
      const picked = checkYourself(OPTION_QUESTIONS[option], option).map((q) => q.id);
      await gotoHydrated(page, GUIDE_PAGES[option]);
      const block = page.getByTestId('check-yourself');
      // Until the reader comes near, the server's text: each answer in a <details>.
      await expect(block.locator('details')).toHaveCount(picked.length);
      await expect(block.getByRole('button')).toHaveCount(0);
      expect(await questionIds(block)).toEqual(picked);
      await reachCheckYourself(page);
      await expect(block.getByRole('button', {name: /^Check the answer/})).toHaveCount(
        picked.length,
      );
      await expect(block.locator('details')).toHaveCount(0);
      expect(await questionIds(block)).toEqual(picked);
    });
  }
});

test('check yourself after a move within the site, with no page load', async ({page}) => {
  await gotoHydrated(page, '/docs/overview');
  // A link in the overview's text: the router renders the next page without loading it.
  await page.locator('article a[href="/docs/serverless"]').first().click();
  await expect(page).toHaveURL(/\/docs\/serverless$/);
  const block = await reachCheckYourself(page);
  await expect(block.locator('[data-question]')).toHaveCount(
    checkYourself(OPTION_QUESTIONS.serverless, 'serverless').length,
  );
});

test.describe('check yourself on an option page', () => {
  const picked = checkYourself(OPTION_QUESTIONS.serverless, 'serverless');

  test('answers in place, explains right and wrong choices with sourced numbers', async ({
    page,
  }) => {
    const block = await openCheckYourself(page, '/docs/serverless');
    await expect(block.locator('[data-question]')).toHaveCount(picked.length);
    expect(picked.length).toBeGreaterThanOrEqual(4);
    expect(picked.length).toBeLessThanOrEqual(6);

    const first = picked[0];
    if (!first || first.format !== 'multiple-choice')
      throw new Error('expected a first MC question');
    const root = item(page, first.id);
    const wrong = first.choices.find((c) => c.id !== first.key);
    if (!wrong) throw new Error('no distractor');
    await answer(root, first, false);
    await block
      .getByRole('button', {name: `Check the answer: Question 1 of ${picked.length}`})
      .click();
    const feedback = root.getByTestId('feedback');
    await expect(feedback).toContainText('Not correct.');
    await expect(feedback).toContainText(plain(first, wrong.why));
    await expect(block.getByText('Not correct. The explanation is below.')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    // The answer is locked until the reader tries again.
    await expect(root.getByRole('radio').first()).toBeDisabled();
    await block.getByRole('button', {name: `Try again: Question 1 of ${picked.length}`}).click();
    await answer(root, first, true);
    await block
      .getByRole('button', {name: `Check the answer: Question 1 of ${picked.length}`})
      .click();
    await expect(root.getByTestId('feedback')).toContainText('Correct.');
    await expect(root.getByTestId('feedback')).toContainText(plain(first, first.explanation));

    // A question whose explanation carries AWS numbers links each to its source.
    const withLimit = picked.find((q) => JSON.stringify(q).includes('"limit":'));
    if (withLimit) {
      const index = picked.indexOf(withLimit) + 1;
      await answer(item(page, withLimit.id), withLimit, true);
      await block
        .getByRole('button', {name: `Check the answer: Question ${index} of ${picked.length}`})
        .click();
      await expect(
        item(page, withLimit.id).locator('[data-limit-id] >> visible=true').first(),
      ).toHaveAttribute('href', /^https:\/\/(docs\.)?aws\.amazon\.com\//);
    }
  });

  test('an incomplete answer gets a message, not a score', async ({page}) => {
    const block = await openCheckYourself(page, '/docs/serverless');
    await block
      .getByRole('button', {name: `Check the answer: Question 1 of ${picked.length}`})
      .click();
    await expect(block.getByText('Answer the question in full first.')).toBeVisible();
    await expect(block.getByTestId('feedback')).toHaveCount(0);
  });
});

test('keyboard only: ordering by buttons and matching by selects', async ({page}) => {
  // Ordering: a check-yourself question whose steps all start placed, in the order shown.
  const ordering = checkYourself(OPTION_QUESTIONS.serverless, 'serverless').find(
    (q) => q.format === 'ordering',
  );
  if (!ordering || ordering.format !== 'ordering') throw new Error('no ordering question');
  await openCheckYourself(page, '/docs/serverless');
  const root = item(page, ordering.id);
  const text = (id: string) => plain(ordering, ordering.items.find((i) => i.id === id)?.text ?? id);
  const current = ordering.items.map((i) => i.id);
  let lastMove: {id: string; place: number} | undefined;
  for (const [place, id] of ordering.key.entries()) {
    let at = current.indexOf(id);
    if (at === place) continue;
    await root.getByRole('button', {name: `Up: move “${text(id)}” up`, exact: true}).focus();
    while (at > place) {
      // Enter again and again: focus follows the step as it moves.
      await page.keyboard.press('Enter');
      [current[at - 1], current[at]] = [id, current[at - 1] ?? ''];
      at -= 1;
      lastMove = {id, place: at + 1};
      await expect(page.locator(':focus')).toHaveAttribute('data-item', id);
    }
  }
  // Each move is announced politely.
  if (lastMove)
    await expect(root.locator('[aria-live="polite"]')).toHaveText(
      `“${text(lastMove.id)}” is now step ${lastMove.place} of ${ordering.key.length}.`,
    );
  await expect(root.locator('ol li')).toHaveText(
    ordering.key.map(
      (id) =>
        new RegExp(
          text(id)
            .slice(0, 30)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        ),
    ),
  );
  await page.keyboard.press('Tab');
  while (!(await page.locator(':focus').textContent())?.startsWith('Check the answer'))
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(root.getByTestId('feedback')).toContainText('Correct.');

  // Matching: one question from a link, answered with Tab and the arrow keys.
  const matching = question('as-parameters');
  if (matching.format !== 'matching') throw new Error('as-parameters is not a matching question');
  await gotoHydrated(page, `/docs/practice?ids=${matching.id}`);
  await page.getByRole('button', {name: 'Start'}).focus();
  await page.keyboard.press('Enter');
  const first = matching.prompts[0];
  if (!first) throw new Error('no prompt');
  await page
    .getByLabel(renderText(first.text, first.workload ?? workloadOf(matching)), {exact: true})
    .focus();
  for (const prompt of matching.prompts) {
    const index = matching.responses.findIndex((r) => r.id === matching.key[prompt.id]);
    for (let step = 0; step <= index; step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveValue(matching.key[prompt.id] ?? '');
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(':focus')).toHaveText(/^Check the answer/);
  await page.keyboard.press('Enter');
  await expect(item(page, matching.id).getByTestId('feedback')).toContainText('Correct.');
  await expect(page.getByTestId('practice-status')).toHaveText('Correct.');
});

test.describe('practice page', () => {
  test('a set chosen by exam, options and count, with settings in the URL', async ({page}) => {
    await gotoHydrated(page, '/docs/practice');
    await page.getByRole('radio', {name: 'ML Engineer Associate (MLA-C01)'}).check();
    for (const name of (['batch', 'bedrock', 'lambda'] as const).map((id) => getOption(id).name))
      await page.getByRole('checkbox', {name, exact: true}).uncheck();
    await page
      .getByRole('group', {name: 'Number of questions'})
      .getByRole('radio', {name: '5', exact: true})
      .check();
    await expect(page).toHaveURL(/exam=MLA-C01/);
    await expect(page).toHaveURL(
      /options=realtime%2Cserverless%2Casync|options=realtime,serverless,async/,
    );
    await expect(page).toHaveURL(/count=5/);
    await page.getByRole('button', {name: 'Start'}).click();
    await expect(page.getByRole('heading', {name: /^Your set \(\d+ questions?\)$/})).toBeFocused();
    const ids = await page
      .locator('[data-question]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-question') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(5);
    for (const id of ids) {
      const q = question(id);
      expect(q.exams).toContain('MLA-C01');
      expect(q.options.some((o) => ['realtime', 'serverless', 'async'].includes(o))).toBe(true);
    }
    // The same settings come back from the link.
    await gotoHydrated(page, '/docs/practice?exam=AIF-C01&count=20&feedback=end&options=lambda');
    await expect(page.getByRole('radio', {name: 'AI Practitioner (AIF-C01)'})).toBeChecked();
    await expect(page.getByRole('radio', {name: 'At the end of the set'})).toBeChecked();
    await expect(page.getByRole('checkbox', {name: getOption('lambda').name})).toBeChecked();
    await expect(page.getByRole('checkbox', {name: getOption('bedrock').name})).not.toBeChecked();
  });

  test('end to end: answer, score, review, retry the missed, progress after a reload', async ({
    page,
  }) => {
    const ids = ['sl-office-tool', 'bt-vs-async', 'bt-job-steps', 'as-parameters'];
    const set = ids.map(question);
    const missed = set[1];
    if (!missed || missed.format !== 'multiple-response')
      throw new Error('bt-vs-async should be MR');
    await gotoHydrated(page, `/docs/practice?feedback=end&ids=${ids.join(',')}`);
    await expect(page.getByTestId('linked-questions')).toContainText(
      'This link chooses 4 questions',
    );
    await page.getByRole('button', {name: 'Start'}).click();
    await expect(page.locator('[data-question]')).toHaveCount(4);
    for (const q of set) await answer(item(page, q.id), q, q !== missed);
    // End-of-set feedback: nothing is marked before the set is finished.
    await expect(page.getByTestId('feedback')).toHaveCount(0);
    await page.getByRole('button', {name: 'Finish and see the score'}).click();
    await expect(page.getByRole('heading', {name: 'Score: 3 of 4 (75 percent)'})).toBeFocused();
    await expect(page.getByTestId('practice-status')).toHaveText(
      'Score: 3 of 4 correct (75 percent).',
    );
    await expect(page.getByTestId('practice-status')).toHaveAttribute('aria-live', 'polite');
    // The review explains every question, right or wrong.
    await expect(page.getByTestId('feedback')).toHaveCount(4);
    const review = item(page, missed.id).getByTestId('feedback');
    await expect(review).toContainText('Not correct.');
    for (const choice of missed.choices)
      await expect(review).toContainText(plain(missed, choice.why));
    await expect(item(page, 'bt-job-steps').getByTestId('feedback')).toContainText('Correct.');

    await page.getByRole('button', {name: 'Retry the question I missed'}).click();
    await expect(
      page.getByRole('heading', {name: 'The questions you missed (1 question)'}),
    ).toBeFocused();
    await expect(page.locator('[data-question]')).toHaveCount(1);
    await answer(item(page, missed.id), missed, true);
    await page.getByRole('button', {name: 'Finish and see the score'}).click();
    await expect(page.getByRole('heading', {name: 'Score: 1 of 1 (100 percent)'})).toBeVisible();

    const overall = page.getByTestId('progress-overall');
    await expect(overall).toHaveText(
      `Questions: 4 of ${QUESTIONS.length} right at the last try (4 tried).`,
    );
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expect(overall).toHaveText(
      `Questions: 4 of ${QUESTIONS.length} right at the last try (4 tried).`,
    );
    const serverless = page.locator('tr[data-option="serverless"] td');
    await expect(serverless.nth(1)).toHaveText('1');
  });

  test('immediate feedback marks each question when checked', async ({page}) => {
    await gotoHydrated(page, '/docs/practice?ids=rt-request-flow,lm-limits');
    await page.getByRole('button', {name: 'Start'}).click();
    for (const [index, id] of ['rt-request-flow', 'lm-limits'].entries()) {
      const q = question(id);
      await answer(item(page, id), q, index === 0);
      await page
        .getByRole('button', {name: `Check the answer: Question ${index + 1} of 2`})
        .click();
      await expect(item(page, id).getByTestId('feedback')).toContainText(
        index === 0 ? 'Correct.' : 'Not correct.',
      );
    }
    await page.getByRole('button', {name: 'Finish and see the score'}).click();
    await expect(page.getByRole('heading', {name: 'Score: 1 of 2 (50 percent)'})).toBeVisible();
  });
});

test('flashcards: Leitner boxes decide what comes back, and they survive a reload', async ({
  page,
}) => {
  const deck = buildFlashcards();
  const [first, second, third] = deck;
  if (!first || !second || !third) throw new Error('the deck is too small');
  await gotoHydrated(page, '/docs/practice/flashcards');
  const front = page.getByTestId('card-front');
  await expect(front).toHaveText(first.front);
  await page.getByRole('button', {name: 'Show the answer'}).click();
  await expect(page.getByTestId('card-back')).toContainText(first.back);
  await page.getByRole('button', {name: 'I knew it'}).click();
  await expect(page.getByTestId('card-status')).toContainText('Known: box 2, back in 2 days.');
  await expect(front).toHaveText(second.front);
  await expect(front).toBeFocused();
  await page.getByRole('button', {name: 'Show the answer'}).click();
  await page.getByRole('button', {name: 'I did not know it'}).click();
  await expect(page.getByTestId('card-status')).toContainText(
    'Not known yet: box 1, back in 1 day.',
  );
  await expect(front).toHaveText(third.front);

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(page.getByTestId('progress-cards')).toHaveText(
    `Flashcards: ${deck.length - 2} new, 1 in box 1, 1 in box 2, 0 in box 3, 0 in box 4, 0 in box 5.`,
  );
  // The two cards answered are not due again today.
  await expect(front).toHaveText(third.front);
  // A deck of one kind.
  await page.getByRole('radio', {name: /^Exam keywords/}).check();
  const keyword = deck.find((c) => c.kind === 'keyword');
  await expect(front).toHaveText(keyword?.front ?? '');
});

test.describe('progress in localStorage', () => {
  test('export, reset and import; a hostile file is refused with a message', async ({page}) => {
    const now = Date.now();
    const seeded = exportProgress(
      recordAnswer(emptyProgress(), 'sl-office-tool', true, now - 1000),
      now,
    );
    await gotoHydrated(page, '/docs/practice');
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      PROGRESS_KEY,
      seeded,
    ] as const);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    const overall = page.getByTestId('progress-overall');
    await expect(overall).toContainText('(1 tried)');

    const download = page.waitForEvent('download');
    await page.getByRole('button', {name: 'Export progress'}).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('aws-inference-guide-progress.json');
    const text = readFileSync(await file.path(), 'utf8');
    const data = JSON.parse(text) as {format: string; questions: Record<string, unknown>};
    expect(data.format).toBe('aws-inference-guide-progress');
    expect(Object.keys(data.questions)).toEqual(['sl-office-tool']);

    await page.getByRole('button', {name: 'Reset progress'}).click();
    await page.getByRole('button', {name: 'Yes, forget my progress'}).click();
    await expect(overall).toContainText('(0 tried)');
    await expect(page.getByTestId('progress-message')).toHaveText('Progress reset.');

    const input = page.getByLabel('Import progress (JSON file)');
    await input.setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByTestId('progress-message')).toContainText('Progress imported');
    await expect(overall).toContainText('(1 tried)');

    const hostile =
      '{"format":"aws-inference-guide-progress","version":1,' +
      '"questions":{"__proto__":{"attempts":1}},"cards":{},"<img ' +
      'src=x onerror=alert(1)>":1}';
    await input.setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostile),
    });
    await expect(page.getByTestId('progress-message')).toContainText('Not imported:');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await input.setInputFiles({
      name: 'junk.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not json'),
    });
    await expect(page.getByTestId('progress-message')).toContainText('Not imported:');
    await expect(overall).toContainText('(1 tried)');
  });

  test('corrupt stored progress starts afresh with a notice, without an error', async ({page}) => {
    await gotoHydrated(page, '/docs/practice/flashcards');
    await page.evaluate(
      (key) =>
        window.localStorage.setItem(key, '{"format": "aws-inference-guide-progress", "cards": [1,'),
      PROGRESS_KEY,
    );
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expect(page.getByText(/^Saved progress could not be read:/)).toBeVisible();
    await expect(page.getByTestId('card-front')).toHaveText(buildFlashcards()[0]?.front ?? '');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in answered and reviewed questions, ${colorScheme} mode`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({colorScheme});
    await openCheckYourself(page, '/docs/serverless');
    const first = checkYourself(OPTION_QUESTIONS.serverless, 'serverless')[0];
    if (!first) throw new Error('no question');
    await answer(item(page, first.id), first, false);
    await page.getByRole('button', {name: /^Check the answer: Question 1 of/}).click();
    await expect(item(page, first.id).getByTestId('feedback')).toBeVisible();
    await expectNoAxeViolations(page);

    await gotoHydrated(
      page,
      '/docs/practice?feedback=end&ids=bt-job-steps,as-parameters,bt-vs-async,cs-calls-pipeline',
    );
    await page.getByRole('button', {name: 'Start'}).click();
    await answer(item(page, 'bt-job-steps'), question('bt-job-steps'), true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', {name: 'Finish and see the score'}).click();
    await expect(page.getByTestId('practice-score')).toBeVisible();
    await expectNoAxeViolations(page);

    await gotoHydrated(page, '/docs/practice/flashcards');
    await page.getByRole('button', {name: 'Show the answer'}).click();
    await expectNoAxeViolations(page);
  });
}

test('practice, review and flashcards fit a 360 px phone', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  await gotoHydrated(
    page,
    '/docs/practice?feedback=end&ids=bt-job-steps,lm-limits,sc-exam-keywords',
  );
  await page.getByRole('button', {name: 'Start'}).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', {name: 'Finish and see the score'}).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await gotoHydrated(page, '/docs/practice/flashcards');
  await page.getByRole('button', {name: 'Show the answer'}).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await gotoHydrated(page, '/docs/practice/questions');
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('check-yourself questions show their answers in a <details>', async ({page}) => {
    const picked = checkYourself(OPTION_QUESTIONS.serverless, 'serverless');
    await page.goto('/docs/serverless');
    const block = page.getByTestId('check-yourself');
    const details = block.locator('details');
    await expect(details).toHaveCount(picked.length);
    const first = picked[0];
    if (!first) throw new Error('no question');
    await expect(block.getByText(plain(first, first.explanation))).toBeHidden();
    await details.first().locator('summary').click();
    await expect(block.getByText(plain(first, first.explanation))).toBeVisible();
    await expect(block.getByRole('button')).toHaveCount(0);
  });

  test('every question of the bank is readable with its answer', async ({page}) => {
    await page.goto('/docs/practice/questions');
    await expect(page.getByTestId('all-questions').locator('details')).toHaveCount(
      QUESTIONS.length,
    );
    await expect(page.getByTestId('all-questions').locator('[data-question]')).toHaveCount(
      QUESTIONS.length,
    );
  });

  test('the practice and flashcard pages say what needs JavaScript', async ({page}) => {
    await page.goto('/docs/practice');
    await expect(page.getByTestId('practice').locator('noscript > p')).toContainText(
      'Answering and scoring need JavaScript',
    );
    await expect(page.getByRole('link', {name: 'Every question with its answer'})).toBeVisible();
    await page.goto('/docs/practice/flashcards');
    await expect(page.getByTestId('flashcards').locator('noscript > p')).toContainText(
      'Flashcards need JavaScript',
    );
  });
});

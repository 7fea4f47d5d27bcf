import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import {OPTION_IDS} from '@site/src/data';
import {OPTION_QUESTIONS} from '@site/src/widgets/Practice/logic/shown';
import {checkYourself} from '@site/src/widgets/Practice/logic/select';
import checkYourselfPlugin from './checkYourself';

const siteDir = path.resolve(__dirname, '..', '..');

/** What the plugin writes, file by file, as the browser reads it back. */
async function written(): Promise<Map<string, unknown>> {
  const plugin = checkYourselfPlugin({siteDir} as LoadContext);
  const content = await plugin.loadContent?.();
  const files = new Map<string, unknown>();
  const actions = {
    createData: (name: string, data: string) => {
      files.set(name, JSON.parse(data));
      return Promise.resolve(name);
    },
  } as unknown as PluginContentLoadedActions;
  await plugin.contentLoaded?.({content: content as never, actions});
  return files;
}

test('each option page ships exactly the questions checkYourself() picks from its module', async () => {
  const files = await written();
  assert.deepEqual([...files.keys()].sort(), OPTION_IDS.map((option) => `${option}.json`).sort());
  for (const option of OPTION_IDS) {
    const picked = checkYourself(OPTION_QUESTIONS[option], option);
    assert.ok(picked.length >= 4 && picked.length <= 6, `${option}: ${picked.length} questions`);
    // Through JSON and back, as the page gets them: nothing lost or added on the way.
    assert.deepEqual(files.get(`${option}.json`), picked, option);
  }
});

test('every option page has its block, for its own option', () => {
  const docs = path.join(siteDir, 'docs');
  const blocks = readdirSync(docs)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) =>
      [...readFileSync(path.join(docs, file), 'utf8').matchAll(/<CheckYourself\s+([^>]*)\/>/g)].map(
        (match) => match[1]?.trim() ?? '',
      ),
    );
  assert.deepEqual(
    blocks.sort(),
    OPTION_IDS.map((option) => `option="${option}"`).sort(),
    'one <CheckYourself option="…" /> per option, with no other props',
  );
});

import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import jiti from 'jiti';
import type {OptionId} from '@site/src/data';
import type {Question} from '@site/src/data/questions';
import type * as Shown from '@site/src/widgets/Practice/logic/shown';

/*
 * The questions of each option page's "Check yourself" block, chosen at build time by the same
 * `checkYourself()` the tests use, written as one small JSON module per option:
 * `@generated/check-yourself/default/<option>.json`. The block loads its option's file, so a page
 * carries its five questions, not its option's whole file.
 *
 * Docusaurus loads this file without the `@site/` alias the data modules use, so they are loaded
 * through a loader that knows it (afresh each time, so `docusaurus start` sees edits).
 */

export const PLUGIN_NAME = 'check-yourself';

type Sets = Record<OptionId, Question[]>;

export default function checkYourselfPlugin(context: LoadContext): Plugin {
  const {siteDir} = context;
  return {
    name: PLUGIN_NAME,
    getPathsToWatch() {
      return [
        path.join(siteDir, 'src/data/questions/*.ts'),
        path.join(siteDir, 'src/data/questions/bank/*.json'),
        path.join(siteDir, 'src/widgets/Practice/logic/*.ts'),
      ];
    },
    loadContent() {
      const load = jiti(__filename, {
        alias: {'@site': siteDir},
        interopDefault: true,
        requireCache: false,
      });
      const {allShownQuestions} = load('@site/src/widgets/Practice/logic/shown') as typeof Shown;
      return Promise.resolve(allShownQuestions());
    },
    async contentLoaded({content, actions}) {
      for (const [option, questions] of Object.entries(content as Sets))
        await actions.createData(`${option}.json`, JSON.stringify(questions));
    },
  };
}

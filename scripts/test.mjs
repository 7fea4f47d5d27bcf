// `npm test`: everything CI checks, in order, on a fresh clone or a working copy.
import {ensureBrowser, ensureDependencies, run} from './steps.mjs';

const started = Date.now();
ensureDependencies();
ensureBrowser();
run('Typecheck', 'npx', ['tsc']);
run('Lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('Formatting', 'npx', ['prettier', '--check', '.']);
run('CSS lint', 'npx', ['stylelint', '**/*.css']);
run('Logic tests', 'npm', ['run', '--silent', 'test:logic']);
run('Build', 'npx', ['docusaurus', 'build']);
run('Browser tests', 'npx', ['playwright', 'test']);
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

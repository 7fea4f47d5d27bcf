// `npm run bench`: measures the site against the vanilla Docusaurus template, side by side.
// This entry point is plain Node.js because a fresh clone may have no dependencies yet: it installs
// them and finds a Chromium, then runs scripts/bench-run.ts (which documents the options) with tsx.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {ensureBrowser, ensureDependencies, root} from './steps.mjs';

ensureDependencies();
ensureBrowser();
const result = spawnSync(
  path.join(root, 'node_modules', '.bin', 'tsx'),
  [path.join(root, 'scripts', 'bench-run.ts'), ...process.argv.slice(2)],
  {cwd: root, stdio: 'inherit'},
);
process.exit(result.status ?? 1);

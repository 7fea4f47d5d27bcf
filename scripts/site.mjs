// `npm run site`: installs what is needed, builds the production site and serves it locally.
import {ensureDependencies, run} from './steps.mjs';

const port = process.env.PORT ?? '3000';
ensureDependencies();
run('Build', 'npx', ['docusaurus', 'build']);
console.log(`\nServing the built site at http://localhost:${port}/ (Ctrl+C to stop).`);
run('Serve', 'npx', ['docusaurus', 'serve', '--no-open', '--port', port]);

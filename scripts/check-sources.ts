// `npm run check:sources`: reads every AWS page the data cites and checks that each value's quote
// (AWS's own sentence) is still there. Prints a report; exits 1 when a quote changed, a page is
// gone or moved, or a page could not be read. It never edits data.
//
//   npm run check:sources                        all values
//   npm run check:sources -- --only lambda.      values whose id starts with "lambda."
//   npm run check:sources -- --markdown report.md --json report.json
import {writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {checkSources, type Fetcher} from './check-sources/check';
import {quotedValues} from './check-sources/entries';
import {exitCode, jsonReport, markdownReport, textReport} from './check-sources/report';

const USER_AGENT =
  'aws-inference-guide-source-check (+https://github.com/aws-inference-guide/aws-inference-guide)';

/** The network, one request at a time, redirects left to the checker. */
const fetchFromNetwork: Fetcher = (url) =>
  fetch(url, {
    redirect: 'manual',
    headers: {'user-agent': USER_AGENT, accept: 'text/markdown, text/html;q=0.9, */*;q=0.1'},
    signal: AbortSignal.timeout(30_000),
  });

async function main(): Promise<number> {
  const {values: args} = parseArgs({
    options: {
      only: {type: 'string', multiple: true},
      markdown: {type: 'string'},
      json: {type: 'string'},
      'run-url': {type: 'string'},
    },
  });
  const prefixes = args.only ?? [];
  const values = quotedValues().filter(
    (value) => prefixes.length === 0 || prefixes.some((prefix) => value.id.startsWith(prefix)),
  );
  const sources = new Set(values.filter((value) => value.quote).map((value) => value.source));
  console.log(`Checking ${values.length} values against ${sources.size} AWS pages…`);
  const results = await checkSources(values, fetchFromNetwork, {
    delayMs: 500,
    onSource: (source, checked) =>
      console.log(`  ${checked.map((result) => result.status).join(', ')}  ${source}`),
  });
  console.log(`\n${textReport(results)}`);
  const date = new Date().toISOString().slice(0, 10);
  if (args.markdown)
    writeFileSync(args.markdown, markdownReport(results, {date, runUrl: args['run-url']}));
  if (args.json) writeFileSync(args.json, jsonReport(results, date));
  return exitCode(results);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

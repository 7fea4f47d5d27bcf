import {DRIFT, type CheckResult, type Status} from './check';
import {wordDiff} from './nearest';

const ORDER: readonly Status[] = ['changed', 'gone', 'moved', 'unreachable', 'found', 'unquoted'];

const LABEL: Record<Status, string> = {
  found: 'still there',
  moved: 'moved',
  changed: 'changed',
  gone: 'page gone',
  unreachable: 'not checked',
  unquoted: 'no quote',
};

export function counts(results: readonly CheckResult[]): Record<Status, number> {
  const tally = Object.fromEntries(ORDER.map((status) => [status, 0])) as Record<Status, number>;
  for (const result of results) tally[result.status] += 1;
  return tally;
}

export function drifted(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((result) => DRIFT.includes(result.status));
}

/** 1 when any quote drifted or could not be checked, else 0. */
export function exitCode(results: readonly CheckResult[]): number {
  return drifted(results).length > 0 ? 1 : 0;
}

function summaryLine(results: readonly CheckResult[]): string {
  const tally = counts(results);
  return ORDER.filter((status) => tally[status] > 0)
    .map((status) => `${tally[status]} ${LABEL[status]}`)
    .join(', ');
}

function sorted(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort(
    (a, b) =>
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
      a.value.label.localeCompare(b.value.label),
  );
}

/** The report for a terminal: one line per value, details under each drifted one. */
export function textReport(results: readonly CheckResult[]): string {
  const lines: string[] = [];
  for (const result of sorted(results)) {
    const {value} = result;
    lines.push(`${LABEL[result.status].padEnd(11)}  ${value.label}  ${value.source}`);
    if (result.finalUrl) lines.push(`             now at ${result.finalUrl}`);
    if (result.status === 'changed') {
      lines.push(`             quote:   ${value.quote ?? ''}`);
      if (result.nearest) {
        const percent = Math.round(result.nearest.similarity * 100);
        lines.push(`             nearest: ${result.nearest.passage} (${percent}% alike)`);
        lines.push(`             diff:    ${wordDiff(value.quote ?? '', result.nearest.passage)}`);
      }
    }
    if (result.detail && result.status !== 'found') lines.push(`             ${result.detail}`);
  }
  lines.push('', `${results.length} values: ${summaryLine(results)}.`);
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdownDiff(quote: string, passage: string): string {
  return wordDiff(quote, passage)
    .replace(/\[-([\s\S]*?)-\]/g, (_, removed: string) => `~~${removed.trim()}~~ `)
    .replace(/\{\+([\s\S]*?)\+\}/g, (_, added: string) => `**${added.trim()}** `);
}

export interface MarkdownOptions {
  /** ISO date of the run. */
  date: string;
  /** A link to the run's log, when there is one. */
  runUrl?: string;
}

/**
 * The report as the body of the tracking issue: what drifted, with links, then a count of the
 * rest. It tells a maintainer what to check; it changes nothing.
 */
export function markdownReport(results: readonly CheckResult[], options: MarkdownOptions): string {
  const drift = sorted(drifted(results));
  const lines = [
    `The weekly source check on ${options.date} read every AWS page the guide cites and looked for the sentence each value quotes.`,
    '',
    `**${summaryLine(results)}.**`,
    '',
  ];
  const quoted = results.filter((result) => result.status !== 'unquoted').length;
  if (quoted === 0) {
    lines.push('No value has a quote to check yet.');
  } else if (drift.length === 0) {
    lines.push('Every quote was found where the guide cites it.');
  } else {
    lines.push(
      'For each value below, open the source, find what AWS states today, and update the entry in `src/data/` (value, `quote`, `verifiedOn`; keep the old value in `previous`). CONTRIBUTING.md explains how. The check itself never edits data.',
      '',
    );
    for (const result of drift) {
      const {value} = result;
      const shown = value.shown ? ` (the guide shows ${value.shown})` : '';
      lines.push(`### ${value.label}: ${LABEL[result.status]}`, '');
      lines.push(`- Source: ${value.source}${shown}`);
      if (result.finalUrl) lines.push(`- Now at: ${result.finalUrl}`);
      if (value.quote) lines.push(`- Quote: “${value.quote}”`);
      if (result.status === 'changed' && result.nearest) {
        const percent = Math.round(result.nearest.similarity * 100);
        lines.push(`- Nearest passage now (${percent}% alike): “${result.nearest.passage}”`);
        lines.push(`- Difference: ${markdownDiff(value.quote ?? '', result.nearest.passage)}`);
      }
      if (result.detail) lines.push(`- ${result.detail}`);
      lines.push('');
    }
  }
  const unquoted = results.filter((result) => result.status === 'unquoted');
  if (unquoted.length > 0) {
    lines.push(
      '',
      `<details><summary>${unquoted.length} values have no quote to check</summary>`,
      '',
      '| value | why there is no quote |',
      '| --- | --- |',
      ...unquoted.map((result) => `| ${cell(result.value.label)} | ${cell(result.detail ?? '')} |`),
      '',
      '</details>',
    );
  }
  if (options.runUrl) lines.push('', `Run log: ${options.runUrl}`);
  return `${lines.join('\n').trim()}\n`;
}

/** The results as JSON, for other tools. */
export function jsonReport(results: readonly CheckResult[], date: string): string {
  return `${JSON.stringify({date, counts: counts(results), results}, null, 2)}\n`;
}

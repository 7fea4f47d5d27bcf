import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Feed} from 'feed';
import {DATASETS, type Dataset} from '@site/src/data/datasets';
import {CHANGELOG, latestDate, type ChangelogItem} from '@site/src/lib/changelog';
import {valueText} from '@site/src/lib/limitText';
import {pageToMarkdown} from './markdown';
import {DATA_LICENSE, PATHS, siteRoot, siteUrl, type GuidePage, type SiteInfo} from './site';

/*
 * The open-data files, generated from the same modules as the pages: one JSON file per dataset
 * (/limits.json), the Atom feed of the changelog, and /llms.txt and /llms-full.txt.
 */

export interface OutputFile {
  /** Path under the build folder. */
  path: string;
  content: string;
}

function latest(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}

/** Adds the value as the pages show it ("25 MB") beside every stated value. */
function withShown<T extends object>(value: T): T & {shown?: string} {
  const stated = value as {value?: unknown; unit?: unknown};
  if (typeof stated.value !== 'number' || typeof stated.unit !== 'string') return value;
  return {...value, shown: valueText(value as never)};
}

/** One dataset as JSON: every entry with its value, unit, source, quote and dates. */
export function datasetJson(dataset: Dataset, site: SiteInfo): string {
  const key = dataset.file.replace(/\.json$/, '');
  const entries = dataset.entries.map((entry) => ({
    ...withShown(entry),
    ...(entry.previous ? {previous: entry.previous.map(withShown)} : {}),
    ...(entry.conflicting ? {conflicting: entry.conflicting.map(withShown)} : {}),
  }));
  const document = {
    title: `${site.title}: ${dataset.title}`,
    description: `Every ${dataset.kind} the guide shows. Each entry gives the value and unit as AWS states them, the AWS page that states it (source), AWS's own sentence (quote) or why there is none (unquoted), the day it was read there (verifiedOn), older values (previous) and values other AWS pages state today (conflicting, with status "disputed"). "shown" is the value as the guide prints it.`,
    homepage: siteUrl(site, dataset.page),
    license: {
      ...DATA_LICENSE,
      attribution: `${site.title} (${siteRoot(site)})`,
    },
    quotes:
      "Each quote is a short excerpt of the AWS page in its entry's source, cited as evidence for the value. It remains Amazon Web Services' text and is not covered by the licence above.",
    repository: site.repositoryUrl,
    updated: latest(dataset.entries.map((entry) => entry.verifiedOn)),
    count: entries.length,
    [key]: entries,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A YYYY-MM or YYYY-MM-DD date as a Date at midnight UTC. */
function dateOf(isoDate: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function itemHtml(item: ChangelogItem): string {
  const values = item.values.map((value) => `<li>${escapeHtml(value)}</li>`).join('');
  const links = item.links
    .map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`)
    .join('; ');
  return `<p>${escapeHtml(item.dateLabel)}.</p><p>${escapeHtml(item.summary)}</p><ul>${values}</ul><p>Sources: ${links}</p>`;
}

/** The changelog as an Atom feed, one entry per item. */
export function changesFeed(site: SiteInfo, items: readonly ChangelogItem[] = CHANGELOG): string {
  const page = siteUrl(site, PATHS.changesPage);
  const feed = new Feed({
    title: `${site.title}: what changed`,
    description:
      'AWS limits that changed or that AWS pages disagree on, and what the guide changed in response.',
    id: page,
    link: page,
    language: 'en',
    updated: dateOf(latestDate(items) ?? '1970-01-01'),
    feedLinks: {atom: siteUrl(site, PATHS.feed)},
    copyright: `Data under ${DATA_LICENSE.name} (${DATA_LICENSE.url})`,
    author: {name: site.title, link: siteRoot(site)},
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: `${page}#${item.anchor}`,
      link: `${page}#${item.anchor}`,
      date: dateOf(item.date),
      description: `${item.dateLabel}. ${item.summary}`,
      content: itemHtml(item),
    });
  }
  return feed.atom1();
}

/** The llms.txt index (llmstxt.org): the guide's pages by section, then the data files. */
export function llmsIndex(site: SiteInfo, pages: readonly GuidePage[]): string {
  const sections = new Map<string, GuidePage[]>();
  for (const page of pages)
    sections.set(page.section, [...(sections.get(page.section) ?? []), page]);
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.tagline}`,
    '',
    "A study guide for the AWS Certified AI Practitioner and Machine Learning Engineer exams, and for engineers choosing how to deploy a model. Every AWS number on it comes from one data module, with the AWS page that states it, AWS's own sentence where one was found, and the date it was checked; where AWS pages disagree, both values are shown. Quote values with their source and date: AWS changes its limits.",
    '',
  ];
  for (const [section, members] of sections) {
    lines.push(`## ${section}`, '');
    for (const page of members) {
      const description = page.description ? `: ${page.description}` : '';
      lines.push(`- [${page.title}](${site.origin}${page.permalink})${description}`);
    }
    lines.push('');
  }
  lines.push('## Data', '');
  for (const dataset of DATASETS) {
    lines.push(
      `- [${dataset.title} (JSON)](${siteUrl(site, dataset.file)}): every ${dataset.kind} with its value, unit, AWS source, AWS's quote and the date it was checked; ${DATA_LICENSE.name}`,
    );
  }
  lines.push(
    `- [Full text](${siteUrl(site, PATHS.llmsFull)}): every page above as Markdown, with the numbers filled in from the data`,
    `- [What changed (Atom feed)](${siteUrl(site, PATHS.feed)}): limits that changed at AWS or that AWS pages disagree on`,
    '',
    '## Optional',
    '',
    `- [Source code and data module](${site.repositoryUrl}): how each number is sourced and checked`,
    '',
  );
  return lines.join('\n');
}

/** Every guide page as Markdown, with numbers filled in from the data. */
export function llmsFull(
  site: SiteInfo,
  pages: readonly GuidePage[],
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): string {
  const byFile = new Map(
    pages.map((page) => [path.resolve(page.file), `${site.origin}${page.permalink}`]),
  );
  const parts = [
    `# ${site.title}: full text`,
    '',
    `> ${site.tagline}`,
    '',
    `Every page of ${siteRoot(site)} as Markdown. Values come from the guide's data module, each with its AWS source and the date it was checked (${siteUrl(site, DATASETS[0]?.file ?? '')}); interactive calculators are left as a link to their page.`,
  ];
  for (const page of pages) {
    const url = `${site.origin}${page.permalink}`;
    const body = pageToMarkdown(read(page.file), {
      file: path.resolve(page.file),
      url,
      siteRoot: siteRoot(site),
      urlOfFile: (file) => byFile.get(path.resolve(file)),
    });
    parts.push('', '---', '', `Page: ${url}`, '', body);
  }
  return `${parts.join('\n')}\n`;
}

/** Every open-data file, ready to write into the build folder. */
export function openDataFiles(site: SiteInfo, pages: readonly GuidePage[]): OutputFile[] {
  return [
    ...DATASETS.map((dataset) => ({path: dataset.file, content: datasetJson(dataset, site)})),
    {path: PATHS.feed, content: changesFeed(site)},
    {path: PATHS.llms, content: llmsIndex(site, pages)},
    {path: PATHS.llmsFull, content: llmsFull(site, pages)},
  ];
}

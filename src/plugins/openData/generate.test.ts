import assert from 'node:assert/strict';
import path from 'node:path';
import {describe, it} from 'node:test';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import type {Root} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {SKIP, visit} from 'unist-util-visit';
import {LIMITS} from '@site/src/data';
import {DATASETS} from '@site/src/data/datasets';
import {CHANGELOG} from '@site/src/lib/changelog';
import {formatStated} from '@site/src/lib/units';
import {normalise, numbersFromData} from '@site/test/support/dataNumbers';
import {docsPages} from '@site/test/support/docsPages';
import {typedLimits} from '@site/test/support/prose';
import {changesFeed, datasetJson, llmsFull, llmsIndex, openDataFiles} from './generate';
import {DATA_LICENSE, PATHS, type SiteInfo} from './site';

const root = path.join(__dirname, '..', '..', '..');
const site: SiteInfo = {
  origin: 'https://example.test',
  baseUrl: '/guide/',
  title: 'AWS Inference Guide',
  tagline: 'The six ways to run inference on AWS.',
  repositoryUrl: 'https://github.com/owner/repo',
};
const pages = docsPages(root);

/** Drops the "shown" text the JSON adds beside each value. */
function withoutShown(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutShown);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'shown')
        .map(([key, inner]) => [key, withoutShown(inner)]),
    );
  }
  return value;
}

function markdownText(markdown: string): string[] {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type === 'text') texts.push(node.value);
    return undefined;
  });
  return texts;
}

describe('/limits.json', () => {
  const dataset = DATASETS.find((item) => item.file === 'limits.json');
  assert.ok(dataset);
  const json = JSON.parse(datasetJson(dataset, site)) as Record<string, unknown> & {
    limits: Record<string, unknown>[];
  };

  it('states its licence, its attribution and that quotes stay AWS text', () => {
    assert.deepEqual(json.license, {
      ...DATA_LICENSE,
      attribution: 'AWS Inference Guide (https://example.test/guide)',
    });
    assert.match(String(json.quotes), /Amazon Web Services/);
    assert.equal(json.homepage, 'https://example.test/guide/docs/limits');
  });

  it('holds every limit, exactly as the data module has it', () => {
    assert.equal(json.count, LIMITS.length);
    assert.equal(json.limits.length, LIMITS.length);
    assert.deepEqual(withoutShown(json.limits), JSON.parse(JSON.stringify(LIMITS)));
  });

  it('gives each value the text the pages show, and each entry the fields a reader needs', () => {
    json.limits.forEach((entry, i) => {
      const limit = LIMITS[i];
      assert.ok(limit);
      assert.equal(entry.shown, formatStated(limit));
      for (const field of [
        'id',
        'value',
        'unit',
        'source',
        'sourceTitle',
        'verifiedOn',
        'status',
      ]) {
        assert.ok(field in entry, `${limit.id} has ${field}`);
      }
      for (const older of (entry.previous ?? []) as {shown: string}[]) {
        assert.match(older.shown, /\d/);
      }
    });
  });

  it('is dated by the newest verified-on date', () => {
    assert.equal(
      json.updated,
      LIMITS.map((limit) => limit.verifiedOn)
        .sort()
        .at(-1),
    );
  });
});

describe('the changes feed', () => {
  const xml = changesFeed(site);
  const feed = new XMLParser({ignoreAttributes: false, attributeNamePrefix: ''}).parse(xml) as {
    feed: {
      id: string;
      link: {rel: string; href: string}[];
      entry: {id: string; title: {'#text': string}; updated: string; link: {href: string}}[];
    };
  };

  it('is well-formed XML in the Atom namespace', () => {
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  });

  it('has one entry per changelog item, each linking to its place on the changes page', () => {
    const entries = feed.feed.entry;
    assert.equal(entries.length, CHANGELOG.length);
    assert.equal(new Set(entries.map((entry) => entry.id)).size, entries.length);
    entries.forEach((entry, i) => {
      const item = CHANGELOG[i];
      assert.ok(item);
      assert.equal(entry.link.href, `https://example.test/guide/docs/changes#${item.anchor}`);
      assert.equal(entry.title['#text'], item.title);
      assert.equal(entry.updated.slice(0, item.date.length), item.date);
    });
  });

  it('names its own address and the page it mirrors', () => {
    const rels = Object.fromEntries(feed.feed.link.map((link) => [link.rel, link.href]));
    assert.equal(rels.self, `https://example.test/guide/${PATHS.feed}`);
    assert.equal(rels.alternate, 'https://example.test/guide/docs/changes');
  });
});

describe('/llms.txt', () => {
  const text = llmsIndex(site, pages);
  const lines = text.split('\n');

  it('follows the llms.txt layout: a title, a summary, then sections of links', () => {
    assert.equal(lines[0], `# ${site.title}`);
    assert.equal(lines[2], `> ${site.tagline}`);
    assert.ok(lines.includes('## Data'));
    assert.ok(lines.includes('## Optional'));
  });

  it('links every page and every data file', () => {
    for (const page of pages) {
      assert.ok(
        text.includes(`[${page.title}](https://example.test${page.permalink})`),
        page.title,
      );
    }
    for (const file of [...DATASETS.map((dataset) => dataset.file), PATHS.llmsFull, PATHS.feed]) {
      assert.ok(text.includes(`(https://example.test/guide/${file})`), file);
    }
  });

  it('types no number', () => {
    assert.deepEqual(typedLimits(text), []);
  });
});

describe('/llms-full.txt', () => {
  const text = llmsFull(site, pages);

  it('has every page, under its address', () => {
    for (const page of pages) {
      assert.ok(text.includes(`\nPage: https://example.test${page.permalink}\n`), page.permalink);
    }
  });

  it('leaves no component, import or comment behind', () => {
    const prose = markdownText(text).join('\n');
    assert.doesNotMatch(prose, /<[A-Z][A-Za-z]*[\s/>]/);
    assert.doesNotMatch(text, /^import .* from '@site\//m);
    assert.doesNotMatch(text, /\{\/\*/);
  });

  it('prints only numbers that come from the data module, outside code', () => {
    const allowed = numbersFromData();
    const typed = markdownText(text).flatMap(typedLimits).map(normalise);
    assert.ok(typed.length > 100, `found ${typed.length} numbers`);
    assert.deepEqual(
      [...new Set(typed.filter((number) => !allowed.has(number)))],
      [],
      'numbers the data does not state',
    );
  });

  it('shows every limit the limits page lists, as the pages format it', () => {
    for (const limit of LIMITS) {
      assert.ok(text.includes(`| ${formatStated(limit)}`), `${limit.id}: ${formatStated(limit)}`);
    }
  });
});

describe('the files the plugin writes', () => {
  it('are the datasets, the feed and both llms files', () => {
    assert.deepEqual(
      openDataFiles(site, pages.slice(0, 1)).map((file) => file.path),
      [...DATASETS.map((dataset) => dataset.file), PATHS.feed, PATHS.llms, PATHS.llmsFull],
    );
  });
});

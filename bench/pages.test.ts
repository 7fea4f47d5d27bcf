import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import path from 'node:path';
import {docsPages} from '@site/test/support/docsPages';
import {SITE_PAGES, TEMPLATE_PAGES} from './pages';

const root = path.resolve(import.meta.dirname, '..');
const permalinks = new Set(docsPages(root).map((page) => page.permalink.replace(/\/$/, '')));

describe('the benchmark page list', () => {
  it('gives every page a unique id and path', () => {
    assert.equal(new Set(SITE_PAGES.map((page) => page.id)).size, SITE_PAGES.length);
    assert.equal(new Set(SITE_PAGES.map((page) => page.path)).size, SITE_PAGES.length);
    for (const page of SITE_PAGES) assert.match(page.id, /^[a-z0-9-]+$/, page.id);
  });

  it('names pages the guide has: the home page or a page of docs/', () => {
    for (const page of SITE_PAGES) {
      if (page.reference === 'home') assert.equal(page.path, '/', page.id);
      else assert.ok(permalinks.has(page.path), `${page.id}: no page ${page.path} in docs/`);
    }
  });

  it('has exactly one plain doc page, without calculators, to compare widget pages with', () => {
    const plain = SITE_PAGES.filter((page) => page.plain);
    assert.equal(plain.length, 1);
    assert.equal(plain[0]?.widgets, undefined);
    assert.equal(plain[0]?.reference, 'doc');
  });

  it('judges every page against a template page that is measured', () => {
    for (const page of SITE_PAGES) assert.ok(TEMPLATE_PAGES[page.reference], page.id);
  });
});

import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {chunkNames, chunkNamesForPath, filesToPrefetch, type ChunkTree} from './prefetch';

// The shape Docusaurus generates for a docs site: three layout routes share `/docs`.
const ROUTES: Record<string, ChunkTree> = {
  '/-e5f': {__comp: 'home', __context: {plugin: 'pages'}},
  '/docs-5e9': {__comp: 'docsRoot', __context: {plugin: 'docs'}},
  '/docs-aba': {__comp: 'docVersion', __props: 'version'},
  '/docs-a7b': {__comp: 'docRoutes'},
  '/docs/lambda-46d': {__comp: 'docItem', content: 'lambda'},
  '/docs/limits-tab-12a': {__comp: 'docItem', content: 'limitsTab'},
  '/search-1f3': {__comp: 'search', items: [{a: 'index1'}, {a: 'index2'}]},
};
const FILE_OF = (name: string) => `/assets/js/${name}.js`;

describe('chunkNames', () => {
  it('lists the leaves of nested objects and arrays in order', () => {
    assert.deepEqual(chunkNames({a: 'x', b: {c: 'y', d: [{e: 'z'}]}}), ['x', 'y', 'z']);
  });

  it('gives nothing for an empty tree', () => {
    assert.deepEqual(chunkNames({}), []);
  });
});

describe('chunkNamesForPath', () => {
  it('collects every route registered for the path, not one with a longer path', () => {
    assert.deepEqual(chunkNamesForPath(ROUTES, '/docs'), [
      'docsRoot',
      'docs',
      'docVersion',
      'version',
      'docRoutes',
    ]);
  });

  it('strips only the last dash and hash, so a dash inside the path still matches', () => {
    assert.deepEqual(chunkNamesForPath(ROUTES, '/docs/limits-tab'), ['docItem', 'limitsTab']);
    assert.deepEqual(chunkNamesForPath(ROUTES, '/docs/limits'), []);
  });

  it('gives nothing for a path no route has', () => {
    assert.deepEqual(chunkNamesForPath(ROUTES, '/nowhere'), []);
  });
});

describe('filesToPrefetch', () => {
  it('lists each file once, although the layout routes share a path and a component', () => {
    const files = filesToPrefetch(
      ROUTES,
      ['/docs', '/docs', '/docs', '/docs/lambda'],
      FILE_OF,
      new Set(),
    );
    assert.deepEqual(files, [
      '/assets/js/docsRoot.js',
      '/assets/js/docs.js',
      '/assets/js/docVersion.js',
      '/assets/js/version.js',
      '/assets/js/docRoutes.js',
      '/assets/js/docItem.js',
      '/assets/js/lambda.js',
    ]);
    assert.equal(new Set(files).size, files.length);
  });

  it('leaves out the files already fetched or prefetched', () => {
    const known = new Set([
      '/assets/js/docsRoot.js',
      '/assets/js/docs.js',
      '/assets/js/docItem.js',
    ]);
    assert.deepEqual(filesToPrefetch(ROUTES, ['/docs', '/docs/lambda'], FILE_OF, known), [
      '/assets/js/docVersion.js',
      '/assets/js/version.js',
      '/assets/js/docRoutes.js',
      '/assets/js/lambda.js',
    ]);
  });

  it('skips names the bundler merged away (no file, or a path containing "undefined")', () => {
    const fileOf = (name: string) =>
      name === 'home' ? undefined : name === 'pages' ? '/assets/js/undefined.js' : FILE_OF(name);
    assert.deepEqual(filesToPrefetch(ROUTES, ['/'], fileOf, new Set()), []);
  });

  it('gives nothing when everything is known', () => {
    const all = new Set(chunkNamesForPath(ROUTES, '/search').map(FILE_OF));
    assert.deepEqual(filesToPrefetch(ROUTES, ['/search'], FILE_OF, all), []);
  });
});

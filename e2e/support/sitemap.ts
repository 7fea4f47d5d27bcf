import {readFileSync} from 'node:fs';
import path from 'node:path';

/** The path of every page listed in the built sitemap, for tests that walk the whole site. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(__dirname, '..', '..', 'build', 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  if (paths.length === 0) throw new Error('build/sitemap.xml lists no pages');
  return paths;
}

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import type {GuidePage} from '@site/src/plugins/openData/site';

/** The guide's MDX files, found on disk. */
export function docsFiles(docsDir: string): string[] {
  return readdirSync(docsDir, {withFileTypes: true})
    .flatMap((entry) => {
      const full = path.join(docsDir, entry.name);
      if (entry.isDirectory()) return docsFiles(full);
      return /\.mdx?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/**
 * The guide's pages as the build lists them, approximated from the files for tests that run
 * without a build: the title from front matter, the address from the path ("tools/index.mdx" is
 * "/docs/tools/").
 */
export function docsPages(root: string): GuidePage[] {
  const docsDir = path.join(root, 'docs');
  return docsFiles(docsDir).map((file) => {
    const source = readFileSync(file, 'utf8');
    const front = (parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as {
      title?: string;
      description?: string;
    };
    const route = path
      .relative(docsDir, file)
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '$1');
    return {
      file,
      permalink: `/docs/${route}`,
      title: front.title ?? route,
      description: front.description,
      section: 'Guide',
    };
  });
}

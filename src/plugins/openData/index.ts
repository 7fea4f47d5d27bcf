import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {AllContent, LoadContext, Plugin} from '@docusaurus/types';
import jiti from 'jiti';
import type * as Generate from './generate';
import {PATHS, type GuidePage, type SiteInfo} from './site';

/*
 * Open data, generated at build time from the same modules as the pages: /limits.json, the Atom
 * feed of /docs/changes (linked from every page's head), /llms.txt and /llms-full.txt.
 *
 * Docusaurus loads this file without the `@site/` alias the data modules use, so the generator is
 * loaded through a loader that knows the alias.
 */

interface DocMetadata {
  id: string;
  title: string;
  description: string;
  source: string;
  permalink: string;
  unlisted?: boolean;
}

interface SidebarItem {
  type: string;
  id?: string;
  label?: string;
  items?: SidebarItem[];
  link?: {type: string; id?: string};
}

interface DocsContent {
  loadedVersions: {docs: DocMetadata[]; sidebars: Record<string, SidebarItem[]>}[];
}

/** Every listed doc, in sidebar order, with the section of the sidebar it is in. */
export function guidePages(allContent: AllContent, siteDir: string): GuidePage[] {
  const docs = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)
    ?.loadedVersions[0];
  if (!docs) return [];
  const byId = new Map(docs.docs.map((doc) => [doc.id, doc]));
  const ordered: {id: string; section: string}[] = [];
  const walk = (items: readonly SidebarItem[], section: string): void => {
    for (const item of items) {
      if ((item.type === 'doc' || item.type === 'ref') && item.id)
        ordered.push({id: item.id, section});
      if (item.type === 'category') {
        const label = item.label ?? section;
        if (item.link?.type === 'doc' && item.link.id)
          ordered.push({id: item.link.id, section: label});
        walk(item.items ?? [], label);
      }
    }
  };
  for (const sidebar of Object.values(docs.sidebars)) walk(sidebar, 'Guide');
  for (const doc of docs.docs) ordered.push({id: doc.id, section: 'More pages'});
  const seen = new Set<string>();
  const pages: GuidePage[] = [];
  for (const {id, section} of ordered) {
    const doc = byId.get(id);
    if (!doc || doc.unlisted || seen.has(id)) continue;
    seen.add(id);
    pages.push({
      file: path.join(siteDir, doc.source.replace(/^@site\//, '')),
      permalink: doc.permalink,
      title: doc.title,
      description: doc.description || undefined,
      section,
    });
  }
  return pages;
}

export default function openData(context: LoadContext): Plugin {
  const {siteConfig, siteDir} = context;
  const site: SiteInfo = {
    origin: siteConfig.url.replace(/\/+$/, ''),
    baseUrl: siteConfig.baseUrl,
    title: siteConfig.title,
    tagline: siteConfig.tagline,
    repositoryUrl: `https://github.com/${siteConfig.organizationName ?? ''}/${siteConfig.projectName ?? ''}`,
  };
  let pages: GuidePage[] = [];
  return {
    name: 'open-data',
    allContentLoaded({allContent}) {
      pages = guidePages(allContent, siteDir);
    },
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/atom+xml',
              title: `${siteConfig.title}: what changed`,
              href: `${siteConfig.baseUrl}${PATHS.feed}`,
            },
          },
        ],
      };
    },
    async postBuild({outDir}) {
      const load = jiti(__filename, {alias: {'@site': siteDir}, interopDefault: true});
      const {openDataFiles} = load('./generate') as typeof Generate;
      for (const file of openDataFiles(site, pages)) {
        await writeFile(path.join(outDir, file.path), file.content);
      }
    },
  };
}

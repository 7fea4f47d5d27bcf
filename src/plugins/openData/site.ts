/** The site as the open-data files describe it. */
export interface SiteInfo {
  /** "https://example.github.io" */
  origin: string;
  /** "/" or "/repository/" */
  baseUrl: string;
  title: string;
  tagline: string;
  repositoryUrl: string;
}

/** A guide page, in the order of the sidebar. */
export interface GuidePage {
  /** The MDX file, absolute. */
  file: string;
  /** The page's path on the site, with the base URL: "/docs/serverless". */
  permalink: string;
  title: string;
  description?: string;
  /** The sidebar section it belongs to: "Guide", "The six options", "Tools". */
  section: string;
}

/** Files the plugin writes at the site root, and the page the changelog lives on. */
export const PATHS = {
  feed: 'changes.xml',
  llms: 'llms.txt',
  llmsFull: 'llms-full.txt',
  changesPage: 'docs/changes',
} as const;

/** The licence of the open data. The guide's code is MIT-licensed; its data is CC BY 4.0. */
export const DATA_LICENSE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** "https://host/base" with no trailing slash. */
export function siteRoot(site: SiteInfo): string {
  return `${site.origin}${site.baseUrl}`.replace(/\/+$/, '');
}

/** The absolute address of a path under the site root ("docs/limits" or "/docs/limits"). */
export function siteUrl(site: SiteInfo, pathFromRoot: string): string {
  return `${siteRoot(site)}/${pathFromRoot.replace(/^\/+/, '')}`;
}

import {nearestPassage, type Nearest} from './nearest';
import type {QuotedValue} from './entries';
import {htmlBlocks, markdownBlocks, markdownUrl, normalise} from './text';

/** The part of a fetch Response the checker reads; tests pass recorded ones. */
export interface FetchedResponse {
  status: number;
  headers: {get(name: string): string | null};
  text(): Promise<string>;
}

/** Fetches one address without following redirects (the checker follows them itself). */
export type Fetcher = (url: string) => Promise<FetchedResponse>;

export type Status = 'found' | 'moved' | 'changed' | 'gone' | 'unreachable' | 'unquoted';

export interface CheckResult {
  value: QuotedValue;
  status: Status;
  /** Where the page is now, when a redirect led elsewhere. */
  finalUrl?: string;
  /** For `changed`: the passage now nearest to the quote. */
  nearest?: Nearest;
  /** Which version of the page was read, or why it could not be. */
  detail?: string;
}

/** Statuses that need a person to look at the source. */
export const DRIFT: readonly Status[] = ['changed', 'gone', 'moved', 'unreachable'];

interface Page {
  format: 'Markdown' | 'HTML';
  finalUrl: string;
  blocks: string[];
  text: string;
}

type Loaded =
  | {kind: 'page'; page: Page}
  | {kind: 'gone'; detail: string; finalUrl: string}
  | {kind: 'unreachable'; detail: string};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches an address, following up to five redirects. */
async function fetchFollowing(
  url: string,
  fetcher: Fetcher,
): Promise<{response: FetchedResponse; finalUrl: string}> {
  let current = url;
  for (let hop = 0; hop <= 5; hop += 1) {
    const response = await fetcher(current);
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || !location) return {response, finalUrl: current};
    current = new URL(location, current).href;
  }
  throw new Error(`more than five redirects from ${url}`);
}

async function load(url: string, format: Page['format'], fetcher: Fetcher): Promise<Loaded> {
  try {
    const {response, finalUrl} = await fetchFollowing(url, fetcher);
    if (response.status === 404 || response.status === 410) {
      return {kind: 'gone', detail: `HTTP ${response.status}`, finalUrl};
    }
    if (response.status !== 200) {
      return {kind: 'unreachable', detail: `HTTP ${response.status} from ${finalUrl}`};
    }
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    if (format === 'Markdown' && type.includes('html')) {
      return {kind: 'unreachable', detail: `${finalUrl} answered with HTML, not Markdown`};
    }
    const blocks = format === 'Markdown' ? markdownBlocks(body) : htmlBlocks(body);
    return {kind: 'page', page: {format, finalUrl, blocks, text: normalise(blocks.join('\n'))}};
  } catch (error) {
    return {kind: 'unreachable', detail: error instanceof Error ? error.message : String(error)};
  }
}

function sameAddress(a: string, b: string): boolean {
  const strip = (url: string): string => url.replace(/[#?].*$/, '').replace(/\/+$/, '');
  return strip(a) === strip(b);
}

function foundIn(value: QuotedValue, page: Page, requested: string): CheckResult {
  const moved = !sameAddress(page.finalUrl, requested);
  return {
    value,
    status: moved ? 'moved' : 'found',
    ...(moved ? {finalUrl: page.finalUrl} : {}),
    detail: `${page.format} version`,
  };
}

/**
 * Checks the values that cite one source: the Markdown version of the page first, where AWS
 * publishes one, then the HTML page for any quote the Markdown did not show.
 */
async function checkSource(
  source: string,
  values: readonly QuotedValue[],
  fetcher: Fetcher,
): Promise<CheckResult[]> {
  const results = new Map<QuotedValue, CheckResult>();
  const pages: Page[] = [];
  const markdown = markdownUrl(source);
  if (markdown) {
    const loaded = await load(markdown, 'Markdown', fetcher);
    if (loaded.kind === 'page') {
      pages.push(loaded.page);
      for (const value of values) {
        if (loaded.page.text.includes(normalise(value.quote ?? ''))) {
          results.set(value, foundIn(value, loaded.page, markdown));
        }
      }
    }
  }
  const rest = values.filter((value) => !results.has(value));
  if (rest.length > 0) {
    const loaded = await load(source, 'HTML', fetcher);
    if (loaded.kind === 'page') pages.push(loaded.page);
    for (const value of rest) {
      const quote = normalise(value.quote ?? '');
      if (loaded.kind === 'page' && loaded.page.text.includes(quote)) {
        results.set(value, foundIn(value, loaded.page, source));
      } else if (pages.length > 0) {
        const page = pages[pages.length - 1] as Page;
        const moved = !sameAddress(
          page.finalUrl,
          page.format === 'HTML' ? source : (markdown ?? ''),
        );
        results.set(value, {
          value,
          status: 'changed',
          ...(moved ? {finalUrl: page.finalUrl} : {}),
          nearest: nearestPassage(
            value.quote ?? '',
            pages.flatMap((read) => read.blocks),
          ),
          detail:
            loaded.kind === 'page'
              ? `read ${pages.map((read) => read.format).join(' and ')}`
              : `read Markdown only; the HTML page: ${loaded.detail}`,
        });
      } else if (loaded.kind === 'gone') {
        results.set(value, {
          value,
          status: 'gone',
          detail: loaded.detail,
          ...(sameAddress(loaded.finalUrl, source) ? {} : {finalUrl: loaded.finalUrl}),
        });
      } else if (loaded.kind === 'unreachable') {
        results.set(value, {value, status: 'unreachable', detail: loaded.detail});
      }
    }
  }
  return values.map((value) => results.get(value) as CheckResult);
}

export interface CheckOptions {
  /** Pause between sources, to be gentle with AWS's servers. */
  delayMs?: number;
  /** Called after each source, for progress output. */
  onSource?: (source: string, results: readonly CheckResult[]) => void;
}

/**
 * Checks every quoted value at its source, fetching each source once. Values without a quote
 * are reported as `unquoted` and fetch nothing.
 */
export async function checkSources(
  values: readonly QuotedValue[],
  fetcher: Fetcher,
  options: CheckOptions = {},
): Promise<CheckResult[]> {
  const bySource = new Map<string, QuotedValue[]>();
  for (const value of values) {
    if (value.quote) bySource.set(value.source, [...(bySource.get(value.source) ?? []), value]);
  }
  const checked = new Map<QuotedValue, CheckResult>();
  let first = true;
  for (const [source, group] of bySource) {
    if (!first && options.delayMs) await new Promise((done) => setTimeout(done, options.delayMs));
    first = false;
    const results = await checkSource(source, group, fetcher);
    for (const result of results) checked.set(result.value, result);
    options.onSource?.(source, results);
  }
  return values.map(
    (value) =>
      checked.get(value) ?? {
        value,
        status: 'unquoted',
        detail: value.unquoted ?? 'no quote and no reason given',
      },
  );
}

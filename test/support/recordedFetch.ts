import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Fetcher} from '@site/scripts/check-sources/check';

interface Recorded {
  url: string;
  status?: number;
  contentType?: string;
  location?: string;
  file?: string;
  error?: string;
}

/**
 * A fetcher that answers from recorded responses (test/fixtures/sources/responses.json) and
 * fails on any address it has no recording for, so a test can never reach the network.
 * `requests` lists every address asked for, in order.
 */
export function recordedFetch(dir: string): {fetcher: Fetcher; requests: string[]} {
  const recorded = JSON.parse(readFileSync(path.join(dir, 'responses.json'), 'utf8')) as Recorded[];
  const byUrl = new Map(recorded.map((item) => [item.url, item]));
  const requests: string[] = [];
  const fetcher: Fetcher = async (url) => {
    requests.push(url);
    const item = byUrl.get(url);
    if (!item) throw new Error(`No recorded response for ${url}`);
    if (item.error) throw new TypeError(item.error);
    const headers = new Headers();
    if (item.contentType) headers.set('content-type', item.contentType);
    if (item.location) headers.set('location', item.location);
    const body = item.file ? readFileSync(path.join(dir, item.file), 'utf8') : '';
    return {status: item.status ?? 200, headers, text: async () => body};
  };
  return {fetcher, requests};
}

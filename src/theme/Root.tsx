import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import {matchRoutes} from 'react-router-config';
import {slowConnection} from '@site/src/client/connection';
import {filesToPrefetch} from '@site/src/lib/prefetch';

type Prefetch = (routePath: string) => unknown;

/** The bundler's runtime: the file a chunk name is served from. */
declare const __webpack_require__: {gca(chunkName: string): string | undefined};

let deferred = false;

/**
 * Docusaurus prefetches the code of every internal link that scrolls into view. Right after
 * hydration every visible link reports at once, and their prefetches run back to back in one
 * long task; each also adds a `<link rel="prefetch">` per chunk of every route it matches, the
 * same files again and again (see `src/lib/prefetch.ts`). This queues the links and, one step per
 * idle period, resolves a link's route into the files this page has neither fetched nor
 * prefetched, then adds a `<link>` for each: every idle task stays short even on a phone's slower
 * CPU.
 */
function deferPrefetching(): void {
  const host = window as {docusaurus?: {prefetch: Prefetch; preload: Prefetch}};
  const client = host.docusaurus;
  if (deferred || !client) return;
  deferred = true;
  const routeQueue: string[] = [];
  const fileQueue: string[] = [];
  const seenRoutes = new Set<string>();
  const prefetched = new Set<string>();
  // Safari has no requestIdleCallback.
  const idle = (callback: () => void) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(callback, {timeout: 2000})
      : setTimeout(callback, 50);
  const resolveRoute = (routePath: string) => {
    // The bundler removes the `<script>`s of the chunks it loaded; the fetches stay listed.
    const known = new Set(prefetched);
    for (const entry of performance.getEntriesByType('resource'))
      known.add(new URL(entry.name).pathname);
    const matched = matchRoutes(routes, routePath).map(({route}) => route.path ?? '');
    for (const file of filesToPrefetch(routesChunkNames, matched, __webpack_require__.gca, known)) {
      prefetched.add(file);
      fileQueue.push(file);
    }
  };
  // Safari has no `<link rel="prefetch">`: a plain request fills the same HTTP cache.
  const linkPrefetches = document.createElement('link').relList.supports('prefetch');
  const prefetchFile = (file: string) => {
    if (!linkPrefetches) {
      fetch(file).catch(() => undefined);
      return;
    }
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = file;
    document.head.appendChild(link);
  };
  // One step per idle period: a file to prefetch, or else a route to resolve into files.
  const drain = () => {
    const file = fileQueue.shift();
    if (file !== undefined) prefetchFile(file);
    else {
      const routePath = routeQueue.shift();
      if (routePath !== undefined) resolveRoute(routePath);
    }
    if (fileQueue.length > 0 || routeQueue.length > 0) idle(drain);
  };
  // The object is frozen; links look it up on window at each call, so a copy takes its place.
  host.docusaurus = {
    ...client,
    prefetch: (routePath) => {
      if (seenRoutes.has(routePath) || slowConnection()) return false;
      seenRoutes.add(routePath);
      if (routeQueue.length === 0 && fileQueue.length === 0) idle(drain);
      routeQueue.push(routePath);
      return true;
    },
  };
}

// Change: the site's root only adjusts prefetching; it renders its children unchanged.
export default function Root({children}: {children: ReactNode}): ReactNode {
  if (ExecutionEnvironment.canUseDOM) deferPrefetching();
  return children;
}

import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type Prefetch = (routePath: string) => unknown;

let deferred = false;

/**
 * Docusaurus prefetches the code of every internal link that scrolls into view. Right after
 * hydration every visible link reports at once, and their prefetches (route matching, one
 * `<link rel="prefetch">` per chunk) run back to back in one long task. This queues them and
 * runs them while the browser is idle, a few at a time, so the page answers input sooner; the
 * same chunks are still prefetched before a reader is likely to click.
 */
function deferPrefetching(): void {
  const host = window as {docusaurus?: {prefetch: Prefetch; preload: Prefetch}};
  const client = host.docusaurus;
  if (deferred || !client) return;
  deferred = true;
  const prefetchNow = client.prefetch;
  const queue: string[] = [];
  // Safari has no requestIdleCallback.
  const idle = (callback: (deadline?: IdleDeadline) => void) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(callback, {timeout: 2000})
      : setTimeout(callback, 50);
  // At most a few milliseconds per idle period: on a phone's slower CPU that stays a short task.
  const drain = (deadline?: IdleDeadline) => {
    const started = performance.now();
    do {
      const next = queue.shift();
      if (next !== undefined) prefetchNow(next);
    } while (
      queue.length > 0 &&
      performance.now() - started < 8 &&
      (deadline === undefined || deadline.timeRemaining() > 1)
    );
    if (queue.length > 0) idle(drain);
  };
  // The object is frozen; links look it up on window at each call, so a copy takes its place.
  host.docusaurus = {
    ...client,
    prefetch: (routePath) => {
      if (queue.length === 0) idle(drain);
      queue.push(routePath);
      return true;
    },
  };
}

// Change: the site's root only adjusts prefetching; it renders its children unchanged.
export default function Root({children}: {children: ReactNode}): ReactNode {
  if (ExecutionEnvironment.canUseDOM) deferPrefetching();
  return children;
}

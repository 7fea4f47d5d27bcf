// Client module: after a doc page has loaded, lays out the blocks that `content-visibility` left
// unrendered (see custom.css), a few at a time while the browser is idle. The first layout then
// covers only what is on screen, yet the whole page is rendered soon after: scrolling meets no
// layout work, the scroll bar stops changing length, and tools that measure the page (an
// accessibility checker, for one) see every block drawn.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {blocksThatFit} from '@site/src/client/batches';

/** The blocks still waiting; custom.css skips exactly these. */
const WAITING = '.markdown > :not(:first-child, [data-shown])';

/** Elements laid out per idle slice: a few milliseconds of work on a phone. */
const ELEMENTS_PER_SLICE = 120;

let pending: number | undefined;

function showSome(): void {
  pending = undefined;
  const blocks = [...document.querySelectorAll(WAITING)];
  const sizes = blocks.map((block) => block.getElementsByTagName('*').length + 1);
  const count = blocksThatFit(sizes, ELEMENTS_PER_SLICE);
  for (const block of blocks.slice(0, count)) block.setAttribute('data-shown', '');
  if (count < blocks.length) schedule();
  else document.documentElement.dataset.allShown = 'true';
}

function schedule(): void {
  pending =
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(showSome, {timeout: 2000})
      : window.setTimeout(showSome, 50);
}

export function onRouteDidUpdate(): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  if (pending !== undefined) {
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(pending);
    window.clearTimeout(pending);
  }
  delete document.documentElement.dataset.allShown;
  schedule();
}

import {useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import {
  keptServerHtml,
  onServer,
  ServerRendered,
  remembered,
  Rendered,
  useFromServer,
  type Loader,
} from './index';

/*
 * Interactive islands: widgets whose code and data load only when the reader starts to use them.
 *
 * The server renders the widget with its defaults, result included. In the browser, the render
 * that hydrates the page leaves that HTML alone (as a static island does) and loads nothing.
 * The widget's code loads when the reader starts to use it: the pointer comes over it, a touch,
 * focus, a key, a changed field or a click inside it; or at once when there is something to show
 * that the server could not know (by default, a query string in the address: a shared result).
 * Then the live widget is rendered in place of the server's HTML, and what the reader did in the
 * meantime is handed over (swap.ts): values typed or chosen, boxes ticked and <details> opened
 * are applied to the live widget's fields through their own change events (so the widget writes
 * the address and announces its result as if they had been typed there), the focused field keeps
 * focus and caret, and clicks on buttons are replayed. After a navigation inside the site there
 * is no server HTML: the widget loads at once.
 */

/** Events that show the reader has started to use the widget. */
const STARTS = [
  'pointerover',
  'pointerdown',
  'touchstart',
  'focusin',
  'keydown',
  'input',
  'change',
  'click',
];
/** Events after which a pointer or key is no longer held. */
const RELEASES = ['pointerup', 'pointercancel', 'keyup', 'blur'];

type Swap = typeof import('./swap').swap;

/** A field of the server's form differs from what the server wrote (typed before hydration). */
function edited(root: Element): boolean {
  return [...root.querySelectorAll('input, select, textarea')].some((field) =>
    field instanceof HTMLSelectElement
      ? [...field.options].some((option) => option.selected !== option.defaultSelected)
      : field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')
        ? field.checked !== field.defaultChecked
        : (field as HTMLInputElement).value !== (field as HTMLInputElement).defaultValue,
  );
}

/**
 * Waits until the reader starts to use the server's HTML in `root` (or at once if `eager`), loads
 * the widget and the hand-over (`load`), and swaps in the live widget (`goLive` renders it).
 * Returns what stops waiting.
 */
function whenUsed(
  root: HTMLElement,
  load: () => Promise<Swap>,
  eager: boolean,
  goLive: () => void,
): () => void {
  let loading = false;
  let loaded: Swap | undefined;
  let done = false;
  // A pointer or key is down: the swap waits, so that its click lands on the server's button
  // (and is replayed) rather than being lost with it.
  let holding = false;
  const clicked: Element[] = [];
  const openAtStart = new Set(
    [...root.querySelectorAll('details')].filter((details) => details.open),
  );

  const swap = () => {
    if (done || !loaded || holding) return;
    done = true;
    stop();
    loaded(root, {clicked, openAtStart}, goLive);
  };
  const begin = () => {
    if (loading) return;
    loading = true;
    load().then(
      (swapper) => {
        loaded = swapper;
        swap();
      },
      // Offline and not cached: the server's HTML stays, which is what the page had.
      () => undefined,
    );
  };
  const onStart = (event: Event) => {
    begin();
    if (event.type === 'pointerdown' || event.type === 'keydown') holding = true;
    const button = event.type === 'click' && (event.target as Element).closest('button');
    if (button) clicked.push(button);
  };
  const release = () => {
    // After the click that follows a release.
    if (holding)
      setTimeout(() => {
        holding = false;
        swap();
      });
  };
  // The server's form has no action: submitting it would reload the page. A click on its submit
  // button is replayed on the live form instead.
  const noSubmit = (event: Event) => event.preventDefault();

  for (const type of STARTS) root.addEventListener(type, onStart, {capture: true, passive: true});
  for (const type of RELEASES) window.addEventListener(type, release, true);
  root.addEventListener('submit', noSubmit);
  function stop(): void {
    for (const type of STARTS) root.removeEventListener(type, onStart, {capture: true});
    for (const type of RELEASES) window.removeEventListener(type, release, true);
    root.removeEventListener('submit', noSubmit);
  }

  // Something to show at once, focus already inside, or a field changed before hydration.
  if (eager || root.contains(document.activeElement) || edited(root)) begin();
  return () => {
    done = true;
    stop();
  };
}

/** The address carries a query string: a shared result, which the server could not render. */
export const hasQuery = (): boolean => window.location.search !== '';

/**
 * An interactive island (see above) for the widget that `load` imports. `eager` says whether
 * there is something to show at once that the server could not render (by default, a query
 * string in the address).
 */
export function deferred<P extends object>(
  load: Loader<P>,
  {eager = hasQuery}: {eager?: () => boolean} = {},
): ComponentType<P> {
  const component = remembered(load);
  const loadAll = () =>
    Promise.all([component.start(), import('./swap')]).then(([, hand]) => hand.swap);
  function Deferred(props: P): ReactNode {
    const fromServer = useFromServer();
    const history = useHistory();
    const root = useRef<HTMLDivElement>(null);
    const [live, setLive] = useState(!fromServer);

    useEffect(() => {
      const node = root.current;
      if (live || !node) return;
      return whenUsed(node, loadAll, eager(), () => setLive(true));
    }, [live]);

    if (onServer) return <ServerRendered component={component} props={props} />;
    if (!live) return <div ref={root} {...keptServerHtml(history.push)} />;
    return (
      <div ref={root}>
        <Rendered component={component} props={props} />
      </div>
    );
  }
  return Deferred;
}

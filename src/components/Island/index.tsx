import {
  createElement,
  Suspense,
  use,
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {useHistory} from '@docusaurus/router';

/*
 * Islands: parts of a page whose code and data the browser loads only when it needs them.
 *
 * The server renders an island's component as usual, so the HTML (and a reader without
 * JavaScript) has all of it. In the browser, the render that hydrates the server's HTML gives the
 * island's element an empty inner HTML, which React leaves alone: the server's markup stays, and
 * nothing of the component is loaded or run. After a navigation inside the site there is no server
 * HTML, so the island loads its component and renders it.
 */

export type Loader<P> = () => Promise<{default: ComponentType<P>}>;

/** The same object on every render, so React never rewrites the server's HTML. */
export const SERVER_HTML = {__html: ''};

export const onServer = typeof window === 'undefined';

const subscribe = () => () => undefined;

/**
 * True in the render that hydrates the server's HTML, for the whole life of the component;
 * false for a component first rendered in the browser (after a navigation inside the site).
 */
export function useFromServer(): boolean {
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [fromServer] = useState(hydrating);
  return fromServer;
}

/** A loader that runs once and remembers its component, so later renders need not wait. */
export function remembered<P>(load: Loader<P>): {
  start: () => Promise<ComponentType<P>>;
  loaded: () => ComponentType<P> | undefined;
} {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return {
    start() {
      loading ??= load().then((module) => (component = module.default));
      return loading;
    },
    loaded: () => component,
  };
}

/**
 * Renders the component once `loading` is done; React waits for it (on the server, the whole page
 * waits: no boundary, so the markup is written in place, not streamed after the page).
 */
export function Awaited<P extends object>({
  loading,
  props,
}: {
  loading: Promise<ComponentType<P>>;
  props: P;
}): ReactNode {
  // The loaded component is the same object on every render (a module's export).
  return createElement(use(loading), props);
}

/**
 * A remembered component rendered in the browser: at once when it is loaded, otherwise once it has
 * loaded (`whileLoading` joins the wait, inside the same boundary).
 */
export function Rendered<P extends object>({
  component,
  props,
  whileLoading = null,
}: {
  component: ReturnType<typeof remembered<P>>;
  props: P;
  whileLoading?: ReactNode;
}): ReactNode {
  const Loaded = component.loaded();
  if (Loaded) return createElement(Loaded, props);
  return (
    <Suspense fallback={null}>
      <Awaited loading={component.start()} props={props} />
      {whileLoading}
    </Suspense>
  );
}

/** After a navigation to `#id` inside an island, scroll to it once the island has drawn. */
function ScrollToHash(): null {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return null;
}

/**
 * A click on a link to another page of the site, inside server HTML that React does not manage:
 * navigate as the site's own links do (no reload). Files (a path with an extension), other sites,
 * new tabs and links within the page are left to the browser.
 */
export function followLink(event: MouseEvent, push: (path: string) => void): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return;
  if (link.hasAttribute('download')) return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || /\.[a-z0-9]+$/i.test(url.pathname)) return;
  if (url.pathname === window.location.pathname && url.hash !== '') return;
  event.preventDefault();
  push(`${url.pathname}${url.search}${url.hash}`);
}

/** The element an island renders in: a block, or a run of text inside a paragraph. */
type IslandTag = 'div' | 'span';

/** On the server: the component, once it has loaded, in the island's element. */
export function ServerRendered<P extends object>({
  tag: Tag = 'div',
  className,
  component,
  props,
}: {
  tag?: IslandTag;
  className?: string | undefined;
  component: ReturnType<typeof remembered<P>>;
  props: P;
}): ReactNode {
  return (
    <Tag className={className}>
      <Awaited loading={component.start()} props={props} />
    </Tag>
  );
}

/**
 * The props of an island's element in the render that hydrates the server's HTML: its inner HTML
 * stays as the server wrote it, and a click on a link in it navigates inside the site (`push`).
 * Spread on the element itself, so that the element stays when the component goes live.
 */
export function keptServerHtml(push: (path: string) => void) {
  return {
    dangerouslySetInnerHTML: SERVER_HTML,
    suppressHydrationWarning: true,
    onClick: (event: MouseEvent) => followLink(event, push),
  };
}

/**
 * A static island: content that only renders data (tables, values with their sources) and whose
 * interactive parts are native HTML (links, `popover`, `<details>`). Its component and data are
 * never loaded on a page that arrives from the server.
 */
export function island<P extends object>(
  load: Loader<P>,
  {inline = false, className}: {inline?: boolean; className?: string} = {},
): ComponentType<P> {
  const component = remembered(load);
  const Tag = inline ? 'span' : 'div';
  function Island(props: P): ReactNode {
    const fromServer = useFromServer();
    const history = useHistory();
    if (onServer)
      return <ServerRendered tag={Tag} className={className} component={component} props={props} />;
    if (fromServer) return <Tag className={className} {...keptServerHtml(history.push)} />;
    return (
      <Tag className={className}>
        <Rendered
          component={component}
          props={props}
          whileLoading={inline ? null : <ScrollToHash />}
        />
      </Tag>
    );
  }
  return Island;
}

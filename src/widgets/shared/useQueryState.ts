import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {
  mergeQuery,
  parseQuery,
  sameQuery,
  type ParsedQuery,
  type Schema,
  type Values,
} from './logic/query';

/**
 * A widget's inputs, kept in the page's query string so a result can be shared.
 * - The server and the first (hydrating) render use the defaults; the link's values arrive
 *   right after, so the server HTML and the first client render always agree.
 * - Typing updates local state at once and replaces (not pushes) the history entry.
 */
export function useQueryState<S extends Schema>(
  schema: S,
): [Values<S>, ParsedQuery<S>['notices'], (key: keyof S & string, value: string) => void] {
  const history = useHistory();
  const search = useHistorySelector((h) => h.location.search);
  const fromUrl = useMemo(() => parseQuery(search, schema), [search, schema]);
  const [values, setValues] = useState<Values<S>>(fromUrl.values);
  const [notices, setNotices] = useState(fromUrl.notices);
  // The latest values and messages, for the event handler; and the query this widget wrote last.
  const current = useRef(values);
  const currentNotices = useRef(notices);
  const written = useRef<string | null>(null);

  // Adopt the URL when it changes from outside: the first render after hydration, back/forward,
  // or another widget on the page writing its own parameters (ours are unchanged then: no
  // state change, so this widget does not render again).
  useEffect(() => {
    if (search === written.current) return;
    if (sameQuery({values: current.current, notices: currentNotices.current}, fromUrl)) return;
    current.current = fromUrl.values;
    currentNotices.current = fromUrl.notices;
    setValues(fromUrl.values);
    setNotices(fromUrl.notices);
  }, [search, fromUrl]);

  const update = useCallback(
    (key: keyof S & string, value: string) => {
      const next = {...current.current, [key]: value};
      current.current = next;
      setValues(next);
      const previous = currentNotices.current;
      if (key in previous) {
        const rest = Object.fromEntries(
          Object.entries(previous).filter(([name]) => name !== key),
        ) as typeof previous;
        currentNotices.current = rest;
        setNotices(rest);
      }
      const query = mergeQuery(history.location.search, next, schema);
      written.current = query;
      history.replace({...history.location, search: query});
    },
    [history, schema],
  );

  return [values, notices, update];
}

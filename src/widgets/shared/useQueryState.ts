import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {mergeQuery, parseQuery, type ParsedQuery, type Schema, type Values} from './logic/query';

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
  // The latest values, for the event handler; and the query this widget wrote last.
  const current = useRef(values);
  const written = useRef<string | null>(null);

  // Adopt the URL when it changes from outside: the first render after hydration, back/forward,
  // or another widget on the page writing its own parameters (ours are unchanged then).
  useEffect(() => {
    if (search === written.current) return;
    current.current = fromUrl.values;
    setValues(fromUrl.values);
    setNotices(fromUrl.notices);
  }, [search, fromUrl]);

  const update = useCallback(
    (key: keyof S & string, value: string) => {
      const next = {...current.current, [key]: value};
      current.current = next;
      setValues(next);
      setNotices((previous) =>
        key in previous
          ? (Object.fromEntries(
              Object.entries(previous).filter(([name]) => name !== key),
            ) as typeof previous)
          : previous,
      );
      const query = mergeQuery(history.location.search, next, schema);
      written.current = query;
      history.replace({...history.location, search: query});
    },
    [history, schema],
  );

  return [values, notices, update];
}

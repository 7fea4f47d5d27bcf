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
  const written = useRef<string | null>(null);

  // Adopt the URL when it changes from outside: the first render after hydration, back/forward.
  useEffect(() => {
    if (search === written.current) return;
    setValues(fromUrl.values);
    setNotices(fromUrl.notices);
  }, [search, fromUrl]);

  const update = useCallback(
    (key: keyof S & string, value: string) => {
      setValues((previous) => {
        const next = {...previous, [key]: value};
        const query = mergeQuery(history.location.search, next, schema);
        written.current = query;
        history.replace({...history.location, search: query});
        return next;
      });
      setNotices((previous) => {
        if (!(key in previous)) return previous;
        return Object.fromEntries(Object.entries(previous).filter(([name]) => name !== key)) as typeof previous;
      });
    },
    [history, schema],
  );

  return [values, notices, update];
}

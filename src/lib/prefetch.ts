/**
 * Which chunk files to prefetch for a link, given the routes a path matches. Docusaurus's own
 * prefetch adds a `<link rel="prefetch">` for every chunk of every matched route, each time: on a
 * docs page the layout routes share one path, so the same files are listed up to three times, and
 * again for every further link, although the page has already loaded them. Adding a `<link>` costs
 * up to a millisecond, so one link could take a 10 ms task. This keeps each file to one `<link>`.
 */

/** A route's chunk names as Docusaurus generates them: nested objects whose leaves are names. */
export interface ChunkTree {
  readonly [prop: string]: string | ChunkTree | readonly ChunkTree[];
}

/** Every chunk name in a route's tree, in order. */
export function chunkNames(tree: ChunkTree | readonly ChunkTree[]): string[] {
  return Object.values(tree).flatMap((value: string | ChunkTree | readonly ChunkTree[]) =>
    typeof value === 'string' ? [value] : chunkNames(value),
  );
}

/**
 * The chunk names of the routes registered for `routePath`. Docusaurus's keys are the path, a
 * dash and a hash (`/docs/intro-4f3`); several routes (layouts) can share a path.
 */
export function chunkNamesForPath(
  routesChunkNames: Readonly<Record<string, ChunkTree>>,
  routePath: string,
): string[] {
  return Object.entries(routesChunkNames)
    .filter(([key]) => key.replace(/-[^-]+$/, '') === routePath)
    .flatMap(([, tree]) => chunkNames(tree));
}

/**
 * The files to prefetch for the matched routes' paths: each file once, none that `known` already
 * holds (fetched or prefetched before), and none whose name the bundler could not resolve.
 */
export function filesToPrefetch(
  routesChunkNames: Readonly<Record<string, ChunkTree>>,
  matchedPaths: readonly string[],
  fileOf: (chunkName: string) => string | undefined,
  known: ReadonlySet<string>,
): string[] {
  const files = new Set<string>();
  for (const routePath of new Set(matchedPaths))
    for (const name of chunkNamesForPath(routesChunkNames, routePath)) {
      const file = fileOf(name);
      if (file !== undefined && !file.includes('undefined') && !known.has(file)) files.add(file);
    }
  return [...files];
}

/*
 * Lookups over one collection of entries with ids and subjects (limits, prices): is an id known,
 * the entry for an id, the entries about a subject.
 */

export interface Registry<Entry, Id extends string, Subject> {
  isId: (id: string) => id is Id;
  /** The entry for an id. Unknown ids are a programming error and fail the build. */
  get: (id: Id) => Entry;
  about: (subject: Subject) => Entry[];
}

/** The lookups of a collection; `what` names one entry in the error for an unknown id. */
export function registry<Entry extends {id: string; subject: Subject}, Id extends string, Subject>(
  entries: readonly Entry[],
  what: string,
): Registry<Entry, Id, Subject> {
  const byId = new Map<string, Entry>(entries.map((entry) => [entry.id, entry]));
  return {
    isId: (id): id is Id => byId.has(id),
    get: (id) => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`Unknown ${what} id: ${id}`);
      return entry;
    },
    about: (subject) => entries.filter((entry) => entry.subject === subject),
  };
}

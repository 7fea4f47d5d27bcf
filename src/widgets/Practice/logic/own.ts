/**
 * A record's own value for a key, never one inherited from Object.prototype: answers, schedules
 * and progress come from the URL, localStorage and imported files, where a key such as
 * `__proto__` or `constructor` must read as absent.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

import {LIMITS, subjectName, type LimitEntry, type StatedValue} from '@site/src/data';
import {CHANGES, type GuideChange} from '@site/src/data/changes';
import {dateText, limitEntryText, valueText as stated} from './limitText';

/*
 * The changelog, built from the data: every older value of a limit (AWS changed it), every dispute
 * (AWS pages disagree today), and every change the guide made in response (src/data/changes.ts).
 * The /docs/changes page and its Atom feed both print this list.
 */

export interface ChangelogLink {
  href: string;
  label: string;
}

export interface ChangelogItem {
  /** Unique fragment id on the changes page. */
  anchor: string;
  kind: 'aws-change' | 'dispute' | 'guide';
  /** ISO date (YYYY-MM-DD or YYYY-MM) the item is filed under. */
  date: string;
  /** False when AWS gives no date for the change; `date` is then the day the guide checked it. */
  dated: boolean;
  /** What the date means, for reading: "Changed at AWS: October 24, 2025". */
  dateLabel: string;
  title: string;
  summary: string;
  /** The values involved, as the pages show them: "Asynchronous invocation payload (event): 1 MB". */
  values: string[];
  limitIds: string[];
  links: ChangelogLink[];
}

/** Time limits read best as durations ("15 min" to "1 h"); other values as AWS states them. */
function valueText(value: StatedValue): string {
  return stated(value, 'duration');
}

function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function named(entry: LimitEntry): string {
  return `${subjectName(entry.subject)}: ${entry.quantity}`;
}

/** One line per value of an entry: today's, then older and conflicting ones. */
function valueLines(entry: LimitEntry): string[] {
  return [
    `${named(entry)}: ${limitEntryText(entry, {plain: true, format: 'duration'})}`,
    ...(entry.previous ?? []).map((previous) => `Older value: ${valueText(previous)}`),
    ...(entry.conflicting ?? []).map((other) => `Also stated: ${valueText(other)}`),
  ];
}

function awsChanges(entry: LimitEntry): ChangelogItem[] {
  return (entry.previous ?? []).map((previous, i) => {
    const date = previous.until ?? (i === 0 ? entry.since : undefined);
    return {
      anchor: `changed-${slug(entry.id)}${i > 0 ? `-${i + 1}` : ''}`,
      kind: 'aws-change',
      date: date ?? entry.verifiedOn,
      dated: date !== undefined,
      dateLabel: date
        ? `Changed at AWS: ${dateText(date)}`
        : `AWS gives no date; checked ${dateText(entry.verifiedOn)}`,
      title: `${named(entry)} changed from ${valueText(previous)} to ${valueText(entry)}`,
      summary: previous.note,
      values: [`Now: ${valueText(entry)}`, `Before: ${valueText(previous)}`],
      limitIds: [entry.id],
      links: [
        {href: entry.source, label: entry.sourceTitle},
        {href: previous.source, label: 'Where the older value is stated'},
      ],
    };
  });
}

function disputes(entry: LimitEntry): ChangelogItem[] {
  if (entry.status !== 'disputed') return [];
  return (entry.conflicting ?? []).map((other, i) => ({
    anchor: `disputed-${slug(entry.id)}${i > 0 ? `-${i + 1}` : ''}`,
    kind: 'dispute',
    date: entry.verifiedOn,
    dated: true,
    dateLabel: `AWS pages disagreed when checked: ${dateText(entry.verifiedOn)}`,
    title: `${named(entry)}: AWS pages state ${valueText(entry)} and ${valueText(other)}`,
    summary: other.note,
    values: [
      `${entry.sourceTitle}: ${valueText(entry)}`,
      `${other.sourceTitle}: ${valueText(other)}`,
    ],
    limitIds: [entry.id],
    links: [
      {href: entry.source, label: entry.sourceTitle},
      {href: other.source, label: other.sourceTitle},
    ],
  }));
}

function guideChanges(
  changes: readonly GuideChange[],
  byId: ReadonlyMap<string, LimitEntry>,
): ChangelogItem[] {
  const used = new Set<string>();
  return changes.map((change) => {
    const entries = change.limits.map((id) => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`A change of ${change.date} names an unknown limit: ${id}`);
      return entry;
    });
    const first = entries[0];
    if (!first) throw new Error(`A change of ${change.date} names no limit`);
    let anchor = `guide-${change.date}-${slug(first.id)}`;
    for (let n = 2; used.has(anchor); n += 1)
      anchor = `guide-${change.date}-${slug(first.id)}-${n}`;
    used.add(anchor);
    return {
      anchor,
      kind: 'guide',
      date: change.date,
      dated: true,
      dateLabel: `The guide changed: ${dateText(change.date)}`,
      title: `Guide updated for ${named(first)}${entries.length > 1 ? ` and ${entries.length - 1} more` : ''}`,
      summary: change.summary,
      values: entries.flatMap(valueLines),
      limitIds: entries.map((entry) => entry.id),
      links: [...new Map(entries.map((entry) => [entry.source, entry.sourceTitle]))].map(
        ([href, label]) => ({href, label}),
      ),
    };
  });
}

const KIND_ORDER: Record<ChangelogItem['kind'], number> = {guide: 0, 'aws-change': 1, dispute: 2};

/**
 * Text in code-point order: the same in every browser and on the server, and, unlike
 * `localeCompare`, free of the collation data whose loading blocks a phone while a page hydrates.
 */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first by date ("2024-06" sorts before "2024-06-01"); undated AWS changes last. */
function compareItems(a: ChangelogItem, b: ChangelogItem): number {
  if (a.dated !== b.dated) return a.dated ? -1 : 1;
  const byDate = compareText(b.date.padEnd(10, '0'), a.date.padEnd(10, '0'));
  if (byDate !== 0) return byDate;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.title, b.title);
}

export function buildChangelog(
  limits: readonly LimitEntry[],
  changes: readonly GuideChange[],
): ChangelogItem[] {
  const byId = new Map<string, LimitEntry>(limits.map((entry) => [entry.id, entry]));
  return [
    ...guideChanges(changes, byId),
    ...limits.flatMap(awsChanges),
    ...limits.flatMap(disputes),
  ].sort(compareItems);
}

/** The guide's changelog, newest first. */
export const CHANGELOG: readonly ChangelogItem[] = buildChangelog(LIMITS, CHANGES);

/** The newest date in the changelog, for the feed's `updated`. */
export function latestDate(items: readonly ChangelogItem[]): string | undefined {
  return items
    .map((item) => item.date)
    .sort((a, b) => compareText(b.padEnd(10, '0'), a.padEnd(10, '0')))[0];
}

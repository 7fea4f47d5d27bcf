import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LIMITS, type LimitEntry} from '@site/src/data';
import {CHANGES, type GuideChange} from '@site/src/data/changes';
import {buildChangelog, CHANGELOG, latestDate} from './changelog';

function entry(overrides: Partial<LimitEntry> & {id: string}): LimitEntry {
  return {
    subject: 'lambda',
    quantity: 'Test quantity',
    value: 1,
    unit: 'MB',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/test.html',
    sourceTitle: 'AWS Lambda: Test page',
    verifiedOn: '2026-11-20',
    status: 'current',
    ...overrides,
  };
}

const previous = (until?: string) => ({
  value: 256,
  unit: 'KB' as const,
  source: 'https://aws.amazon.com/about-aws/whats-new/test/',
  note: 'The older value.',
  ...(until ? {until} : {}),
});

const limits: LimitEntry[] = [
  entry({id: 'lambda.withUntil', previous: [previous('2025-10-24')]}),
  entry({id: 'lambda.withSince', since: '2024-06', previous: [previous()]}),
  entry({id: 'lambda.undated', previous: [previous()]}),
  entry({
    id: 'lambda.disputed',
    value: 25,
    status: 'disputed',
    conflicting: [
      {
        value: 6,
        unit: 'MB',
        source: 'https://docs.aws.amazon.com/other.html',
        sourceTitle: 'Other page',
        note: 'It says less.',
      },
    ],
  }),
  entry({id: 'lambda.plain'}),
  entry({
    id: 'lambda.minutes',
    value: 3600,
    unit: 's',
    previous: [{...previous(), value: 15, unit: 'min'}],
  }),
];

const changes: GuideChange[] = [
  {date: '2026-11-21', summary: 'Showed the raised value.', limits: ['lambda.withUntil' as never]},
  {
    date: '2026-11-21',
    summary: 'Marked a dispute.',
    limits: ['lambda.disputed' as never, 'lambda.plain' as never],
  },
];

describe('the changelog', () => {
  const items = buildChangelog(limits, changes);

  it('has one item per older value, per conflicting value of a disputed limit, and per change', () => {
    assert.equal(items.filter((item) => item.kind === 'aws-change').length, 4);
    assert.equal(items.filter((item) => item.kind === 'dispute').length, 1);
    assert.equal(items.filter((item) => item.kind === 'guide').length, 2);
  });

  it('dates a change by its end date, else by the date the new value applies from', () => {
    const byAnchor = new Map(items.map((item) => [item.anchor, item]));
    assert.equal(byAnchor.get('changed-lambda-withuntil')?.date, '2025-10-24');
    assert.equal(byAnchor.get('changed-lambda-withsince')?.date, '2024-06');
    assert.equal(byAnchor.get('changed-lambda-withsince')?.dateLabel, 'Changed at AWS: June 2024');
  });

  it('files a change AWS gives no date for under the day the value was checked, marked undated', () => {
    const undated = items.find((item) => item.anchor === 'changed-lambda-undated');
    assert.equal(undated?.dated, false);
    assert.equal(undated?.date, '2026-11-20');
    assert.match(undated?.dateLabel ?? '', /AWS gives no date/);
  });

  it('lists newest first, with undated changes last', () => {
    assert.deepEqual(
      items.map((item) => [item.date, item.dated]),
      [
        ['2026-11-21', true],
        ['2026-11-21', true],
        ['2026-11-20', true],
        ['2025-10-24', true],
        ['2024-06', true],
        ['2026-11-20', false],
        ['2026-11-20', false],
      ],
    );
    assert.equal(latestDate(items), '2026-11-21');
  });

  it('shows values as the pages do, durations for time limits', () => {
    const minutes = items.find((item) => item.anchor === 'changed-lambda-minutes');
    assert.equal(minutes?.title, 'Lambda: Test quantity changed from 15 min to 1 h');
    const dispute = items.find((item) => item.kind === 'dispute');
    assert.equal(dispute?.title, 'Lambda: Test quantity: AWS pages state 25 MB and 6 MB');
    assert.deepEqual(
      dispute?.links.map((link) => link.href),
      [
        'https://docs.aws.amazon.com/lambda/latest/dg/test.html',
        'https://docs.aws.amazon.com/other.html',
      ],
    );
  });

  it('gives every item a unique anchor', () => {
    const anchors = items.map((item) => item.anchor);
    assert.equal(new Set(anchors).size, anchors.length);
    const twice = buildChangelog(limits, [...changes, changes[0] as GuideChange]);
    assert.equal(new Set(twice.map((item) => item.anchor)).size, twice.length);
  });

  it('refuses a change that names an unknown limit', () => {
    assert.throws(
      () =>
        buildChangelog(limits, [{date: '2026-11-21', summary: 'x.', limits: ['no.such' as never]}]),
      /unknown limit: no\.such/,
    );
  });
});

describe("the guide's changelog", () => {
  it('covers every older value, every dispute and every change in the data', () => {
    const older = LIMITS.reduce((sum, limit: LimitEntry) => sum + (limit.previous?.length ?? 0), 0);
    const disputed = LIMITS.reduce(
      (sum, limit: LimitEntry) =>
        sum + (limit.status === 'disputed' ? (limit.conflicting?.length ?? 0) : 0),
      0,
    );
    assert.equal(CHANGELOG.length, older + disputed + CHANGES.length);
    assert.ok(older > 0 && disputed > 0);
  });
});

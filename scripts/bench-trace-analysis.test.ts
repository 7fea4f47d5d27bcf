import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  analyzeTrace,
  blockingTime,
  label,
  mainThread,
  profileSamples,
  type TraceEvent,
} from './bench-trace-analysis';

const PID = 7;
const TID = 1;

function x(name: string, ts: number, dur: number, data?: Record<string, unknown>): TraceEvent {
  // The main thread got the CPU for half the wall time: a busy machine.
  return {name, ph: 'X', pid: PID, tid: TID, ts, dur, tdur: dur / 2, args: data ? {data} : {}};
}

const threadNames: TraceEvent[] = [
  {name: 'thread_name', ph: 'M', pid: 3, tid: 1, ts: 0, args: {name: 'CrRendererMain'}},
  {name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: {name: 'CrRendererMain'}},
  {name: 'thread_name', ph: 'M', pid: PID, tid: 2, ts: 0, args: {name: 'Compositor'}},
];

// Times in microseconds, as in Chrome traces. Navigation at 1,000,000.
const trace: TraceEvent[] = [
  ...threadNames,
  {name: 'navigationStart', ph: 'R', pid: PID, tid: TID, ts: 1_000_000},
  // A 120 ms task: main.js evaluated (100 ms, of which 30 ms compiling), then 20 ms of layout.
  x('RunTask', 1_100_000, 120_000),
  x('EvaluateScript', 1_100_000, 100_000, {url: 'http://127.0.0.1:1/assets/js/main.abc.js?x=1'}),
  x('v8.compile', 1_100_000, 30_000, {url: 'http://127.0.0.1:1/assets/js/main.abc.js'}),
  x('Layout', 1_200_000, 20_000),
  // A short task, not long.
  x('RunTask', 1_300_000, 40_000),
  x('FunctionCall', 1_300_000, 40_000, {url: 'http://127.0.0.1:1/assets/js/main.abc.js'}),
  // A task on another renderer: ignored.
  {...x('RunTask', 1_100_000, 500_000), pid: 3},
  // The sampling profiler: Limit (inside renderWithHooks) sampled every millisecond.
  {
    name: 'Profile',
    ph: 'P',
    pid: PID,
    tid: TID,
    ts: 0,
    id: '0x1',
    args: {data: {startTime: 1_150_000}},
  },
  {
    name: 'ProfileChunk',
    ph: 'P',
    pid: PID,
    tid: TID,
    ts: 0,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            {id: 1, callFrame: {functionName: '(root)', url: ''}},
            {id: 2, parent: 1, callFrame: {functionName: 'renderWithHooks', url: 'main.js'}},
            {id: 3, parent: 2, callFrame: {functionName: 'Limit', url: 'main.js'}},
            {id: 4, parent: 3, callFrame: {functionName: 'formatNumber', url: 'main.js'}},
          ],
          samples: [3, 4, 3, 2],
        },
        timeDeltas: [0, 1000, 1000, 1000],
      },
    },
  },
];

describe('trace analysis', () => {
  it('counts blocking time as Total Blocking Time does: the part of each task beyond 50 ms', () => {
    assert.equal(blockingTime([120, 40, 50, 51]), 71);
    assert.equal(blockingTime([]), 0);
  });

  it('finds the renderer main thread that evaluated the page’s scripts', () => {
    assert.deepEqual(mainThread(trace), {pid: PID, tid: TID});
    assert.equal(mainThread([]), undefined);
  });

  it('names scripts by file and the rest by kind', () => {
    assert.equal(
      label(x('EvaluateScript', 0, 1, {url: 'http://h/assets/js/main.abc.js?v=2'})),
      'evaluate main.abc.js',
    );
    assert.equal(label(x('UpdateLayoutTree', 0, 1)), 'style recalculation');
    assert.equal(label(x('Paint', 0, 1)), 'Paint');
  });

  it('rebuilds the profiler’s stacks with each sample’s duration', () => {
    const samples = profileSamples(trace, PID);
    assert.deepEqual(
      samples.map((s) => [s.ts, s.durationUs, s.stack.join('<')]),
      [
        [1_150_000, 1000, 'Limit<renderWithHooks<(root)'],
        [1_151_000, 1000, 'formatNumber<Limit<renderWithHooks<(root)'],
        [1_152_000, 1000, 'Limit<renderWithHooks<(root)'],
        [1_153_000, 0, 'renderWithHooks<(root)'],
      ],
    );
  });

  it('lists long tasks with self times, hot functions and component totals', () => {
    const analysis = analyzeTrace(trace);
    assert.equal(analysis.longTasks.length, 1);
    const [task] = analysis.longTasks;
    assert.ok(task);
    assert.equal(task.startMs, 100);
    assert.equal(task.durationMs, 120);
    assert.deepEqual(task.parts, [
      {what: 'evaluate main.abc.js', ms: 70},
      {what: 'compile main.abc.js', ms: 30},
      {what: 'Layout', ms: 20},
    ]);
    assert.deepEqual(task.functions, [
      {what: 'Limit', ms: 2},
      {what: 'formatNumber', ms: 1},
    ]);
    assert.deepEqual(task.components, [{what: 'Limit', ms: 3}]);
    assert.equal(analysis.blockingMs, 70);
    assert.equal(analysis.busyMs, 160);
  });

  it('can measure CPU time instead, multiplied as a mobile simulation would', () => {
    // In CPU time the 120 ms task took 60 ms, and the 40 ms one 20 ms; times 4: 240 and 80.
    const analysis = analyzeTrace(trace, {clock: 'cpu', multiplier: 4});
    assert.deepEqual(
      analysis.longTasks.map((task) => task.durationMs),
      [240, 80],
    );
    assert.equal(analysis.blockingMs, 190 + 30);
    const [first] = analysis.longTasks;
    assert.deepEqual(first?.parts, [
      {what: 'evaluate main.abc.js', ms: 140},
      {what: 'compile main.abc.js', ms: 60},
      {what: 'Layout', ms: 40},
    ]);
    // 3 ms of samples in a task whose CPU time is half its wall time, times 4.
    assert.deepEqual(first?.components, [{what: 'Limit', ms: 6}]);
  });

  it('can leave out the tasks before the first contentful paint', () => {
    const painted: TraceEvent[] = [
      ...trace,
      {name: 'firstContentfulPaint', ph: 'R', pid: PID, tid: TID, ts: 1_250_000},
    ];
    const analysis = analyzeTrace(painted, {clock: 'cpu', multiplier: 4, afterFirstPaint: true});
    assert.deepEqual(
      analysis.longTasks.map((task) => task.startMs),
      [300],
    );
    assert.equal(analysis.blockingMs, 30);
  });
});

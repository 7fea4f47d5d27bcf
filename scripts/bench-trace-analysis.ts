// Reading a Chrome trace (the JSON events of CDP Tracing): the main thread's long tasks, what each
// spent its time on (script evaluation, React's work, style, layout...), and which JavaScript
// functions the V8 sampling profiler found running inside them. Pure functions, tested in
// bench-trace-analysis.test.ts; scripts/bench-trace.ts records the traces.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, as opposed to its wall time `dur`. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      functionName?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: {functionName: string; url: string; lineNumber?: number};
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

export interface TimeShare {
  what: string;
  ms: number;
}

export interface LongTask {
  /** Milliseconds after the navigation started. */
  startMs: number;
  durationMs: number;
  /** Self time of the trace events inside the task, grouped (largest first). */
  parts: TimeShare[];
  /** Self time of JavaScript functions in the task, from the sampling profiler. */
  functions: TimeShare[];
  /** Total time (callees included) of functions named like components (capitalised). */
  components: TimeShare[];
}

export interface TraceAnalysis {
  longTasks: LongTask[];
  /** Sum over tasks of the time beyond 50 ms: how Total Blocking Time counts. */
  blockingMs: number;
  busyMs: number;
  endMs: number;
}

/** A long task is one over 50 ms; everything beyond 50 ms of it blocks input. */
export const LONG_TASK_MS = 50;

export function blockingTime(durationsMs: readonly number[]): number {
  return durationsMs.reduce((sum, ms) => sum + Math.max(0, ms - LONG_TASK_MS), 0);
}

const fileName = (url: string | undefined) =>
  url ? (url.split('?')[0]?.split('/').pop() ?? url) || url : '';

/** The renderer main thread that ran the page's scripts. */
export function mainThread(events: readonly TraceEvent[]): {pid: number; tid: number} | undefined {
  const names = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let best: {pid: number; tid: number; score: number} | undefined;
  for (const thread of names) {
    const score = events.filter(
      (e) =>
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.name === 'EvaluateScript' &&
        e.args?.data?.url?.startsWith('http'),
    ).length;
    if (!best || score > best.score) best = {pid: thread.pid, tid: thread.tid, score};
  }
  return best && {pid: best.pid, tid: best.tid};
}

/** How a trace event is named in the breakdown: scripts by file, the rest by kind. */
export function label(event: TraceEvent): string {
  const data = event.args?.data;
  switch (event.name) {
    case 'EvaluateScript':
      return `evaluate ${fileName(data?.url)}`;
    case 'v8.compile':
    case 'v8.compileModule':
      return `compile ${fileName(data?.url)}`;
    case 'FunctionCall':
      return `script ${fileName(data?.url)}`;
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style recalculation';
    case 'ParseHTML':
      return 'HTML parsing';
    case 'ParseAuthorStyleSheet':
      return 'CSS parsing';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_SCAVENGER':
      return 'garbage collection';
    default:
      return event.name;
  }
}

function sorted(map: Map<string, number>): TimeShare[] {
  return [...map.entries()]
    .filter(([, ms]) => ms > 0)
    .map(([what, ms]) => ({what, ms}))
    .sort((a, b) => b.ms - a.ms);
}

interface Sample {
  ts: number;
  durationUs: number;
  stack: string[];
}

/** The sampling profiler's samples, each with its time, duration and stack (leaf first). */
export function profileSamples(events: readonly TraceEvent[], pid: number): Sample[] {
  const chunks = events.filter(
    (e) => e.pid === pid && (e.name === 'ProfileChunk' || e.name === 'Profile'),
  );
  const byProfile = new Map<string, TraceEvent[]>();
  for (const chunk of chunks) {
    const key = chunk.id ?? '';
    byProfile.set(key, [...(byProfile.get(key) ?? []), chunk]);
  }
  const samples: Sample[] = [];
  for (const profileEvents of byProfile.values()) {
    const start = profileEvents.find((e) => e.name === 'Profile')?.args?.data?.startTime;
    if (start === undefined) continue;
    const nodes = new Map<number, {name: string; parent?: number}>();
    let time = start;
    const raw: {ts: number; node: number}[] = [];
    for (const chunk of profileEvents.filter((e) => e.name === 'ProfileChunk')) {
      const profile = chunk.args?.data?.cpuProfile;
      for (const node of profile?.nodes ?? [])
        nodes.set(node.id, {
          name: node.callFrame.functionName || `(anonymous ${fileName(node.callFrame.url)})`,
          parent: node.parent,
        });
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      (profile?.samples ?? []).forEach((node, i) => {
        time += deltas[i] ?? 0;
        raw.push({ts: time, node});
      });
    }
    raw.sort((a, b) => a.ts - b.ts);
    raw.forEach((sample, i) => {
      const next = raw[i + 1];
      const stack: string[] = [];
      for (let id: number | undefined = sample.node; id !== undefined; id = nodes.get(id)?.parent) {
        const node = nodes.get(id);
        if (!node) break;
        stack.push(node.name);
      }
      samples.push({
        ts: sample.ts,
        durationUs: next ? Math.min(next.ts - sample.ts, 2000) : 0,
        stack,
      });
    });
  }
  return samples;
}

const NOT_CODE = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

export interface AnalysisOptions {
  /**
   * `cpu` measures tasks by the main thread's CPU time (`tdur`), which other processes on a busy
   * machine do not inflate; `wall` by elapsed time, as Lighthouse does.
   */
  clock?: 'cpu' | 'wall';
  /** Multiplies every duration, as Lighthouse's mobile simulation multiplies CPU work by 4. */
  multiplier?: number;
  /** Leave out tasks that start before the first contentful paint, as Total Blocking Time does. */
  afterFirstPaint?: boolean;
}

/** The trace time (µs) of the main frame's first contentful paint, if it happened. */
export function firstContentfulPaint(
  events: readonly TraceEvent[],
  pid: number,
): number | undefined {
  return events.find((e) => e.pid === pid && e.name === 'firstContentfulPaint')?.ts;
}

/** Long tasks of the page's main thread and what filled them. */
export function analyzeTrace(
  events: readonly TraceEvent[],
  {clock = 'wall', multiplier = 1, afterFirstPaint = false}: AnalysisOptions = {},
): TraceAnalysis {
  const cost = (e: TraceEvent) =>
    ((clock === 'cpu' ? e.tdur : undefined) ?? e.dur ?? 0) * multiplier;
  const thread = mainThread(events);
  if (!thread) return {longTasks: [], blockingMs: 0, busyMs: 0, endMs: 0};
  const onMain = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const navigation = events.find(
    (e) => e.pid === thread.pid && (e.name === 'navigationStart' || e.name === 'markAsMainFrame'),
  );
  const firstTask = onMain.find((e) => e.name === 'RunTask');
  const origin = navigation?.ts ?? firstTask?.ts ?? 0;
  const paint = afterFirstPaint ? (firstContentfulPaint(events, thread.pid) ?? 0) : 0;
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ts >= paint)
    .sort((a, b) => a.ts - b.ts);
  const samples = profileSamples(events, thread.pid);
  const longTasks: LongTask[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (cost(task) / 1000 <= LONG_TASK_MS) continue;
    // Self time of each event nested in the task (events are properly nested on one thread).
    const inside = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
    const stack: {event: TraceEvent; end: number; childUs: number}[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && (stack.at(-1) as {end: number}).end <= until) {
        const top = stack.pop() as {event: TraceEvent; end: number; childUs: number};
        const what = label(top.event);
        self.set(what, (self.get(what) ?? 0) + Math.max(0, cost(top.event) - top.childUs) / 1000);
        const parent = stack.at(-1);
        if (parent) parent.childUs += cost(top.event);
      }
    };
    let topLevelUs = 0;
    for (const event of inside) {
      close(event.ts);
      if (stack.length === 0) topLevelUs += cost(event);
      stack.push({event, end: event.ts + (event.dur ?? 0), childUs: 0});
    }
    close(Number.POSITIVE_INFINITY);
    const untracked = (cost(task) - topLevelUs) / 1000;
    if (untracked > 1) self.set('(task overhead)', untracked);

    const functions = new Map<string, number>();
    const components = new Map<string, number>();
    // Samples are taken in wall time: scale them to the task's measure.
    const scale = task.dur ? cost(task) / task.dur : 1;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts >= end) continue;
      const ms = (sample.durationUs * scale) / 1000;
      const leaf = sample.stack[0];
      if (leaf && !NOT_CODE.has(leaf)) functions.set(leaf, (functions.get(leaf) ?? 0) + ms);
      for (const name of new Set(sample.stack))
        if (/^[A-Z][A-Za-z0-9]*$/.test(name))
          components.set(name, (components.get(name) ?? 0) + ms);
    }
    longTasks.push({
      startMs: (task.ts - origin) / 1000,
      durationMs: cost(task) / 1000,
      parts: sorted(self),
      functions: sorted(functions),
      components: sorted(components),
    });
  }
  const busyMs = tasks.reduce((sum, task) => sum + cost(task), 0) / 1000;
  const last = tasks.at(-1);
  return {
    longTasks,
    blockingMs: blockingTime(longTasks.map((task) => task.durationMs)),
    busyMs,
    endMs: last ? (last.ts + (last.dur ?? 0) - origin) / 1000 : 0,
  };
}

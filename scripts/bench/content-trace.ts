/**
 * The content script's whole main-thread time on a page, read from a
 * Chromium trace of that page: every trace event of its script (compiling and
 * running it, each callback the browser made into it) and every CPU-profile
 * sample taken while any of its functions was on the stack (promise
 * continuations, message replies and observers too). Their union is its time;
 * its longest slice is the most of it inside one task of the page's thread.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Trace categories: tasks, script events, and the sampling profiler. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];
/** A sample stands for at most this long before it (µs): an idle gap before it is not the script's. */
const MAX_SAMPLE_US = 400;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string };
}

export interface ContentTime {
  /** Milliseconds of the page's main thread spent in the content script. */
  totalMs: number;
  /** The most of it in one task of that thread. */
  longestMs: number;
}

/** Trace the page while `run` runs, and read the content script's time from it. */
export async function traceContent(
  context: BrowserContext,
  page: Page,
  run: () => Promise<void>,
  script = /\/content-scripts\/content\.js/,
): Promise<ContentTime> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return contentTime(events, script);
}

const ours = (e: TraceEvent, script: RegExp): boolean =>
  script.test(String(e.args?.data?.url ?? e.args?.fileName ?? ''));

/** The thread the script ran on: where it was evaluated, else where its callbacks ran. */
function scriptThread(events: TraceEvent[], script: RegExp): [number, number] | null {
  const e =
    events.find((x) => x.name === 'EvaluateScript' && ours(x, script)) ??
    events.find((x) => x.ph === 'X' && ours(x, script));
  return e ? [e.pid, e.tid] : null;
}

/** Intervals [start, end) (µs) of CPU samples taken in the script, on thread `tid` of process `pid`. */
function sampledIntervals(
  events: TraceEvent[],
  pid: number,
  tid: number,
  script: RegExp,
): Array<[number, number]> {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const inScript = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let v = inScript.get(id);
    if (v === undefined) {
      v = false;
      for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent))
        if (script.test(n.callFrame?.url ?? '')) v = true;
      inScript.set(id, v);
    }
    return v;
  };
  let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  const out: Array<[number, number]> = [];
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((id, i) => {
      const d = data.timeDeltas?.[i] ?? 0;
      t += d;
      if (isOurs(id)) out.push([t - Math.min(d, MAX_SAMPLE_US), t]);
    });
  }
  return out;
}

/** Sorted, non-overlapping. */
function merge(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The script's time in a trace (see the module comment). */
export function contentTime(events: TraceEvent[], script: RegExp): ContentTime {
  const thread = scriptThread(events, script);
  if (!thread) return { totalMs: 0, longestMs: 0 };
  const [pid, tid] = thread;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const spans: Array<[number, number]> = onThread
    .filter((e) => ours(e, script))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const merged = merge([...spans, ...sampledIntervals(events, pid, tid, script)]);
  const tasks = onThread
    .filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const perTask = new Map<number, number>();
  let total = 0;
  for (const [s, e] of merged) {
    total += e - s;
    const k = tasks.findIndex(([ts, te]) => s >= ts && s < te);
    perTask.set(k, (perTask.get(k) ?? 0) + (e - s));
  }
  const longest = Math.max(
    0,
    ...[...perTask].filter(([k]) => k >= 0).map(([, v]) => v),
    ...merged.map(([s, e]) => e - s),
  );
  return { totalMs: total / 1000, longestMs: longest / 1000 };
}

// Where a page's main-thread time goes, from a Chromium trace: every event's own time (its duration
// less that of the events nested in it) on the page's renderer main thread, by kind of work — script,
// compile, style, layout, paint, other — so a regression in the whole cost shows where it lives.
import type { Browser } from 'puppeteer-core';
import { median } from './stats';
import { assertSettled, prepareLoad, waitWindow } from './browser-runs';
import { recordTrace } from './trace';

export const BREAKDOWN = ['script', 'compile', 'style', 'layout', 'paint', 'other'] as const;
export type Kind = (typeof BREAKDOWN)[number];
export type Breakdown = Record<Kind, number>;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

/** Trace event names by kind of work (Chromium's DevTools timeline names). */
const KINDS: Array<[RegExp, Kind]> = [
  [/^(?:v8\.compile|v8\.compileModule|v8\.produce(?:Module)?Cache|v8\.deserialize|V8\.Compile|v8\.parseOnBackground)/i, 'compile'],
  [/^(?:UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/, 'style'],
  [/^(?:Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections)$/, 'layout'],
  [/^(?:Paint|PrePaint|Commit|Layerize|CompositeLayers|UpdateLayer|UpdateLayerTree|PaintImage|Decode Image|ImageDecodeTask)$/, 'paint'],
  [/^(?:FunctionCall|EvaluateScript|v8\.run|v8\.callFunction|v8\.evaluateModule|v8\.callModuleMethod|RunMicrotasks|V8\.Execute|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|MajorGC|MinorGC|V8\.GC\w*|BlinkGC\.\w+)$/, 'script'],
]; // prettier-ignore

const TASK = 'ThreadControllerImpl::RunTask';

function kindOf(name: string): Kind {
  for (const [pattern, kind] of KINDS) if (pattern.test(name)) return kind;
  return 'other';
}

/** The page's renderer main thread: the CrRendererMain thread that parsed `url` (else the busiest one). */
function mainThread(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const parsed = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '') === url);
  if (parsed) return { pid: parsed.pid, tid: parsed.tid };
  let best: { pid: number; tid: number } | null = null;
  let busiest = -1;
  for (const m of mains) {
    const busy = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === TASK)
      .reduce((n, e) => n + (e.dur ?? 0), 0);
    if (busy > busiest) [best, busiest] = [{ pid: m.pid, tid: m.tid }, busy];
  }
  return best;
}

/** Each complete event's own time on the thread, summed by kind (ms). */
function selfTimes(events: TraceEvent[]): Breakdown {
  const out: Breakdown = { script: 0, compile: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const spans = events
    .filter((e) => e.ph === 'X' && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: Array<{ end: number; kind: Kind }> = [];
  for (const e of spans) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    const kind = kindOf(e.name);
    // Nested time leaves the parent's own time for the child's kind (inner "other" events keep the parent's).
    const own = kind === 'other' && parent ? parent.kind : kind;
    if (parent) out[parent.kind] -= (e.dur ?? 0) / 1000;
    out[own] += (e.dur ?? 0) / 1000;
    stack.push({ end, kind: own });
  }
  return out;
}

/** One traced load of `url`: the main thread's time by kind (ms). */
async function tracedLoad(browser: Browser, url: string, backstory: boolean, article: boolean): Promise<Breakdown> {
  if (backstory) await prepareLoad(browser);
  const page = await browser.newPage();
  const trace = await recordTrace<TraceEvent>(
    await page.createCDPSession(),
    'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing,__metadata',
  );
  await page.goto(url, { waitUntil: 'load' });
  await waitWindow();
  const events = await trace.stop();
  if (backstory) await assertSettled(page, article);
  await page.close().catch(() => undefined);
  const thread = mainThread(events, url);
  const empty: Breakdown = { script: 0, compile: 0, style: 0, layout: 0, paint: 0, other: 0 };
  return thread ? selfTimes(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid)) : empty;
}

/** The extra time by kind: medians of `loads` traced loads with Backstory less those with the empty extension. */
export async function traceBreakdown(
  backstory: Browser,
  empty: Browser,
  url: string,
  article: boolean,
  loads: number,
): Promise<Breakdown> {
  const withB: Breakdown[] = [];
  const withE: Breakdown[] = [];
  for (let i = 0; i < loads; i++) {
    withB.push(await tracedLoad(backstory, url, true, article));
    withE.push(await tracedLoad(empty, url, false, article));
  }
  const out = {} as Breakdown;
  for (const kind of BREAKDOWN) out[kind] = median(withB.map((b) => b[kind])) - median(withE.map((b) => b[kind]));
  return out;
}

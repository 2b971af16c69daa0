// Records a Chromium trace of one page load and finds the longest main-thread task that ran our code
// (its synchronous stages and every slice of the sliced ones). Long-task observers in the page cannot
// see tasks of an extension's isolated world; the trace sees every task.
import type { CDPSession } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: unknown;
}

export interface TraceResult {
  /** The longest task (ms) that ran our code, between the content script's first measure and done. */
  longestTask: number;
  /** V8 compiling our bundles and reading or writing their code cache on the page's thread (ms): outside every measure. */
  compile: number;
}

export interface Tracer {
  finish(): Promise<TraceResult>;
}

/** V8's top-level compile events on the main thread (each once: their details nest inside them). */
const COMPILE_EVENTS = new Set(['v8.compile', 'v8.compileModule', 'v8.produceModuleCache', 'v8.produceCache']);
const OUR_BUNDLE = /chrome-extension:\/\/[a-z]+\/(?:sentinel|analyzer|cards)\.js/;

const TASK = 'ThreadControllerImpl::RunTask';

/** A trace's stream, read whole. */
async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return data;
}

/**
 * When our code ran, from the measures that are real intervals: the synchronous stages and every slice
 * of the sliced ones (whose stage measures sum their slices and so are not intervals of time).
 */
function spansOfOurCode(marks: TraceEvent[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const begin of marks) {
    if (begin.ph !== 'b' || !RUNNING.has(begin.name)) continue;
    const end = marks.find((e) => e.ph === 'e' && e.name === begin.name && e.ts >= begin.ts);
    if (end) spans.push([begin.ts, end.ts]);
  }
  return spans;
}

const RUNNING = new Set(['boot', 'check', 'setup', 'load-analyzer', 'hand-off', 'slice'].map((n) => `backstory:${n}`));

/**
 * Starts recording `categories` on the session; `stop()` ends the recording and gives every event (none
 * when Chromium returned no stream). Both trace readers of the benchmark record through this.
 */
export async function recordTrace<E>(cdp: CDPSession, categories: string): Promise<{ stop(): Promise<E[]> }> {
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
  return {
    async stop() {
      const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await complete;
      if (!stream) return [];
      const parsed = JSON.parse(await readStream(cdp, stream)) as { traceEvents?: E[] } | E[];
      return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
  };
}

export async function startTrace(cdp: CDPSession): Promise<Tracer> {
  const trace = await recordTrace<TraceEvent>(cdp, 'toplevel,blink.user_timing,v8');
  return {
    async finish() {
      const events = await trace.stop();
      await cdp.detach();
      const marks = events.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('backstory:'));
      const thread = marks[0]?.tid;
      if (thread === undefined) throw new Error('The trace holds no backstory measures');
      const running = spansOfOurCode(marks);
      // A task is ours when our code ran in it: page rendering and loading tasks in between are not.
      const tasks = events.filter(
        (e) =>
          e.tid === thread &&
          e.name === TASK &&
          running.some(([start, end]) => start < e.ts + (e.dur ?? 0) && end > e.ts),
      );
      const compile = events.filter(
        (e) => e.tid === thread && COMPILE_EVENTS.has(e.name) && OUR_BUNDLE.test(JSON.stringify(e.args ?? {})),
      );
      return {
        longestTask: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
        compile: compile.reduce((n, e) => n + (e.dur ?? 0) / 1000, 0),
      };
    },
  };
}

// Records a Chromium trace of one page load and finds the longest main-thread task while the content
// script worked (from its first `backstory:` measure to `backstory:done`). Long-task observers in the
// page cannot see tasks of an extension's isolated world; the trace sees every task.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

export interface Tracer {
  /** Ends the trace and returns the longest task (ms) between the content script's first measure and done. */
  longestTask(): Promise<number>;
}

const TASK = 'ThreadControllerImpl::RunTask';

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

export async function startTrace(context: BrowserContext, page: Page): Promise<Tracer> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReturnAsStream' });
  return {
    async longestTask() {
      const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await complete;
      if (!stream) throw new Error('The trace returned no stream');
      const parsed = JSON.parse(await readStream(cdp, stream)) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
      await cdp.detach();
      const ours = events.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('backstory:'));
      const first = Math.min(...ours.filter((e) => e.ph === 'b').map((e) => e.ts));
      const done = ours.find((e) => e.name === 'backstory:done');
      const thread = ours[0]?.tid;
      if (!done || thread === undefined) throw new Error('The trace holds no backstory measures');
      const tasks = events.filter(
        (e) => e.tid === thread && e.name === TASK && e.ts + (e.dur ?? 0) >= first && e.ts <= done.ts,
      );
      return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
    },
  };
}

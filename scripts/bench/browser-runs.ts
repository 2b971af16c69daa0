// Runs each page in headless Chromium with the built extension, as a reader would load it, and reads
// the content script's own timing measures (`backstory:*`), the long tasks during its work, and the
// time Readability's parse takes on the same page in the same run.
import type { BrowserContext } from '@playwright/test';
import path from 'node:path';
import type { BenchPage } from './pages';
import { summarize, type Summary } from './stats';

export const STAGES = ['check', 'load-analyzer', 'check-guards', 'extract', 'entities', 'mark'] as const;
export type Stage = (typeof STAGES)[number];

export interface BrowserResult {
  page: string;
  kind: BenchPage['kind'];
  stages: Record<Stage | 'total', Summary>;
  readability: Summary;
  /** Longest main-thread task while the content script worked (ms). */
  longestTask: Summary;
}

const READABILITY = path.resolve(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js');

interface LoadSample {
  measures: Record<string, number>;
  readability: number;
  longestTask: number;
}

async function loadOnce(context: BrowserContext, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]> };
    w.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration])),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0, undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(50);
  const sample = await page.evaluate(() => {
    const measures: Record<string, number> = {};
    let first = Infinity;
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith('backstory:')) continue;
      const name = m.name.slice('backstory:'.length);
      measures[name] = (measures[name] ?? 0) + m.duration;
      first = Math.min(first, m.startTime);
    }
    const done = performance.getEntriesByName('backstory:done')[0]?.startTime ?? first;
    const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
    const ours = tasks.filter(([start, duration]) => start + duration >= first && start <= done);
    return { measures, longestTask: Math.max(0, ...ours.map(([, d]) => d)) };
  });
  await page.addScriptTag({ path: READABILITY });
  const readability = await page.evaluate(() => {
    const R = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
    const start = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  });
  await page.close();
  return { ...sample, readability };
}

export async function runInBrowser(
  context: BrowserContext,
  pages: BenchPage[],
  url: (p: string) => string,
  loads: number,
): Promise<BrowserResult[]> {
  const results: BrowserResult[] = [];
  for (const page of pages) {
    await loadOnce(context, url(page.url)); // warm-up: the browser's caches, as for a returning reader
    const samples: LoadSample[] = [];
    for (let i = 0; i < loads; i++) samples.push(await loadOnce(context, url(page.url)));
    const of = (name: string) => summarize(samples.map((s) => s.measures[name] ?? 0));
    const stages = Object.fromEntries(STAGES.map((s) => [s, of(s)])) as Record<Stage, Summary>;
    const totals = samples.map((s) => STAGES.reduce((sum, stage) => sum + (s.measures[stage] ?? 0), 0));
    results.push({
      page: page.name,
      kind: page.kind,
      stages: { ...stages, total: summarize(totals) },
      readability: summarize(samples.map((s) => s.readability)),
      longestTask: summarize(samples.map((s) => s.longestTask)),
    });
    console.log(`  ${page.name}: total median ${results[results.length - 1]?.stages.total.median.toFixed(1)} ms`);
  }
  return results;
}

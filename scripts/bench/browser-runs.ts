// Runs each page in headless Chromium with the built extension, as a reader would load it, and reads
// the content script's own timing measures (`backstory:*`), the background's entity-finding measure,
// the longest main-thread task (from a trace), and Readability's parse of the same page in the same run.
// (puppeteer-core with network monitoring off: see launchForTiming.)
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchPage } from './pages';
import { summarize, type Summary } from './stats';
import { startTrace, type TraceResult } from './trace';

/** The content script's stages on the page's main thread; their sum is the total. */
export const STAGES = [
  'boot',
  'setup',
  'check',
  'load-analyzer',
  'check-guards',
  'extract',
  'hand-off',
  'mark',
] as const;
export type Stage = (typeof STAGES)[number];

export interface BrowserResult {
  page: string;
  kind: BenchPage['kind'];
  stages: Record<Stage | 'total', Summary>;
  /** Entity finding, in the background (off the page's main thread). */
  entities: Summary;
  /** From the content script's first measure until the marks are all in (wall time). */
  marksIn: Summary;
  readability: Summary;
  /** Longest main-thread task while the content script worked (ms), from traced loads. */
  longestTask: Summary;
  /** V8 compiling our bundles on the page's thread (ms), from traced loads: not in any measure. */
  compile: Summary;
}

const READABILITY = path.resolve(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js');

interface LoadSample {
  measures: Record<string, number>;
  entities: number;
  marksIn: number;
  readability: number;
}

async function serviceWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const worker = await target.worker();
  if (!worker) throw new Error("The extension's service worker is not running");
  return worker;
}

async function waitDone(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0, {
    timeout: 60_000,
  });
}

/**
 * Readability in the page's own world at DOMContentLoaded, before the content script runs (which waits
 * for the document to be idle). Whichever runs first in a fresh tab pays its first-script costs, so
 * loads alternate the order: the medians compare like with like.
 */
function readabilityFirst(): string {
  return `${readFileSync(READABILITY, 'utf8')}
;addEventListener('DOMContentLoaded', () => {
  const start = performance.now();
  new Readability(document.cloneNode(true)).parse();
  window.__readabilityMs = performance.now() - start;
}, { once: true });`;
}

async function readabilityAfter(page: Page): Promise<number> {
  await page.addScriptTag({ content: readFileSync(READABILITY, 'utf8') });
  return page.evaluate(() => {
    const R = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
    const start = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  });
}

async function loadOnce(browser: Browser, url: string, readabilityBefore: boolean): Promise<LoadSample> {
  const worker = await serviceWorker(browser);
  await worker.evaluate(() => performance.clearMeasures());
  const page = await browser.newPage();
  if (readabilityBefore) await page.evaluateOnNewDocument(readabilityFirst());
  await page.goto(url);
  await waitDone(page);
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
    return { measures, marksIn: done - first };
  });
  const entities = await worker.evaluate(() =>
    performance.getEntriesByName('backstory:entities').reduce((n, m) => n + m.duration, 0),
  );
  const readability = readabilityBefore
    ? await page.evaluate(() => (window as unknown as { __readabilityMs: number }).__readabilityMs)
    : await readabilityAfter(page);
  await page.close();
  return { ...sample, entities, readability };
}

/** A load with a trace running, for what measures cannot see (tracing slows the stages a little). */
async function tracedLoad(browser: Browser, url: string): Promise<TraceResult> {
  const page = await browser.newPage();
  const tracer = await startTrace(await page.createCDPSession());
  await page.goto(url);
  await waitDone(page);
  const result = await tracer.finish();
  await page.close();
  return result;
}

export async function runInBrowser(
  browser: Browser,
  pages: BenchPage[],
  url: (p: string) => string,
  loads: number,
  tracedLoads: number,
): Promise<BrowserResult[]> {
  const results: BrowserResult[] = [];
  for (const page of pages) {
    await loadOnce(browser, url(page.url), false); // warm-up: the browser's caches, as for a returning reader
    const samples: LoadSample[] = [];
    for (let i = 0; i < loads; i++) samples.push(await loadOnce(browser, url(page.url), i % 2 === 0));
    const traced: TraceResult[] = [];
    for (let i = 0; i < tracedLoads; i++) traced.push(await tracedLoad(browser, url(page.url)));
    const of = (name: string) => summarize(samples.map((s) => s.measures[name] ?? 0));
    const stages = Object.fromEntries(STAGES.map((s) => [s, of(s)])) as Record<Stage, Summary>;
    const totals = samples.map((s) => STAGES.reduce((sum, stage) => sum + (s.measures[stage] ?? 0), 0));
    const result: BrowserResult = {
      page: page.name,
      kind: page.kind,
      stages: { ...stages, total: summarize(totals) },
      entities: summarize(samples.map((s) => s.entities)),
      marksIn: summarize(samples.map((s) => s.marksIn)),
      readability: summarize(samples.map((s) => s.readability)),
      longestTask: summarize(traced.map((t) => t.longestTask)),
      compile: summarize(traced.map((t) => t.compile)),
    };
    results.push(result);
    console.log(
      `  ${page.name}: main thread ${result.stages.total.median.toFixed(1)} ms, longest task ${result.longestTask.max.toFixed(1)} ms`,
    );
  }
  return results;
}

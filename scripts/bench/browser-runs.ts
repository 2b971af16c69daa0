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
import { loadWorld } from '../../tests/support/fake-wikimedia';

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

const TYPING = worldTyping();
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

export async function readabilityAfter(page: Page): Promise<number> {
  await page.addScriptTag({ content: readFileSync(READABILITY, 'utf8') });
  return page.evaluate(() => {
    const R = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
    const start = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - start;
  });
}

/** Each fixture-world title's "instance of" classes: what the bench's Wikidata knows of names. */
function worldTyping(): Record<string, string[]> {
  const world = loadWorld();
  const classes = (id: string | undefined) => {
    const p31 = id ? world.entities[id]?.claims?.P31 : undefined;
    return Array.isArray(p31) ? p31.filter((c): c is string => typeof c === 'string') : [];
  };
  return Object.fromEntries(world.pages.filter((p) => p.wikidata).map((p) => [p.title, classes(p.wikidata)]));
}

/**
 * The knowledge look-up answered in the background from the fixture world's titles (no network here),
 * so every article pays the second marking step: the round trip, and the re-marking where a verdict
 * changes the marks (the knowledge page). The verdicts stored by the last load are forgotten, so each
 * load asks again. Other look-ups fail, as offline.
 */
async function answerTyping(worker: WebWorker, typing: Record<string, string[]>): Promise<void> {
  await worker.evaluate(async (known: Record<string, string[]>) => {
    const scope = globalThis as unknown as { __benchFetch?: boolean; fetch: typeof fetch };
    if (!scope.__benchFetch) {
      const real = scope.fetch.bind(globalThis);
      scope.__benchFetch = true;
      scope.fetch = async (input, init) => {
        const url = new URL(String(input instanceof Request ? input.url : input));
        if (url.searchParams.get('action') !== 'wbgetentities' || !url.searchParams.has('sites'))
          return real(input, init);
        const entities: Record<string, unknown> = {};
        (url.searchParams.get('titles') ?? '').split('|').forEach((title, i) => {
          const classes = known[title];
          entities[classes ? `Q${i + 1}` : String(-1 - i)] = classes
            ? {
                id: `Q${i + 1}`,
                sitelinks: { enwiki: { title } },
                claims: {
                  P31: classes.map((id) => ({
                    mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } },
                    rank: 'normal',
                  })),
                },
              }
            : { site: 'enwiki', title, missing: '' };
        });
        return new Response(JSON.stringify({ entities }), { headers: { 'content-type': 'application/json' } });
      };
    }
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('backstory');
      open.onerror = () => resolve();
      open.onsuccess = () => {
        if (!open.result.objectStoreNames.contains('verdicts')) return resolve();
        const tx = open.result.transaction('verdicts', 'readwrite');
        tx.objectStore('verdicts').clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => resolve();
      };
    });
  }, typing);
}

/** After the marks: an article's second marking step (the knowledge look-up's answer applied). */
async function waitConfirmed(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('backstory:confirmed').length > 0, {
    timeout: 30_000,
  });
}

/** Before a load with Backstory: its look-up answered, its stored verdicts forgotten. */
export async function prepareLoad(browser: Browser): Promise<void> {
  await answerTyping(await serviceWorker(browser), TYPING);
}

/** How long both sides are given after the load event before their time is read (Backstory is done well within it). */
export const WINDOW_MS = 1500;

/**
 * The same window on both sides, with nothing asked of the page in it: polling the page while it works,
 * or even waiting on a function in it, adds tasks (and an injected world) to one side only.
 */
export async function waitWindow(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
}

/** After the time is read: Backstory had finished (and, on an article, applied the look-up) in the window. */
export async function assertSettled(page: Page, article: boolean): Promise<void> {
  const settled = await page.evaluate(
    (confirmed) =>
      performance.getEntriesByName('backstory:done').length > 0 &&
      (!confirmed || performance.getEntriesByName('backstory:confirmed').length > 0),
    article,
  );
  if (!settled) throw new Error(`Backstory had not finished within the ${WINDOW_MS} ms window on ${page.url()}`);
}

async function loadOnce(
  browser: Browser,
  url: string,
  readabilityBefore: boolean,
  article: boolean,
): Promise<LoadSample> {
  const worker = await serviceWorker(browser);
  await worker.evaluate(() => performance.clearMeasures());
  await answerTyping(worker, TYPING);
  const page = await browser.newPage();
  if (readabilityBefore) await page.evaluateOnNewDocument(readabilityFirst());
  await page.goto(url);
  await waitDone(page);
  if (article) await waitConfirmed(page);
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
async function tracedLoad(browser: Browser, url: string, article: boolean): Promise<TraceResult> {
  await answerTyping(await serviceWorker(browser), TYPING);
  const page = await browser.newPage();
  const tracer = await startTrace(await page.createCDPSession());
  await page.goto(url);
  await waitDone(page);
  if (article) await waitConfirmed(page);
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
    const article = page.kind === 'article';
    await loadOnce(browser, url(page.url), false, article); // warm-up: the browser's caches, as for a returning reader
    const samples: LoadSample[] = [];
    for (let i = 0; i < loads; i++) samples.push(await loadOnce(browser, url(page.url), i % 2 === 0, article));
    const traced: TraceResult[] = [];
    for (let i = 0; i < tracedLoads; i++) traced.push(await tracedLoad(browser, url(page.url), article));
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

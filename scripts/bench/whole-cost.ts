// The whole cost a reader's page pays for Backstory: the renderer main thread's total task time (CDP
// Performance.getMetrics → TaskDuration) of a page loaded with the built extension, minus the same page
// loaded with an empty reference extension (same Chromium, same run, loads alternating), beside
// Readability.parse() of that page; and, from traced loads, where the difference goes.
import type { Browser, Page } from 'puppeteer-core';
import { launchForTiming } from '../chromium';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchPage } from './pages';
import { median } from './stats';
import { assertSettled, prepareLoad, readabilityAfter, waitWindow } from './browser-runs';
import { traceBreakdown, BREAKDOWN, type Breakdown } from './trace-breakdown';

export interface Spread {
  median: number;
  /** The middle half of the loads: 25th and 75th percentiles. */
  p25: number;
  p75: number;
}

export interface WholeCostResult {
  page: string;
  kind: BenchPage['kind'];
  /** Main-thread task time with Backstory, with the empty extension, and the difference of the medians (ms). */
  withBackstory: Spread;
  withEmpty: Spread;
  extra: number;
  readability: number;
  /** Extra main-thread time by kind of work (ms, medians of traced loads, Backstory minus empty). */
  breakdown: Breakdown;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

function spread(values: number[]): Spread {
  return { median: median(values), p25: percentile(values, 0.25), p75: percentile(values, 0.75) };
}

/** An MV3 extension whose content script, on every page, does nothing: the reference a page pays anyway. */
export function writeEmptyExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Empty reference',
    version: '1.0.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'empty.js'), '// Does nothing: the cost of having a content script at all.\n');
  return dir;
}

/** The page's main-thread task time (ms) once it has settled: Backstory's reading done, or the load plus a pause. */
async function taskTime(browser: Browser, url: string, backstory: boolean, article: boolean): Promise<number> {
  if (backstory) await prepareLoad(browser);
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await waitWindow();
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  if (backstory) await assertSettled(page, article);
  await closePage(page);
  return seconds * 1000;
}

async function closePage(page: Page): Promise<void> {
  await page.close().catch(() => undefined);
}

async function readabilityMs(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await readabilityAfter(page);
  await closePage(page);
  return ms;
}

/**
 * For each page: `loads` loads in each browser, alternating which goes first, medians and spreads of
 * the task time, Readability's parse in the reference browser, and the breakdown of `traced` loads each.
 */
export async function runWholeCost(
  backstory: Browser,
  empty: Browser,
  pages: BenchPage[],
  url: (p: string) => string,
  loads: number,
  traced: number,
): Promise<WholeCostResult[]> {
  const results: WholeCostResult[] = [];
  for (const page of pages) {
    const article = page.kind === 'article';
    const address = url(page.url);
    // Warm-up: both browsers' caches, as for a returning reader.
    await taskTime(backstory, address, true, article);
    await taskTime(empty, address, false, article);
    const withB: number[] = [];
    const withE: number[] = [];
    for (let i = 0; i < loads; i++) {
      if (i % 2 === 0) {
        withB.push(await taskTime(backstory, address, true, article));
        withE.push(await taskTime(empty, address, false, article));
      } else {
        withE.push(await taskTime(empty, address, false, article));
        withB.push(await taskTime(backstory, address, true, article));
      }
    }
    const readability: number[] = [];
    for (let i = 0; i < Math.min(loads, 5); i++) readability.push(await readabilityMs(empty, address));
    const breakdown = await traceBreakdown(backstory, empty, address, article, traced);
    const withBackstory = spread(withB);
    const withEmpty = spread(withE);
    results.push({
      page: page.name,
      kind: page.kind,
      withBackstory,
      withEmpty,
      extra: withBackstory.median - withEmpty.median,
      readability: median(readability),
      breakdown,
    });
    console.log(
      `  ${page.name}: +${(withBackstory.median - withEmpty.median).toFixed(1)} ms whole cost (Readability ${median(readability).toFixed(1)} ms)`,
    );
  }
  return results;
}

/** The whole cost of `pages`: launches the two Chromiums (Backstory's build, the empty extension), runs, closes. */
export async function measureWholeCost(
  pages: BenchPage[],
  url: (p: string) => string,
  emptyDir: string,
  loads: number,
  traced: number,
): Promise<WholeCostResult[]> {
  console.log(`Whole cost: ${pages.length} pages × ${loads} loads with Backstory and with an empty extension`);
  const backstory = await launchForTiming();
  const empty = await launchForTiming(writeEmptyExtension(emptyDir));
  try {
    return await runWholeCost(backstory, empty, pages, url, loads, traced);
  } finally {
    await backstory.close();
    await empty.close();
  }
}

export { BREAKDOWN };

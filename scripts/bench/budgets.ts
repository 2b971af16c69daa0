// The performance budgets of the issue, each checked against the measured numbers.
import type { BrowserResult } from './browser-runs';
import type { BundleSize } from './bundles';
import type { CardResult } from './card-runs';
import type { WholeCostResult } from './whole-cost';

export interface Budget {
  name: string;
  value: string;
  limit: string;
  pass: boolean;
}

export const LIMITS = {
  nonArticleTotalMs: 3,
  /** A non-article refused once read pays for the reading: at most what an article's does (the seed's). */
  nonArticleReadTotalMs: 30,
  seedTotalMs: 30,
  seedVsReadability: 1.5,
  longArticleTotalMs: 300,
  longTaskMs: 50,
  contentScriptGzipKb: 40,
  warmHoverMs: 16,
  requestsPerArticle: 5,
  /** The whole cost (main-thread task time over the empty extension's): articles against Readability's parse. */
  wholeVsReadability: 1.5,
  nonArticleWholeExtraMs: 2,
} as const;

const ms = (n: number) => `${n.toFixed(1)} ms`;
/** Every bundle that runs in a page's content-script world. */
const IN_PAGE = ['sentinel.js', 'analyzer.js', 'cards.js'];

export function checkBudgets(
  results: BrowserResult[],
  bundles: BundleSize[],
  cards: CardResult | null,
  whole: WholeCostResult[] = [],
  real: ReadonlySet<string> = new Set(),
): Budget[] {
  const out: Budget[] = [];
  const add = (name: string, value: string, limit: string, pass: boolean) => out.push({ name, value, limit, pass });
  /** A time that must not exceed `limit` milliseconds. */
  const addMs = (name: string, value: number, limit: number) => add(name, ms(value), `≤ ${limit} ms`, value <= limit);
  for (const r of results.filter((x) => x.kind === 'non-article')) {
    addMs(`non-article ${r.page}: total (median)`, r.stages.total.median, LIMITS.nonArticleTotalMs);
  }
  for (const r of results.filter((x) => x.kind === 'non-article-read')) {
    addMs(
      `non-article refused once read ${r.page}: total (median)`,
      r.stages.total.median,
      LIMITS.nonArticleReadTotalMs,
    );
  }
  const seed = results.find((r) => r.page === 'seed');
  if (seed) {
    addMs('seed: total (median)', seed.stages.total.median, LIMITS.seedTotalMs);
    const ratio = seed.stages.total.median / seed.readability.median;
    add(
      'seed: total ÷ Readability parse',
      `${ratio.toFixed(2)}× (${ms(seed.readability.median)})`,
      `≤ ${LIMITS.seedVsReadability}×`,
      ratio <= LIMITS.seedVsReadability,
    );
  }
  const long = results.find((r) => r.page.startsWith('long article'));
  if (long) {
    addMs('long article: total (median)', long.stages.total.median, LIMITS.longArticleTotalMs);
    addMs('long article: longest task (max)', long.longestTask.max, LIMITS.longTaskMs);
  }
  const huge = results.find((r) => r.page.startsWith('huge page'));
  if (huge) addMs('100k-node page: finishes, longest task (max)', huge.longestTask.max, LIMITS.longTaskMs);
  const inPage = bundles.filter((b) => IN_PAGE.includes(b.file));
  if (inPage.length === IN_PAGE.length) {
    // The declared content script is the sentinel alone; on an article it loads the analyzer into the
    // same world, and the card UI at the first hover: the budget is held by all three together.
    const kb = inPage.reduce((n, b) => n + b.gzip, 0) / 1024;
    add(
      'content scripts: sentinel + analyzer + cards (gzip)',
      `${kb.toFixed(1)} KB`,
      `≤ ${LIMITS.contentScriptGzipKb} KB`,
      kb <= LIMITS.contentScriptGzipKb,
    );
  }
  if (cards) {
    addMs(`warm-cache hover → card painted (median of ${cards.hovers})`, cards.hover.median, LIMITS.warmHoverMs);
    add(
      'requests per article',
      String(cards.requests),
      `≤ ${LIMITS.requestsPerArticle}`,
      cards.requests <= LIMITS.requestsPerArticle,
    );
  }
  // The whole cost: what the page's main thread pays, rendering included, over the empty extension's.
  for (const w of whole) {
    if (w.kind === 'non-article') {
      addMs(`whole cost, non-article ${w.page}: extra (median)`, w.extra, LIMITS.nonArticleWholeExtraMs);
    } else if (w.page === 'seed' || real.has(w.page)) {
      const ratio = w.extra / w.readability;
      add(
        `whole cost, ${w.page}: extra ÷ Readability parse`,
        `${ratio.toFixed(2)}× (${ms(w.extra)} vs ${ms(w.readability)})`,
        `≤ ${LIMITS.wholeVsReadability}×`,
        ratio <= LIMITS.wholeVsReadability,
      );
    }
  }
  return out;
}

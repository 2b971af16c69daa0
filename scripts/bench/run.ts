// `npm run bench`: the content script's cost in headless Chromium (with Readability's parse of the
// same page as the reference), the same stages in Node, bundle sizes, and cards — each budget printed
// PASS or FAIL, the whole written to bench/results/latest.json. A benchmark, never part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchForTiming, launchWithExtension, EXTENSION_DIR } from '../chromium';
import { startStaticServer } from '../static-server';
import { benchPages, GENERATED_DIR } from './pages';
import { runInBrowser } from './browser-runs';
import { runInNode } from './node-runs';
import { bundleSizes } from './bundles';
import { runCards } from './card-runs';
import { checkBudgets } from './budgets';
import { printReport } from './report';
import { measureWholeCost } from './whole-cost';
import { CORPUS_DIR } from './pages';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
/** Extra loads with a trace running, for the longest task (tracing itself slows the stages a little). */
const TRACED_LOADS = Number(process.env.BENCH_TRACED_LOADS ?? 5);
/** Loads per browser for the whole cost (Backstory's and the empty extension's, alternating). */
const WHOLE_LOADS = Number(process.env.BENCH_WHOLE_LOADS ?? 15);
const WHOLE_TRACED = Number(process.env.BENCH_WHOLE_TRACED ?? 3);
const OUT = path.resolve(import.meta.dirname, '../../bench/results');

/** BENCH_ONLY=seed,login runs just those pages (names as printed), for quick comparisons. */
const only = process.env.BENCH_ONLY?.split(',');
const pages = benchPages().filter((p) => !only || only.some((name) => p.name.startsWith(name)));
const server = await startStaticServer(0, { '/bench/': GENERATED_DIR, '/corpus/': CORPUS_DIR });
console.log(`Chromium: ${pages.length} pages × ${LOADS} loads`);
const browser = await launchForTiming();
const inBrowser = await runInBrowser(browser, pages, (p) => server.url(p), LOADS, TRACED_LOADS);
await browser.close();

const emptyDir = path.join(GENERATED_DIR, 'empty-extension');
const whole = await measureWholeCost(pages, (p) => server.url(p), emptyDir, WHOLE_LOADS, WHOLE_TRACED);

console.log('Node: the same stages');
const inNode = runInNode(pages, LOADS);

console.log('Cards');
const cardsBrowser = await launchWithExtension();
const cardPage = pages.find((p) => p.name === 'seed') ?? pages.find((p) => p.kind === 'article');
const cards = cardPage ? await runCards(cardsBrowser.context, server.url(cardPage.url), cardPage.name) : null;
await cardsBrowser.context.close();
await server.close();

const bundles = bundleSizes(EXTENSION_DIR);
const real = new Set(pages.filter((p) => p.real).map((p) => p.name));
const budgets = checkBudgets(inBrowser, bundles, cards, whole, real);
const report = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  loads: LOADS,
  inBrowser,
  inNode,
  bundles,
  cards,
  whole,
  budgets,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
printReport(report);

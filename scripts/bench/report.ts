// Prints the benchmark's tables: browser stages with Readability beside them, Node stages, bundle
// sizes, cards, and every budget with PASS or FAIL.
import { STAGES, type BrowserResult, type Stage } from './browser-runs';
import type { NodeResult } from './node-runs';
import type { BundleSize } from './bundles';
import type { CardResult } from './card-runs';
import type { Budget } from './budgets';
import type { Summary } from './stats';
import { BREAKDOWN, type WholeCostResult } from './whole-cost';

export interface Report {
  date: string;
  machine: string;
  loads: number;
  inBrowser: BrowserResult[];
  inNode: NodeResult[];
  bundles: BundleSize[];
  cards: CardResult | null;
  whole: WholeCostResult[];
  budgets: Budget[];
}

/** Column titles where the measure's name is too long for the table. */
const STAGE_LABELS: Partial<Record<Stage, string>> = { 'load-analyzer': 'load', 'check-guards': 'guards' };

const cell = (s: Summary | undefined) => (s ? `${s.median.toFixed(1)}/${s.max.toFixed(1)}` : '').padStart(12);

export function printReport(r: Report): void {
  console.log(`\nBackstory benchmark — ${r.date} — ${r.machine} — median/max ms over ${r.loads} loads\n`);
  console.log(
    `${'Chromium (page main thread)'.padEnd(30)}${[...STAGES.map((s) => STAGE_LABELS[s] ?? s), 'TOTAL', 'Readab.', 'long task', 'compile*', 'entities*', 'marks in'].map((h) => h.padStart(12)).join('')}`,
  );
  for (const b of r.inBrowser) {
    const s = b.stages;
    console.log(
      `${b.page.slice(0, 29).padEnd(30)}${[...STAGES.map((stage) => s[stage]), s.total, b.readability, b.longestTask, b.compile, b.entities, b.marksIn].map(cell).join('')}`,
    );
  }
  console.log(
    "* compile: V8 compiling our bundles and writing or reading their code cache on the page's thread, from traced loads — no measure sees it (nor Readability's); entities: found in the extension's background (warm, off the page's thread). Neither is part of TOTAL. marks in: wall time until every mark is in.",
  );
  console.log(
    `\n${'Node (CLI path)'.padEnd(30)}${['check', 'extract', 'entities', 'mark', 'TOTAL'].map((h) => h.padStart(12)).join('')}`,
  );
  for (const n of r.inNode)
    console.log(
      `${n.page.slice(0, 29).padEnd(30)}${[n.stages.check, n.stages.extract, n.stages.entities, n.stages.mark, n.stages.total].map(cell).join('')}`,
    );
  console.log(`\n${'Bundle'.padEnd(48)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const b of r.bundles)
    console.log(
      `${b.file.padEnd(48)}${`${(b.raw / 1024).toFixed(1)} KB`.padStart(10)}${`${(b.gzip / 1024).toFixed(1)} KB`.padStart(10)}`,
    );
  if (r.cards)
    console.log(
      `\nCards on ${r.cards.page}: ${r.cards.requests} requests for the article; warm hover → painted ${r.cards.hover.median.toFixed(1)} ms median, ${r.cards.hover.max.toFixed(1)} ms max (${r.cards.hovers} hovers)`,
    );
  if (r.whole.length > 0) {
    console.log(
      `\n${'Whole cost (main-thread task time)'.padEnd(36)}${['with', 'empty ext.', 'EXTRA', 'Readab.', ...BREAKDOWN].map((h) => h.padStart(11)).join('')}`,
    );
    for (const w of r.whole) {
      const mid = (s: { median: number; p25: number; p75: number }) => `${s.median.toFixed(1)}`.padStart(11);
      console.log(
        `${w.page.slice(0, 35).padEnd(36)}${mid(w.withBackstory)}${mid(w.withEmpty)}${w.extra.toFixed(1).padStart(11)}${w.readability.toFixed(1).padStart(11)}${BREAKDOWN.map((k) => w.breakdown[k].toFixed(1).padStart(11)).join('')}`,
      );
    }
    console.log(
      '  with / empty ext.: medians over the loads of each browser (25th–75th percentiles in latest.json); EXTRA: their difference; the kinds: extra own time by kind of work, from traced loads.',
    );
  }
  console.log('\nBudgets');
  for (const b of r.budgets)
    console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(52)} ${b.value.padStart(22)}  ${b.limit}`);
}

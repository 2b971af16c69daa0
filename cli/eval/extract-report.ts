// Prints the real-web extraction eval: detection, body shingle scores overall, per language and per
// source, metadata against the hand-made list, Backstory and Readability.js side by side, and floors.
import { matchPage, scoreSet, type PageMatch, type SetScore } from './shingles';
import { sameByline, sameDate } from './metadata-match';
import type { CorpusPage } from '../corpus/manifest';
import type { ExtractorRun } from './extract-runs';

export interface PageResult {
  page: CorpusPage;
  reference: string | null;
  backstory: ExtractorRun;
  readability: ExtractorRun;
}

/** The issue's floors: detection, non-articles, body F1, per-language F1, dates, bylines. */
export const EXTRACT_FLOORS = { detected: 0.99, bodyF1: 0.95, languageF1: 0.9, dates: 0.97, bylines: 0.9 };
/** Languages with fewer articles than this are pooled into one "other" group. */
const MIN_LANGUAGE_GROUP = 4;

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '—'}%)`;
const num = (x: number) => x.toFixed(3);

interface Scored {
  result: PageResult;
  ours: PageMatch;
  theirs: PageMatch;
}

function cells(s: SetScore): string {
  return `${num(s.precision)} ${num(s.recall)} ${num(s.f1)}`.padEnd(22);
}

function row(label: string, group: Scored[]): [string, SetScore, SetScore] {
  const ours = scoreSet(group.map((g) => g.ours));
  const theirs = scoreSet(group.map((g) => g.theirs));
  console.log(`  ${`${label} (${group.length})`.padEnd(30)}${cells(ours)}${cells(theirs)}`);
  return [label, ours, theirs];
}

function groupBy(scored: Scored[], key: (s: Scored) => string): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return new Map([...groups.entries()].sort((a, b) => b[1].length - a[1].length));
}

const f1Of = (m: PageMatch) =>
  m.precision + m.recall > 0 ? (2 * m.precision * m.recall) / (m.precision + m.recall) : 0;

/** Prints the report; returns whether every floor holds. */
export function printExtractReport(results: PageResult[], title: string, verbose: boolean): boolean {
  const articles = results.filter((r) => r.page.kind === 'article');
  const others = results.filter((r) => r.page.kind === 'non-article');
  console.log(`\n${title}: ${results.length} pages, ${articles.length} articles, ${others.length} non-articles`);
  console.log(`\n${'Detection'.padEnd(32)}${'Backstory'.padEnd(22)}Readability (isProbablyReaderable)`);
  const found = (r: PageResult, who: 'backstory' | 'readability') => r[who].detected;
  const oursFound = articles.filter((r) => found(r, 'backstory')).length;
  const oursTaken = others.filter((r) => found(r, 'backstory')).length;
  console.log(
    `  ${'articles found'.padEnd(30)}${pct(oursFound, articles.length).padEnd(22)}${pct(articles.filter((r) => found(r, 'readability')).length, articles.length)}`,
  );
  console.log(
    `  ${'non-articles taken'.padEnd(30)}${pct(oursTaken, others.length).padEnd(22)}${pct(others.filter((r) => found(r, 'readability')).length, others.length)}`,
  );

  const scored: Scored[] = articles.map((result) => ({
    result,
    ours: matchPage(result.backstory.text, result.reference ?? ''),
    theirs: matchPage(result.readability.text, result.reference ?? ''),
  }));
  console.log(`\n${'Body (shingles P R F1)'.padEnd(32)}${'Backstory'.padEnd(22)}Readability.parse`);
  const [, all, allTheirs] = row('all articles', scored);
  console.log('  by language');
  const langCounts = groupBy(scored, (s) => s.result.page.lang);
  const languageGroup = (s: Scored) =>
    (langCounts.get(s.result.page.lang)?.length ?? 0) >= MIN_LANGUAGE_GROUP ? s.result.page.lang : 'other';
  const languageRows = [...groupBy(scored, languageGroup)].map(([lang, group]) => row(lang, group));
  console.log('  by source');
  for (const [source, group] of groupBy(scored, (s) => s.result.page.id.split('/')[0] ?? '')) row(source, group);

  const dated = articles.filter((r) => r.page.published);
  const signed = articles.filter((r) => r.page.byline);
  const dates = (who: 'backstory' | 'readability') =>
    dated.filter((r) => sameDate(r[who].published, r.page.published as string)).length;
  const bylines = (who: 'backstory' | 'readability') =>
    signed.filter((r) => sameByline(r[who].byline, r.page.byline as string)).length;
  console.log(`\n${'Metadata (hand-made list)'.padEnd(32)}${'Backstory'.padEnd(22)}Readability`);
  console.log(
    `  ${'publication date'.padEnd(30)}${pct(dates('backstory'), dated.length).padEnd(22)}${pct(dates('readability'), dated.length)}`,
  );
  console.log(
    `  ${'byline'.padEnd(30)}${pct(bylines('backstory'), signed.length).padEnd(22)}${pct(bylines('readability'), signed.length)}`,
  );

  const missed = articles.filter((r) => !r.backstory.detected);
  const taken = others.filter((r) => r.backstory.detected);
  if (missed.length)
    console.log(`\nArticles missed:\n${missed.map((r) => `  ${r.page.id}: ${r.backstory.reason}`).join('\n')}`);
  if (taken.length)
    console.log(
      `\nNon-articles taken:\n${taken.map((r) => `  ${r.page.id} (${r.page.category}): ${r.backstory.reason}`).join('\n')}`,
    );
  const worst = scored
    .filter((s) => s.result.backstory.detected)
    .sort((a, b) => f1Of(a.ours) - f1Of(b.ours))
    .filter((s, i) => verbose || (i < 15 && f1Of(s.ours) < 0.9));
  if (worst.length) {
    console.log(`\n${verbose ? 'Every article' : 'Weakest bodies'} (Backstory P R F1 | Readability F1)`);
    for (const s of worst)
      console.log(
        `  ${s.result.page.id.slice(0, 44).padEnd(45)}${num(s.ours.precision)} ${num(s.ours.recall)} ${num(f1Of(s.ours))} | ${num(f1Of(s.theirs))}`,
      );
  }
  if (verbose) {
    for (const r of dated.filter((d) => !sameDate(d.backstory.published, d.page.published as string)))
      console.log(`  date ${r.page.id}: found ${r.backstory.published ?? '—'}, label ${r.page.published}`);
    for (const r of signed.filter((d) => !sameByline(d.backstory.byline, d.page.byline as string)))
      console.log(`  byline ${r.page.id}: found ${r.backstory.byline ?? '—'}, label ${r.page.byline}`);
  }

  const floors: Array<[string, boolean]> = [
    [`articles found ${pct(oursFound, articles.length)} ≥ 99%`, oursFound >= EXTRACT_FLOORS.detected * articles.length],
    [`non-articles taken ${oursTaken} = 0`, oursTaken === 0],
    [`body F1 ${num(all.f1)} ≥ ${EXTRACT_FLOORS.bodyF1}`, all.f1 >= EXTRACT_FLOORS.bodyF1],
    [`body F1 ${num(all.f1)} ≥ Readability's ${num(allTheirs.f1)}`, all.f1 >= allTheirs.f1],
    ...languageRows.map(([lang, ours]): [string, boolean] => [
      `${lang} body F1 ${num(ours.f1)} ≥ ${EXTRACT_FLOORS.languageF1}`,
      ours.f1 >= EXTRACT_FLOORS.languageF1,
    ]),
    [`dates ${pct(dates('backstory'), dated.length)} ≥ 97%`, dates('backstory') >= EXTRACT_FLOORS.dates * dated.length],
    [
      `bylines ${pct(bylines('backstory'), signed.length)} ≥ 90%`,
      bylines('backstory') >= EXTRACT_FLOORS.bylines * signed.length,
    ],
  ];
  console.log('\nFloors');
  for (const [label, ok] of floors) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
  return floors.every(([, ok]) => ok);
}

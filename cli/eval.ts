// `npm run eval [-- page.html gold.json …]`: precision, recall and F1 of people and agreements on
// every fixture with an expected.json, on the seed (when ../shared is there), on the real-web entity
// corpus's dev part (when the mirrors are there; `--with-test` adds its test part), offline (rules only)
// and online (the recorded knowledge look-up replayed), and on any pairs given.
import { fixtureCases, languageCases, readGold, seedCase, type GoldCase } from './eval/gold';
import { detectionOf, evaluateCase, total, FLOORS, type CaseResult } from './eval/run-eval';
import { f1, type Counts } from './eval/score';
import { evaluateRealWeb } from './eval/real-web-entities';
import { KNOWLEDGE_FILE, recordedLookup } from './eval/recorded-knowledge';
import type { NameLookup } from '../lib/entities/verdicts';

function cell(c: Counts): string {
  const s = f1(c);
  return `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)} (${c.tp}/${c.fp}/${c.fn})`.padEnd(24);
}

function printTable(title: string, results: CaseResult[], verbose: boolean): void {
  console.log(`\n${title}`);
  console.log(`${'page'.padEnd(34)}${'people P R F1 (tp/fp/fn)'.padEnd(26)}agreements P R F1 (tp/fp/fn)`);
  for (const r of results) {
    console.log(`${r.name.padEnd(34)}${cell(r.score.people)}  ${cell(r.score.agreements)}`);
    if (verbose) for (const note of r.score.notes) console.log(`    ${note}`);
    for (const bad of r.score.notPeopleFound) console.log(`    NOT A PERSON, found as one: ${bad}`);
  }
  const sum = total(results);
  console.log(`${'overall'.padEnd(34)}${cell(sum.people)}  ${cell(sum.agreements)}`);
}

/** A real-web part's table, offline (rules only) or online (the recorded knowledge look-up replayed), and its numbers. */
function printRealWeb(
  split: 'dev' | 'test',
  verbose: boolean,
  lookup: NameLookup | null,
  lang = 'en',
): RealWebNumbers | null {
  const { results, missing } = evaluateRealWeb(split, lookup ?? undefined, lang);
  const where = lang === 'en' ? '' : ` in ${lang}`;
  if (results.length === 0) {
    if (lang === 'en')
      console.log(`\nReal-web ${split} skipped: no labelled page is in the mirrors (tests/real-web/README.md).`);
    return null;
  }
  const mode = lookup ? 'online: the recorded knowledge look-up replayed' : 'offline: rules only';
  printTable(`Real-web pages${where}, ${split} part (${results.length} pages, ${mode})`, results, verbose);
  const found = results.reduce((n, r) => n + r.score.peopleFound, 0);
  const wrong = results.flatMap((r) => [...r.score.notPeopleFound, ...r.score.organizationsAsPeople]);
  console.log(`  organizations or not_people marked as people: ${wrong.length} of ${found} people marks`);
  if (missing.length > 0) console.log(`  not in the mirrors, skipped: ${missing.join(', ')}`);
  const sum = total(results);
  return { people: f1(sum.people).f1, agreements: f1(sum.agreements).f1, wrongShare: found ? wrong.length / found : 0 };
}

interface RealWebNumbers {
  people: number;
  agreements: number;
  wrongShare: number;
}

/** Both modes of a part, and one summary line each. */
function printRealWebPart(split: 'dev' | 'test', verbose: boolean): void {
  const offline = printRealWeb(split, verbose, null);
  const lookup = recordedLookup();
  const online = lookup ? printRealWeb(split, verbose, lookup) : null;
  if (!lookup) console.log(`\nReal-web ${split}, online: no recorded knowledge file (${KNOWLEDGE_FILE}).`);
  const line = (label: string, n: RealWebNumbers | null) =>
    n &&
    console.log(
      `  ${split} ${label}: people F1 ${n.people.toFixed(3)}, agreements F1 ${n.agreements.toFixed(3)}, organizations as people ${(100 * n.wrongShare).toFixed(1)} % of people marks`,
    );
  console.log(`\nReal-web ${split} summary`);
  line('offline', offline);
  line('online ', online);
}

/** Each language's fixtures, dev part (and test part with `--with-test`), and one summary line per part. */
function printLanguages(test: boolean, verbose: boolean): void {
  const summary: string[] = [];
  for (const [lang, cases] of languageCases()) {
    for (const split of test ? (['dev', 'test'] as const) : (['dev'] as const)) {
      const part = cases.filter((c) => c.gold.isArticle !== false && (c.gold.split ?? 'dev') === split);
      if (part.length === 0) continue;
      const results = part.map(evaluateCase);
      printTable(`Language ${lang}, ${split} part (${results.length} articles, rules only)`, results, verbose);
      const sum = total(results);
      const detected = cases.filter((c) => (c.gold.split ?? 'dev') === split).map(detectionOf);
      const articles = detected.filter((d) => d.article);
      const others = detected.filter((d) => !d.article);
      summary.push(
        `  ${lang} ${split}: people F1 ${f1(sum.people).f1.toFixed(3)}, agreements F1 ${f1(sum.agreements).f1.toFixed(3)}, ` +
          `articles found ${articles.filter((d) => d.taken).length}/${articles.length}, ` +
          `non-articles taken ${others.filter((d) => d.taken).length}/${others.length}`,
      );
    }
  }
  if (summary.length === 0) return;
  console.log(`\nLanguages summary${test ? '' : ' (test parts scored only at the end: --with-test)'}`);
  summary.forEach((line) => console.log(line));
}

/** The real-web pages labelled in French, German and Spanish, rules only, one summary line per part. */
function printRealWebLanguages(test: boolean, verbose: boolean): void {
  const lines: string[] = [];
  for (const lang of ['fr', 'de', 'es', 'ru']) {
    for (const split of test ? (['dev', 'test'] as const) : (['dev'] as const)) {
      const n = printRealWeb(split, verbose, null, lang);
      if (n)
        lines.push(`  ${lang} ${split}: people F1 ${n.people.toFixed(3)}, agreements F1 ${n.agreements.toFixed(3)}`);
    }
  }
  if (lines.length === 0) return;
  console.log('\nReal-web pages in other languages, summary (offline: rules only)');
  lines.forEach((line) => console.log(line));
}

const withTest = process.argv.includes('--with-test');
const args = process.argv.slice(2).filter((a) => !['--verbose', '-v', '--with-test'].includes(a));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
let failed = false;
if (args.length > 0) {
  const cases: GoldCase[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    cases.push({ name: args[i] as string, pagePath: args[i] as string, gold: readGold(args[i + 1] as string) });
  }
  printTable('Given pages', cases.map(evaluateCase), verbose);
} else {
  const fixtures = fixtureCases().filter((c) => c.gold.isArticle !== false);
  const results = fixtures.map(evaluateCase);
  printTable(`Fixtures (${results.length} articles)`, results, verbose);
  const sum = total(results);
  const people = f1(sum.people).f1;
  const agreements = f1(sum.agreements).f1;
  const floors = [
    [`fixtures people F1 ${people.toFixed(3)} ≥ ${FLOORS.peopleF1}`, people >= FLOORS.peopleF1],
    [`fixtures agreements F1 ${agreements.toFixed(3)} ≥ ${FLOORS.agreementsF1}`, agreements >= FLOORS.agreementsF1],
  ] as Array<[string, boolean]>;
  const seed = seedCase();
  if (seed) {
    const r = evaluateCase(seed);
    printTable('Seed', [r], verbose);
    floors.push([`seed: every person found (${r.score.people.fn} missed)`, r.score.people.fn === 0]);
    floors.push([
      `seed: every non-optional agreement found (${r.score.agreements.fn} missed)`,
      r.score.agreements.fn === 0,
    ]);
    floors.push([
      `seed: no not_people entry as a person (${r.score.notPeopleFound.length})`,
      r.score.notPeopleFound.length === 0,
    ]);
  } else {
    console.log('\nSeed skipped: ../shared/seed/lavrov-yerevan.html is not next to the project.');
  }
  printLanguages(withTest, verbose);
  printRealWebPart('dev', verbose);
  if (withTest) printRealWebPart('test', verbose);
  else console.log('\nReal-web test part: scored only at the end (npm run eval -- --with-test).');
  printRealWebLanguages(withTest, verbose);
  console.log('\nFloors');
  for (const [label, ok] of floors) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}`);
  failed = floors.some(([, ok]) => !ok);
}
process.exit(failed ? 1 : 0);

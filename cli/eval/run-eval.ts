// Runs the pipeline on gold cases and totals the scores; shared by `npm run eval` and the eval test.
import { readFileSync } from 'node:fs';
import { parsePage } from '../load-page';
import { analyzeDocument } from '../../lib/analyze';
import { add, scorePage, type Counts, type PageScore } from './score';
import type { GoldCase, GoldFile } from './gold';
import type { NameLookup } from '../../lib/entities/verdicts';

export interface CaseResult {
  name: string;
  score: PageScore;
}

export interface EvalTotals {
  people: Counts;
  agreements: Counts;
}

export function evaluateCase(c: GoldCase): CaseResult {
  return evaluateDocument(c.name, parsePage(readFileSync(c.pagePath, 'utf8')), c.gold);
}

/**
 * The pipeline on a parsed page (a real-web page is parsed with its own address, and scored on its
 * labelled text); `lookup` replays the knowledge look-up (online), without it the rules alone (offline).
 */
export function evaluateDocument(
  name: string,
  doc: Document,
  gold: GoldFile,
  labelled?: string,
  lookup?: NameLookup,
): CaseResult {
  const { analysis } = analyzeDocument(doc, lookup);
  return { name, score: scorePage(analysis.entities, gold, labelled) };
}

/**
 * Whether the article check takes the page: an article should be taken, a non-article left alone. A
 * page whose address tells what it is ("/" for a home page) is read at that address, as a browser would.
 */
export function detectionOf(c: GoldCase): { article: boolean; taken: boolean } {
  const url = c.gold.address ? `https://site.example${c.gold.address}` : undefined;
  const { check } = analyzeDocument(parsePage(readFileSync(c.pagePath, 'utf8'), url));
  return { article: c.gold.isArticle !== false, taken: check.isArticle };
}

export function total(results: CaseResult[]): EvalTotals {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  return results.reduce(
    (sum, r) => ({ people: add(sum.people, r.score.people), agreements: add(sum.agreements, r.score.agreements) }),
    { people: zero, agreements: zero },
  );
}

/** The floors: over our fixtures people F1 ≥ 0.95 and agreements F1 ≥ 0.90. */
export const FLOORS = { peopleF1: 0.95, agreementsF1: 0.9 } as const;

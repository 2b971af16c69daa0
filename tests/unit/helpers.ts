// Shared test helpers: fixtures, the seed from ../shared (tests skip with a message without it),
// and small DOM builders on linkedom.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../cli/load-page';
import { fixtureCases, SEED_GOLD, SEED_PAGE, SHARED_DIR, type GoldCase } from '../../cli/eval/gold';

export const SHARED_AVAILABLE = existsSync(SEED_PAGE) && existsSync(SEED_GOLD);
export const SHARED_MISSING_MESSAGE = `../shared is not next to the project (${SHARED_DIR}): seed and corpus tests are skipped`;
if (!SHARED_AVAILABLE) console.warn(SHARED_MISSING_MESSAGE);

export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus/readability');

export function fixtures(): GoldCase[] {
  return fixtureCases();
}

export function articleFixtures(): GoldCase[] {
  return fixtureCases().filter((c) => c.gold.isArticle !== false);
}

export function loadDocument(file: string): Document {
  return parsePage(readFileSync(file, 'utf8'));
}

/** A page with `body` as its body's HTML. */
export function page(body: string, head = ''): Document {
  return parsePage(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
}

export { SEED_PAGE, SEED_GOLD };

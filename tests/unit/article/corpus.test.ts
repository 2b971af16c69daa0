// The 40 saved real news pages of ../shared/corpus/readability: each is detected as an article, and
// the extracted body's words overlap Readability's expected text by F1 ≥ 0.90 on average and ≥ 0.75
// on every English page.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../../cli/load-page';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { CORPUS_DIR } from '../helpers';

const NON_ENGLISH = new Set(['lemonde-1', 'liberation-1', 'folha', 'la-nacion', 'heise']);
const available = existsSync(CORPUS_DIR);
if (!available) console.warn(`${CORPUS_DIR} is absent: the real-page corpus test is skipped`);

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words F1 between what we extracted and what Readability extracted. */
function wordF1(found: string[], expected: string[]): number {
  const bag = new Map<string, number>();
  for (const w of expected) bag.set(w, (bag.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of found) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      shared++;
      bag.set(w, n - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / found.length;
  const recall = shared / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

describe.skipIf(!available)('real saved news pages (Readability test corpus)', () => {
  const names = available
    ? readdirSync(CORPUS_DIR).filter((n) => existsSync(path.join(CORPUS_DIR, n, 'source.html')))
    : [];
  const scores = new Map<string, number>();

  for (const name of names) {
    it(`${name} is an article and its body matches Readability's`, () => {
      const doc = parsePage(readFileSync(path.join(CORPUS_DIR, name, 'source.html'), 'utf8'));
      const check = checkArticle(doc);
      expect(check.isArticle, check.reason).toBe(true);
      const article = extractArticle(doc, check);
      const expectedDoc = parsePage(
        `<body>${readFileSync(path.join(CORPUS_DIR, name, 'expected.html'), 'utf8')}</body>`,
      );
      const f1 = wordF1(words(article?.text.text ?? ''), words(expectedDoc.body.textContent ?? ''));
      scores.set(name, f1);
      if (!NON_ENGLISH.has(name)) expect(f1).toBeGreaterThanOrEqual(0.75);
    });
  }

  it('averages F1 ≥ 0.90 over all pages', () => {
    expect(scores.size).toBe(names.length);
    const mean = [...scores.values()].reduce((a, b) => a + b, 0) / scores.size;
    console.log(`corpus extraction: mean word F1 ${mean.toFixed(3)} over ${scores.size} pages`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });
});

// The 40 saved real news pages of ../shared/corpus/readability: each one our hand labels call an
// article is detected, and its extracted body matches Readability's expected text by the shingle
// metric of the extraction benchmarks (cli/eval/shingles.ts): F1 ≥ 0.80 on every page, ≥ 0.95 on average.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../../cli/load-page';
import { blockText } from '../../../cli/corpus/block-text';
import { readCorpus } from '../../../cli/corpus/manifest';
import { matchPage } from '../../../cli/eval/shingles';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { CORPUS_DIR } from '../helpers';

const available = existsSync(CORPUS_DIR);
if (!available) console.warn(`${CORPUS_DIR} is absent: the real-page corpus test is skipped`);

/** Pages of the shared corpus our hand labels (tests/real-web) call non-articles: no body to compare. */
const NON_ARTICLES = new Set(
  readCorpus()
    .filter((p) => p.id.startsWith('readability/') && p.kind === 'non-article')
    .map((p) => p.id.slice('readability/'.length)),
);

describe.skipIf(!available)('real saved news pages (Readability test corpus)', () => {
  const names = available
    ? readdirSync(CORPUS_DIR).filter((n) => existsSync(path.join(CORPUS_DIR, n, 'source.html')) && !NON_ARTICLES.has(n))
    : [];
  const scores = new Map<string, number>();

  for (const name of names) {
    it(`${name} is an article and its body matches Readability's`, () => {
      const doc = parsePage(readFileSync(path.join(CORPUS_DIR, name, 'source.html'), 'utf8'));
      const check = checkArticle(doc);
      expect(check.isArticle, check.reason).toBe(true);
      const article = extractArticle(doc, check);
      const expected = blockText(
        parsePage(`<body>${readFileSync(path.join(CORPUS_DIR, name, 'expected.html'), 'utf8')}</body>`).body,
      );
      const match = matchPage(article?.text.text ?? '', expected);
      const f1 = (2 * match.precision * match.recall) / (match.precision + match.recall || 1);
      scores.set(name, f1);
      expect(f1).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('averages F1 ≥ 0.95 over all pages', () => {
    expect(scores.size).toBe(names.length);
    const mean = [...scores.values()].reduce((a, b) => a + b, 0) / scores.size;
    console.log(`corpus extraction: mean shingle F1 ${mean.toFixed(3)} over ${scores.size} pages`);
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });
});

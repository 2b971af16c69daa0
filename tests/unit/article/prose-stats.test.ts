// The sentinel's one-pass prose reading: its readerable score decides as Readability's
// isProbablyReaderable does on every fixture and corpus page, and its longest run finds an article's body.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { readProseStats } from '../../../lib/article/prose-stats';
import { ARTICLE_HEURISTICS as H } from '../../../lib/article/heuristics';
import { CORPUS_DIR, fixtures, loadDocument, page } from '../helpers';

const corpusPages = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .map((name) => path.join(CORPUS_DIR, name, 'source.html'))
      .filter((file) => existsSync(file))
  : [];

/** Where the score reads more than Readability's on purpose: text between <br>s counts in spans and cells as in divs. */
const READS_MORE = new Set(['aspnet-form-wire']);

describe('readProseStats', () => {
  const pages = [...fixtures().map((c) => c.pagePath), ...corpusPages];
  it(`agrees with Readability's isProbablyReaderable on all ${pages.length} pages but those it reads more of`, () => {
    const disagree = pages.filter((file) => {
      const doc = loadDocument(file);
      return isProbablyReaderable(doc) !== readProseStats(doc).readableScore > H.readerableMinScore;
    });
    expect(disagree.map((file) => path.basename(path.dirname(file))).sort()).toEqual([...READS_MORE].sort());
  });

  it('reads a wire story written between <br>s in a span, which Readability misses', () => {
    for (const c of fixtures().filter((f) => READS_MORE.has(f.name))) {
      const doc = loadDocument(c.pagePath);
      expect(isProbablyReaderable(doc), c.name).toBe(false);
      expect(readProseStats(doc).readableScore, c.name).toBeGreaterThan(H.readerableMinScore);
    }
  });

  it('weighs Chinese, Japanese and Korean characters on such pages (a short CJK news page is prose)', () => {
    const sentence = '総務省は軽減税率の効果について試算をまとめ、公表した。';
    const doc = page(`<p>${sentence.repeat(3)}</p>`.repeat(3), '<title>総務省が試算 - ニュース</title>');
    const latin = page(`<p>${'x'.repeat(sentence.length * 3)}</p>`.repeat(3), '<title>News</title>');
    expect(readProseStats(doc).readableScore).toBeGreaterThan(H.readerableMinScore);
    expect(readProseStats(latin).readableScore).toBe(0);
  });

  it('counts side-by-side paragraphs as one run, and leaves list items and short lines out', () => {
    const para = 'The minister said the talks had gone well enough for both sides to return next week, aides said.';
    const doc = page(
      `<div id="body"><p>${para}</p><p>${para}</p><p>Short line.</p></div><ul><li><p>${para}</p></li></ul><aside><p>${para}</p></aside>`,
    );
    expect(readProseStats(doc).longestRun).toBe(2 * para.length);
  });
});

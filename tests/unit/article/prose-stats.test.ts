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

describe('readProseStats', () => {
  const pages = [...fixtures().map((c) => c.pagePath), ...corpusPages];
  it(`agrees with Readability's isProbablyReaderable on all ${pages.length} pages`, () => {
    const disagree = pages.filter((file) => {
      const doc = loadDocument(file);
      return isProbablyReaderable(doc) !== readProseStats(doc).readableScore > H.readerableMinScore;
    });
    expect(disagree).toEqual([]);
  });

  it('counts side-by-side paragraphs as one run, and leaves list items and short lines out', () => {
    const para = 'The minister said the talks had gone well enough for both sides to return next week, aides said.';
    const doc = page(
      `<div id="body"><p>${para}</p><p>${para}</p><p>Short line.</p></div><ul><li><p>${para}</p></li></ul><aside><p>${para}</p></aside>`,
    );
    expect(readProseStats(doc).longestRun).toBe(2 * para.length);
  });
});

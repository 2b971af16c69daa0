// Properties: the article check, extraction and entity finding never throw, on random HTML (broken
// markup, hostile JSON-LD, hidden and nested furniture) and random text, and their offsets stay true.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/load-page';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { readDeclaredSignals } from '../../../lib/article/declared-signals';
import { findEntities } from '../../../lib/entities/pipeline';
import { htmlPages, newsText, SETTINGS } from './arbitraries';

describe('never throws (property)', () => {
  it(`the article check, on random pages (${SETTINGS.numRuns} cases)`, () => {
    fc.assert(
      fc.property(htmlPages, (html) => {
        const doc = parsePage(html);
        const signals = readDeclaredSignals(doc);
        const check = checkArticle(doc, signals);
        expect(typeof check.isArticle).toBe('boolean');
        if (!signals.maybeArticle) expect(check.isArticle).toBe(false);
      }),
      SETTINGS,
    );
  });

  it(`extraction, on random pages the check accepts or not (${SETTINGS.numRuns} cases)`, () => {
    let extracted = 0;
    fc.assert(
      fc.property(htmlPages, (html) => {
        const doc = parsePage(html);
        const check = checkArticle(doc);
        const article = extractArticle(doc, check);
        if (!check.isArticle) {
          expect(article).toBeNull();
          return;
        }
        extracted++;
        const { text } = article!;
        // Every segment's characters are the text's, from a node under the body.
        for (const s of text.segments) {
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.text.length);
          expect(doc.body.contains(s.node)).toBe(true);
        }
      }),
      SETTINGS,
    );
    expect(extracted).toBeGreaterThan(SETTINGS.numRuns / 10); // the property did exercise extraction
  });

  it(`entity finding, on random text (${SETTINGS.numRuns} cases)`, () => {
    fc.assert(
      fc.property(newsText, fc.option(fc.constantFrom('2024-03-01', 'not a date', '')), (text, date) => {
        const result = findEntities(text, { referenceDate: date });
        for (const entity of result.entities) {
          expect(entity.mentions.length).toBeGreaterThan(0);
          for (const m of entity.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
      }),
      SETTINGS,
    );
  });
});

// The briefing from an analysis: key points are sentences of the body (3–5, no near-duplicates),
// the timeline is normalized and in order, quotes are grouped under their speakers.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { buildBriefing, type ArticleSnapshot } from '../../../lib/briefing/build-briefing';
import { buildTimeline } from '../../../lib/briefing/timeline';
import { articleFixtures, loadDocument, SEED_PAGE, SHARED_AVAILABLE } from '../helpers';
import type { DateMention } from '../../../lib/types';

function snapshot(file: string): ArticleSnapshot {
  const result = analyzeDocument(loadDocument(file));
  if (!result.article) throw new Error(`${file} is not an article`);
  return { meta: result.article.meta, text: result.article.text.text, analysis: result.analysis };
}

describe.skipIf(!SHARED_AVAILABLE)('the seed’s briefing', () => {
  const snap = SHARED_AVAILABLE ? snapshot(SEED_PAGE) : null;
  const briefing = snap ? buildBriefing(snap) : null;

  it('picks 3–5 key points, each a sentence of the body at its offsets', () => {
    expect(briefing?.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(briefing?.keyPoints.length).toBeLessThanOrEqual(5);
    for (const p of briefing?.keyPoints ?? []) expect(snap?.text.slice(p.start, p.end)).toBe(p.text);
    expect(briefing?.keyPoints[0]?.text).toMatch(/^YEREVAN—/);
  });

  it('puts 1991, September 2022, October 6, 2022 and September 2023 on the timeline, in order', () => {
    const dated = briefing?.timeline.filter((t) => t.iso !== null).map((t) => [t.text, t.iso]);
    expect(dated).toEqual([
      ['1991', '1991'],
      ['September 2022', '2022-09'],
      ['October 6, 2022', '2022-10-06'],
      ['September 2023', '2023-09'],
    ]);
  });

  it('gives Alexey Chepa his quote and ranks the cast by mentions', () => {
    const chepa = briefing?.quotes.find((g) => g.speaker === 'Alexey Chepa');
    expect(chepa?.quotes.map((q) => q.text)).toEqual([expect.stringMatching(/^Those who hung insulting posters/)]);
    expect(briefing?.cast[0]?.name).toBe('Sergey Lavrov');
    expect(briefing?.cast.map((c) => c.name)).toHaveLength(6);
    expect(briefing?.agreements.find((a) => a.name === 'Alma-Ata Declaration')?.when).toBe('1991');
    expect(briefing?.readingMinutes).toBeGreaterThanOrEqual(4);
  });
});

describe('briefings of the golden articles', () => {
  for (const c of articleFixtures()) {
    it(`${c.name}: key points are distinct sentences of the body`, () => {
      const snap = snapshot(c.pagePath);
      const briefing = buildBriefing(snap);
      expect(briefing.keyPoints.length).toBeGreaterThanOrEqual(Math.min(3, snap.text.split(/[.!?]\s/).length));
      expect(briefing.keyPoints.length).toBeLessThanOrEqual(5);
      for (const p of briefing.keyPoints) expect(snap.text.slice(p.start, p.end)).toBe(p.text);
      expect(new Set(briefing.keyPoints.map((p) => p.text)).size).toBe(briefing.keyPoints.length);
      for (const group of briefing.quotes) expect(briefing.cast.map((m) => m.id)).toContain(group.speakerId);
    });
  }
});

describe('buildTimeline', () => {
  const d = (text: string, iso: string | null, start: number): DateMention => ({
    text,
    iso,
    start,
    end: start + text.length,
  });

  it('takes the year a date omits from the article’s date, and resolves relative dates', () => {
    const timeline = buildTimeline(
      [d('last October', '2024-10', 10), d('February', null, 0), d('2015', '2015', 20), d('Tuesday', null, 30)],
      '2024-03-07T09:00:00Z',
    );
    expect(timeline.map((t) => [t.text, t.iso])).toEqual([
      ['2015', '2015'],
      ['last October', '2023-10'],
      ['February', '2024-02'],
      ['Tuesday', '2024-03-05'],
    ]);
  });

  it('keeps dates no year can be given to, after the dated ones, in text order', () => {
    const timeline = buildTimeline([d('May 20–21', null, 5), d('1991', '1991', 50), d('February', null, 1)], null);
    expect(timeline.map((t) => t.text)).toEqual(['1991', 'February', 'May 20–21']);
  });
});

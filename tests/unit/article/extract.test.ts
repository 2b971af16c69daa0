// Extraction: the body of each golden article starts and ends where its label says, holds none of
// the chrome (author box, comments, sidebar…), and the metadata is read from the page.
import { describe, expect, it } from 'vitest';
import { sameByline, sameDate } from '../../../cli/eval/metadata-match';
import { readFileSync } from 'node:fs';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { articleFixtures, loadDocument, page, SEED_GOLD, SEED_PAGE, SHARED_AVAILABLE } from '../helpers';

function extract(doc: Document) {
  const article = extractArticle(doc, checkArticle(doc));
  if (!article) throw new Error('not extracted');
  return article;
}

/** `n` paragraphs of an article's text. */
const paragraphs = (n: number) =>
  '<p>The ministers met on Tuesday, and the talks, which were long, went well for both of the sides involved in them.</p>'.repeat(
    n,
  );
/** The JSON-LD of a news article titled like the test articles' headline. */
const DECLARED =
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers meet in Geneva"}</script>';

describe('extractArticle on the golden articles', () => {
  for (const c of articleFixtures()) {
    it(`${c.name}: body, title and language`, () => {
      const article = extract(loadDocument(c.pagePath));
      const text = article.text.text;
      const expected = c.gold.article ?? {};
      // Live blogs open with an entry's time and heading, so the first paragraph may sit a little in.
      expect(text.indexOf(expected.starts_with ?? '')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(expected.starts_with ?? '')).toBeLessThan(60);
      expect(text.trimEnd().endsWith(expected.ends_with ?? '')).toBe(true);
      for (const chrome of expected.must_exclude ?? []) expect(text).not.toContain(chrome);
      expect(article.meta.title).toBe(expected.title);
      expect(article.meta.lang).toBe((expected as { lang?: string }).lang ?? 'en');
      // The side panel's byline and date, as labelled (a label of null: the page names none), matched
      // as the real-web eval matches them: every author's family name, the same calendar day.
      const labelled = expected as { byline?: string | null; publishedTime?: string | null };
      if (labelled.byline === null) expect(article.meta.byline).toBeNull();
      else if (labelled.byline)
        expect(sameByline(article.meta.byline, labelled.byline), article.meta.byline ?? '').toBe(true);
      if (labelled.publishedTime === null) expect(article.meta.publishedTime).toBeNull();
      else if (labelled.publishedTime)
        expect(sameDate(article.meta.publishedTime, labelled.publishedTime), article.meta.publishedTime ?? '').toBe(
          true,
        );
    });
  }
});

describe.skipIf(!SHARED_AVAILABLE)('extractArticle on the seed page', () => {
  it('reads the body from "YEREVAN—" to "the demand for return." and nothing of the chrome', () => {
    const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8'));
    const article = extract(loadDocument(SEED_PAGE));
    expect(article.text.text.startsWith('YEREVAN—Armenian Foreign Minister Ararat Mirzoyan')).toBe(true);
    expect(article.text.text.trimEnd().endsWith('the demand for return.')).toBe(true);
    for (const chrome of gold.article.must_exclude) expect(article.text.text).not.toContain(chrome);
    expect(article.meta.title).toBe(gold.article.title);
    expect(article.meta.byline).toBe(gold.article.byline);
    expect(article.meta.outlet).toBe('The Armenian Weekly');
    expect(article.headline?.textContent).toBe(gold.article.title);
  });
});

describe('metadata', () => {
  const body = `<article><h1>Ministers meet in Geneva</h1><p class="byline">By <a rel="author">Ana Torres</a></p><div class="content">${'<p>The ministers met on Tuesday, and the talks, which were long, went well for both of the sides involved in them.</p>'.repeat(6)}</div></article>`;

  it("takes declared values first, normalizes the language and keeps the date in the page's own zone", () => {
    const head =
      '<meta property="og:site_name" content="Daily Courier"><meta property="article:published_time" content="2024-03-05T09:30:00+01:00"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers meet in Geneva","author":[{"@type":"Person","name":"Ana Torres"}]}</script>';
    const doc = page(body, head);
    doc.documentElement.setAttribute('lang', 'en-GB');
    const { meta } = extract(doc);
    expect(meta).toEqual({
      title: 'Ministers meet in Geneva',
      byline: 'Ana Torres',
      outlet: 'Daily Courier',
      publishedTime: '2024-03-05T09:30:00+01:00',
      lang: 'en',
    });
  });

  it('falls back to the visible byline and guesses the language when none is declared', () => {
    const doc = page(body);
    doc.documentElement.removeAttribute('lang');
    const { meta } = extract(doc);
    expect(meta.byline).toBe('Ana Torres');
    expect(meta.lang).toBe('en');
    expect(meta.publishedTime).toBeNull();
  });
});

describe('date lines in the body', () => {
  const PROSE = paragraphs(6);
  const text = (line: string) =>
    extract(
      page(`<article><h1>Ministers meet in Geneva</h1><div class="content">${line}${PROSE}</div></article>`, DECLARED),
    ).text.text;

  it('leaves out a date-named line that gives a date with its year', () => {
    expect(text('<p class="post-date">Published: 11/18/2011 2:27 AM</p>')).not.toContain('Published');
    expect(text('<p class="timestamp">May 3, 2019 at 4:05 pm</p>')).not.toContain('2019');
  });

  it('keeps a date-named line that gives no year: it may be the text', () => {
    expect(text('<p class="post-date">On Tuesday the ministers arrived late.</p>')).toContain(
      'On Tuesday the ministers',
    );
  });
});

describe('"read also" boxes in the body', () => {
  const PROSE = paragraphs(6);
  const text = (box: string) =>
    extract(
      page(
        `<article><h1>Ministers meet in Geneva</h1><div class="content">${PROSE.repeat(3)}${box}</div></article>`,
        DECLARED,
      ),
    ).text.text;

  it('leaves out a short "read also" line in another language', () => {
    expect(text('<p>Lesen Sie auch: <a href="/x">Die Gespräche gehen weiter</a></p>')).not.toContain('Lesen Sie');
    expect(text('<p>Читайте также: <a href="/x">Переговоры продолжатся</a></p>')).not.toContain('Читайте');
  });

  it('leaves out a box named "read also" in another language (class "lire_aussi")', () => {
    expect(text('<q class="lire_aussi">Lire aussi Martine Bulard, « En Corée, la politique »</q>')).not.toContain(
      'Lire aussi',
    );
  });

  it('leaves out a long list of related headlines between line breaks ("・関連記事")', () => {
    const link = (i: number) =>
      `<b><a href="/news/${i}">消費増税ポイント還元制度に使われる税金2800億円、3割がシステム開発に投入されることに ${i}</a></b><br><br>`;
    const box = `<p><b>・関連記事</b><br>${Array.from({ length: 8 }, (_, i) => link(i)).join('')}</p>`;
    const found = text(box);
    expect(found).not.toContain('関連記事');
    expect(found).not.toContain('還元制度');
    expect(found).toContain('The ministers met on Tuesday');
  });

  it('keeps a long paragraph that opens with the words but is prose', () => {
    const prose = `<p>Lesen Sie auch die Erklärung der Minister, die am Dienstag nach langen Gesprächen ${'und vielen Stunden der Beratung '.repeat(12)}veröffentlicht wurde.</p>`;
    expect(text(prose)).toContain('Lesen Sie auch die Erklärung');
  });
});

describe('pictures and their captions without a <figure>', () => {
  const PROSE = paragraphs(6);
  const text = (inner: string) =>
    extract(
      page(
        `<article><h1>Ministers meet in Geneva</h1><div class="content">${PROSE}${inner}${PROSE}</div></article>`,
        DECLARED,
      ),
    ).text.text;

  it('leaves out a caption set beside its picture in a div of their own', () => {
    const picture =
      '<div><a href="/l.jpg"><img src="/s.jpg" alt=""></a><small>The new model in its box, left, and the old one</small></div>';
    expect(text(picture)).not.toContain('The new model in its box');
  });

  it("keeps the story's own loose line beside a picture", () => {
    const loose = '<div><img src="/s.jpg" alt="">The delegates then walked to the lake together.</div>';
    expect(text(loose)).toContain('The delegates then walked to the lake');
  });
});

describe('ruby annotations', () => {
  it('reads a word under its printed reading once, without the reading (<rt>, <rp>)', () => {
    const line =
      '<p>政府は<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>をつくることを決めました。国会で話し合いが続いています。</p>';
    const body = `<article><h1>新しい法律</h1>${line.repeat(8)}</article>`;
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"新しい法律"}</script>';
    const found = extract(page(body, ld)).text.text;
    expect(found).toContain('政府は法律をつくることを決めました');
    expect(found).not.toContain('ほうりつ');
  });
});

describe("the story's lead in a block of its own", () => {
  const PROSE = paragraphs(8);
  const LEAD = 'Norway’s rescue team found a fifth victim four days after the landslide buried several houses.';
  const text = (article: string) => extract(page(article, DECLARED)).text.text;

  it('reads a lead beside the body', () => {
    const found = text(
      `<article><h1>Ministers meet in Geneva</h1><div class="article__lead">${LEAD}</div><div class="article__body">${PROSE}</div><div class="article__info">Photo: agency</div></article>`,
    );
    expect(found.startsWith(LEAD)).toBe(true);
  });

  it("reads a lead outside the body's wrappers, and nothing else the wrappers' parent holds", () => {
    const found = text(
      `<article><h1>Ministers meet in Geneva</h1><div class="lead" id="lead">${LEAD}</div><div class="wrapper"><div class="content"><div class="articleBody">${PROSE}</div></div></div></article>`,
    );
    expect(found.startsWith(LEAD)).toBe(true);
    expect(found).toContain('The ministers met on Tuesday');
  });

  it('does not take a box named "intro" that is a list of links for a lead', () => {
    const links = Array.from(
      { length: 4 },
      (_, i) => `<a href="/s/${i}">Another story about the summit number ${i}</a>`,
    ).join(' ');
    const found = text(
      `<article><h1>Ministers meet in Geneva</h1><div class="intro">${links}</div><div class="article__body">${PROSE}</div></article>`,
    );
    expect(found).not.toContain('Another story');
  });
});

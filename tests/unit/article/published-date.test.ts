// The article's publication date as the side panel shows it: which of a page's many dates wins
// (JSON-LD, metas, visible lines, the address, modification last), from the clues the page gathers.
import { describe, expect, it } from 'vitest';
import { resolvePublishedDate } from '../../../lib/article/published-date';
import { collectDateClues } from '../../../lib/article/date-clues';
import { readMetaValues } from '../../../lib/article/meta-values';
import { jsonLdTexts, summarizeJsonLd } from '../../../lib/article/json-ld';
import { SIGNAL_TABLES } from '../../../lib/article/signal-tables';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { page } from '../helpers';

const PARAGRAPH = '<p>Some long paragraph of text about the things that happened.</p>';

/** An <article> with a headline, `inner` and a paragraph. */
const inArticle = (inner: string) => `<article><h1>Ministers meet</h1>${inner}${PARAGRAPH}</article>`;

const ldScript = (json: string) => `<script type="application/ld+json">${json}</script>`;

/** The date read from the page's clues, gathered near its <h1> as metadata.ts gathers them. */
function dateOf(body: string, head = '', monthFirst = false): string | null {
  const doc = page(body, head);
  const jsonLd = summarizeJsonLd(jsonLdTexts(doc), SIGNAL_TABLES.articleTypes);
  const node = jsonLd.article ?? jsonLd.dated ?? null;
  const body_ = doc.querySelector('article') ?? doc.body;
  return resolvePublishedDate(
    collectDateClues(doc, readMetaValues(doc), node, doc.querySelector('h1'), body_, monthFirst),
  );
}

describe('publication date: declared dates', () => {
  it('prefers the JSON-LD datePublished to the metas', () => {
    const head =
      ldScript('{"@type":"NewsArticle","datePublished":"2019-05-03T10:00:00+02:00"}') +
      '<meta property="article:published_time" content="2018-01-01">';
    expect(dateOf(inArticle(''), head)).toBe('2019-05-03T10:00:00+02:00');
  });

  it("keeps article:published_time in the page's own zone", () => {
    const head = '<meta property="article:published_time" content="2024-03-05T00:30:00+01:00">';
    expect(dateOf(inArticle(''), head)).toBe('2024-03-05T00:30:00+01:00');
  });

  it('reads a meta that writes its date in `value` instead of `content`', () => {
    expect(dateOf(inArticle(''), '<meta name="pubdate" value="2019-05-03">')).toBe('2019-05-03');
  });

  it('reads Dublin Core keys whatever their case, and skips a meta it cannot parse', () => {
    const head =
      '<meta property="article:published_time" content="garbage"><meta name="DC.date.issued" content="2019-05-03">';
    expect(dateOf(inArticle(''), head)).toBe('2019-05-03');
  });

  it('reads the pub_date of the parsely-page JSON', () => {
    const head = `<meta name="parsely-page" content='{"title":"x","pub_date":"2016-06-01T12:00:00Z"}'>`;
    expect(dateOf(inArticle(''), head)).toBe('2016-06-01T12:00:00Z');
  });

  it('reads epoch seconds in a date meta', () => {
    expect(dateOf(inArticle(''), '<meta name="date" content="1464782400">')).toBe('2016-06-01T12:00:00Z');
  });

  it('reads JSON-LD wrapped in CDATA markers', () => {
    const head = ldScript('<![CDATA[ {"@type":"NewsArticle","datePublished":"2019-05-03"} ]]>');
    expect(dateOf(inArticle(''), head)).toBe('2019-05-03');
  });

  it("reads a WebPage's datePublished when no article is declared", () => {
    expect(dateOf(inArticle(''), ldScript('{"@type":"WebPage","datePublished":"2019-05-03"}'))).toBe('2019-05-03');
  });

  it('reads the JSON-LD dateCreated when nothing gives datePublished', () => {
    expect(dateOf(inArticle(''), ldScript('{"@type":"NewsArticle","dateCreated":"2019-05-03"}'))).toBe('2019-05-03');
  });

  it('prefers the date the page shows to a declared creation date (a CMS record re-imported later)', () => {
    const created = '<meta itemprop="dateCreated" content="2019-05-07T17:00:52+02:00">';
    expect(dateOf(inArticle('<div class="ar-date">12.10.2015, 19:16 Uhr</div>'), created)).toBe('2015-10-12T19:16:00');
    expect(dateOf(inArticle(''), created)).toBe('2019-05-07T17:00:52+02:00');
  });
});

describe('publication date: dates the page shows', () => {
  it("counts a <time datetime> in the article's own <footer> or <aside>", () => {
    expect(dateOf(inArticle('<footer><time datetime="2019-05-03">May 3</time></footer>'))).toBe('2019-05-03');
    expect(dateOf(inArticle('<aside><time datetime="2019-05-04">May 4</time></aside>'))).toBe('2019-05-04');
  });

  it("does not count one in the page's footer, sidebar or navigation", () => {
    expect(dateOf(inArticle('') + '<footer><time datetime="2019-05-03">May 3</time></footer>')).toBeNull();
    expect(dateOf('<aside><time datetime="2019-05-03">May 3</time></aside>' + inArticle(''))).toBeNull();
    expect(dateOf('<nav><time datetime="2019-05-03">May 3</time></nav>' + inArticle(''))).toBeNull();
  });

  it("keeps a <time>'s offset", () => {
    expect(dateOf(inArticle('<time datetime="2019-05-03T08:00:00-04:00">May 3</time>'))).toBe(
      '2019-05-03T08:00:00-04:00',
    );
  });

  it("prefers a date inside the article's container to one before it on the page", () => {
    const body = '<div class="date">2010-01-01</div>' + inArticle('<time datetime="2019-05-03">May 3</time>');
    expect(dateOf(body)).toBe('2019-05-03');
  });

  it("prefers the article's own date line to a masthead's date box before it", () => {
    const masthead = '<div id="date-box">Mon, 25 Dec 2023</div>';
    const credit =
      '<div class="m-bar">Max Blumenthal<br><a href="/">The Grayzone</a><br>Thu, 14 May 2020 17:55 UTC</div>';
    expect(dateOf(masthead + inArticle(credit))).toBe('2020-05-14T17:55:00Z');
  });

  it("reads a CMS's clock in a data attribute (milliseconds since 1970)", () => {
    const time = '<span class="publish-time" data-publishtime="1376751840652"><a href="/p">8/17/13 11:04am</a></span>';
    expect(dateOf(inArticle(time))).toBe('2013-08-17T15:04:00.652Z');
  });

  it('reads the date in the byline of an article some template put in an <aside>', () => {
    const body =
      '<aside><section><header><h1>Prize</h1><div class="ar-date">12.10.2015</div></header>' +
      PARAGRAPH +
      '</section></aside>';
    expect(dateOf(body)).toBe('2015-10-12');
  });

  it("does not take the date of a comment, a cited source or an infobox for the article's", () => {
    expect(dateOf(inArticle('<div class="comment_author">Soumis le lundi 29 octobre 2012</div>'))).toBeNull();
    expect(dateOf(inArticle('<cite>A source. Retrieved 1 May 2016</cite>'))).toBeNull();
    const infobox = '<table class="infobox"><tr><td><span class="published">1998-02-28</span></td></tr></table>';
    expect(dateOf(inArticle(infobox))).toBeNull();
    // "commented" on the article itself names its state, not a comment box.
    expect(
      dateOf(
        `<article class="post commented"><h1>A</h1><time datetime="2019-05-03">May 3</time>${PARAGRAPH}</article>`,
      ),
    ).toBe('2019-05-03');
  });

  it("does not read a list item of the text as the article's date line", () => {
    const text = `<article><h1>Warning</h1><p>Last updated 2019年4月2日</p>${PARAGRAPH}<ul><li>2019年3月15日公表「新元号への改元に便乗した消費者トラブルにご注意ください！」</li></ul>${PARAGRAPH}</article>`;
    expect(dateOf(text)).toBe('2019-04-02');
    // A line that is nothing but a date is a date line wherever it stands (a release's date in a table).
    const bare = `<article><h1>Release</h1>${PARAGRAPH}<table><tr><td><p>2019.03.05</p></td></tr></table>${PARAGRAPH}</article>`;
    expect(dateOf(bare)).toBe('2019-03-05');
  });

  it('reads a date line beside the headline whatever its markup', () => {
    expect(dateOf(inArticle('<ul><li>2019/04/04</li></ul>'))).toBe('2019-04-04');
    expect(dateOf(inArticle('<p><span>2016年10月14日07:17</span></p>'))).toBe('2016-10-14');
  });

  it("does not read an unnamed date line outside the article's container", () => {
    expect(dateOf('<div><ul><li>2010/01/01</li></ul></div>' + inArticle(''))).toBeNull();
  });

  it('reads numeric date lines month first on American pages only', () => {
    expect(dateOf(inArticle('<p class="meta">5/3/2019</p>'), '', true)).toBe('2019-05-03');
    expect(dateOf(inArticle('<p class="meta">5/3/2019</p>'), '', false)).toBe('2019-03-05');
  });

  it('reads a dateline opening the first paragraph', () => {
    const body =
      '<article><h1>Storms</h1><p>Feb. 23, 2015 -- Life-threatening storms hit the region today.</p></article>';
    expect(dateOf(body)).toBe('2015-02-23');
    const french = '<article><h1>Orages</h1><p>3 mai 2019 – Des orages violents ont frappé la région.</p></article>';
    expect(dateOf(french)).toBe('2019-05-03');
  });

  it("reads the date in the page's canonical address when it shows none", () => {
    const head = '<link rel="canonical" href="https://example.com/2019/05/03/story">';
    expect(dateOf(inArticle(''), head)).toBe('2019-05-03');
  });

  it('reads a dated title last of the publication dates', () => {
    expect(dateOf(inArticle(''), '<title>Story - 07.12.2017 - LA NACION</title>')).toBe('2017-12-07');
  });
});

describe('publication date: modification dates', () => {
  it('uses the modification date only when nothing else gives a date', () => {
    expect(dateOf(inArticle(''), '<meta property="article:modified_time" content="2020-01-02">')).toBe('2020-01-02');
    const both = '<meta property="article:modified_time" content="2020-01-02"><meta name="date" content="2019-05-03">';
    expect(dateOf(inArticle(''), both)).toBe('2019-05-03');
  });

  it('uses the JSON-LD dateModified and a dateModified element only as a last resort', () => {
    expect(dateOf(inArticle(''), ldScript('{"@type":"NewsArticle","dateModified":"2020-01-02"}'))).toBe('2020-01-02');
    expect(dateOf(inArticle('<span itemprop="dateModified" content="2020-01-02"></span>'))).toBe('2020-01-02');
    const withPublished = inArticle(
      '<span itemprop="dateModified" content="2020-01-02"></span><span itemprop="datePublished" content="2019-05-03"></span>',
    );
    expect(dateOf(withPublished)).toBe('2019-05-03');
  });

  it('skips an "Updated" line when the page shows or declares the publication date', () => {
    expect(dateOf(inArticle('<p class="date">Updated May 4, 2019</p><p class="date">May 3, 2019</p>'))).toBe(
      '2019-05-03',
    );
    const head = '<meta property="article:published_time" content="2019-05-03">';
    expect(dateOf(inArticle('<p class="date">Updated May 4, 2019</p>'), head)).toBe('2019-05-03');
  });

  it('reads a line that gives the publication and then the modification as the publication', () => {
    const head = ldScript('{"@type":"NewsArticle","dateCreated":"2012-10-01"}');
    const line = '<div class="date">Publié le 29/10/2012<br><em>Mis à jour le 30/10/2012 à 14h03</em></div>';
    expect(dateOf(inArticle(line), head)).toBe('2012-10-29');
    expect(dateOf(inArticle('<div class="date">Mis à jour le 30/10/2012</div>'), head)).toBe('2012-10-01');
  });

  it("reads the article's info bar however deep in its container the markup puts it", () => {
    const clutter = '<span>Reader comment</span>'.repeat(130);
    const bar = '<div id="article_topbar_infos"><div style="float:left">Published 12/03/2024</div></div>';
    expect(dateOf(inArticle(clutter + bar))).toBe('2024-03-12');
  });

  it('falls back to an "Updated" line when the page gives no other date', () => {
    expect(dateOf(inArticle('<p class="date">Updated May 4, 2019</p>'))).toBe('2019-05-04');
  });

  it('gives none when the page carries no date at all', () => {
    expect(dateOf(inArticle(''))).toBeNull();
  });
});

describe('date clues: what the page gathers for the background to read', () => {
  function clues(body: string, head = '') {
    const doc = page(body, head);
    return collectDateClues(
      doc,
      readMetaValues(doc),
      null,
      doc.querySelector('h1'),
      doc.querySelector('article'),
      false,
    );
  }

  it('stops at a certain declared day: no date element is read on the page', () => {
    const found = clues(
      inArticle('<time datetime="2018-01-01">1 January 2018</time>'),
      '<meta property="article:published_time" content="2019-05-03T10:00:00Z">',
    );
    expect(found.elements).toEqual([]);
    expect(resolvePublishedDate(found)).toBe('2019-05-03T10:00:00Z');
  });

  it('reads the date elements when the declared date is not certain, and the declaration still wins', () => {
    const found = clues(
      inArticle('<time datetime="2018-01-01">1 January 2018</time>'),
      '<meta property="article:published_time" content="May 3, 2019">',
    );
    expect(found.elements).toHaveLength(1);
    expect(resolvePublishedDate(found)).toBe('2019-05-03');
  });

  it('stops at the first element with a certain publication day, and leaves the navigation out', () => {
    const found = clues(
      '<nav><time datetime="2017-02-02">2 Feb</time></nav>' +
        inArticle('<time datetime="2019-05-03">3 May</time><time datetime="2018-01-01">1 January</time>'),
    );
    expect(found.elements).toEqual([{ values: ['2019-05-03'], text: null, modifiedProp: false }]);
  });
});

describe('the published date through checkArticle and extractArticle', () => {
  const PROSE =
    '<p>The ministers met on Tuesday, and the talks, which were long, went well for both of the sides involved in them.</p>'.repeat(
      6,
    );

  function publishedTime(inner: string, head: string, lang: string): string | null {
    const doc = page(
      `<article><h1>Ministers meet in Geneva</h1>${inner}<div class="content">${PROSE}</div></article>`,
      head,
    );
    doc.documentElement.setAttribute('lang', lang);
    const article = extractArticle(doc, checkArticle(doc));
    if (!article) throw new Error('not extracted');
    return article.meta.publishedTime;
  }

  it('prefers JSON-LD to article:published_time', () => {
    const head =
      ldScript(
        '{"@type":"NewsArticle","headline":"Ministers meet in Geneva","datePublished":"2019-05-03T10:00:00+02:00"}',
      ) + '<meta property="article:published_time" content="2018-01-01">';
    expect(publishedTime('', head, 'en')).toBe('2019-05-03T10:00:00+02:00');
  });

  it('reads CDATA-wrapped JSON-LD', () => {
    const head = ldScript(
      '<![CDATA[ {"@type":"NewsArticle","headline":"Ministers meet in Geneva","datePublished":"2019-05-03"} ]]>',
    );
    expect(publishedTime('', head, 'en')).toBe('2019-05-03');
  });

  it('reads a numeric date line month first for en-US and day first for en-GB', () => {
    expect(publishedTime('<ul><li>5/3/2019</li></ul>', '', 'en-US')).toBe('2019-05-03');
    expect(publishedTime('<ul><li>5/3/2019</li></ul>', '', 'en-GB')).toBe('2019-03-05');
  });
});

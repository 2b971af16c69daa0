// The byline the side panel shows: the clues the page gathers (byline-clues.ts), read by resolveByline,
// give the page's author among its declarations, its byline elements and its "By …" lines, ahead of
// publishers, desks and wires, and never an editor, a button or a contact detail (the cleaning of one
// line: clean-byline.test.ts; names beside a date and at the foot of the story: byline-foot.test.ts).
import { describe, expect, it } from 'vitest';
import { resolveByline } from '../../../lib/article/byline';
import { collectBylineClues } from '../../../lib/article/byline-clues';
import { readMetaValues } from '../../../lib/article/meta-values';
import { jsonLdTexts, summarizeJsonLd } from '../../../lib/article/json-ld';
import { SIGNAL_TABLES } from '../../../lib/article/signal-tables';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { page } from '../helpers';

/** The byline read from the page's clues, gathered as metadata.ts gathers them: the JSON-LD article, the site name, near the <h1>. */
function bylineOf(body: string, head = '', outlet: string | null = null): string | null {
  const doc = page(body, head);
  const article = summarizeJsonLd(jsonLdTexts(doc), SIGNAL_TABLES.articleTypes).article;
  return resolveByline(collectBylineClues(doc, readMetaValues(doc), article, outlet, doc.querySelector('h1')), outlet);
}

const PARAGRAPH = '<p>Some long paragraph of text about the things that happened.</p>';
const inArticle = (inner: string, after = '') =>
  `<article><h1>Ministers meet</h1>${inner}${PARAGRAPH}${after}</article>`;
const ldScript = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('byline: declared authors', () => {
  it('prefers the specific author metas to the byline element and to the generic "author" meta', () => {
    const head = '<meta name="author" content="Condé Nast"><meta property="article:author" content="Jane Doe">';
    expect(bylineOf(inArticle('<p class="byline">Ana Torres</p>'), head)).toBe('Jane Doe');
  });

  it('puts the generic "author" meta after the byline the page shows', () => {
    const head = '<meta name="author" content="Condé Nast">';
    expect(bylineOf(inArticle('<p class="byline">By Ana Torres</p>'), head)).toBe('Ana Torres');
    expect(bylineOf(inArticle(''), head)).toBe('Condé Nast');
  });

  it("joins the JSON-LD article's people, ahead of the metas", () => {
    const head =
      ldScript(
        '{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Torres"},{"@type":"Person","name":"Luis Gil"}]}',
      ) + '<meta property="article:author" content="Jane Doe">';
    expect(bylineOf(inArticle(''), head)).toBe('Ana Torres, Luis Gil');
  });

  it('joins several article:author metas', () => {
    const head =
      '<meta property="article:author" content="Jane Doe"><meta property="article:author" content="John Roe">';
    expect(bylineOf(inArticle(''), head)).toBe('Jane Doe, John Roe');
  });

  it('reads the author of the parsely-page JSON', () => {
    expect(bylineOf(inArticle(''), `<meta name="parsely-page" content='{"author":"Jane Parsely"}'>`)).toBe(
      'Jane Parsely',
    );
  });

  it('reads twitter:creator when it is a name, not when it is a handle', () => {
    expect(bylineOf(inArticle(''), '<meta name="twitter:creator" content="Jane Doe">')).toBe('Jane Doe');
    expect(bylineOf(inArticle(''), '<meta name="twitter:creator" content="@jane">')).toBeNull();
  });

  it('refuses a profile URL in article:author', () => {
    expect(
      bylineOf(inArticle(''), '<meta property="article:author" content="https://www.facebook.com/jane">'),
    ).toBeNull();
  });
});

describe('byline: publishers, desks and wires', () => {
  const publisher = ldScript('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Ediciones El País"}}');

  it('does not take a publisher named after the site for the byline when a person is shown', () => {
    expect(bylineOf(inArticle('<p class="byline">Ana Torres</p>'), publisher, 'El País')).toBe('Ana Torres');
    const meta = '<meta property="article:author" content="Ediciones El País">';
    expect(bylineOf(inArticle('<p class="byline">Ana Torres</p>'), meta, 'El País')).toBe('Ana Torres');
  });

  it('falls back to the publisher when no person is named', () => {
    expect(bylineOf(inArticle(''), publisher, 'El País')).toBe('Ediciones El País');
  });

  it('uses a declared wire only when no person is named', () => {
    const wire = '<meta property="article:author" content="CNN Wire">';
    expect(bylineOf(inArticle('<p class="byline">Ana Torres</p>'), wire)).toBe('Ana Torres');
    expect(bylineOf(inArticle(''), wire)).toBe('CNN Wire');
  });

  it('lets a "By" line naming a person win over a wire shown in the byline box', () => {
    expect(bylineOf(inArticle('<div class="byline">By: CNN Wire</div><p>By Leigh Ann Caldwell</p>'))).toBe(
      'Leigh Ann Caldwell',
    );
  });

  it('credits the agency of a story\'s closing "(dpa)" or an editor\'s initials when no person is named', () => {
    expect(bylineOf(inArticle('', '<div>(SID)</div>'))).toBe('SID');
    const heise = '<meta name="author" content="Mac &amp; i">';
    expect(
      bylineOf(inArticle('', '<p><span>(<a href="mailto:bsc@example.com">bsc</a>)</span></p>'), heise, 'Mac & i'),
    ).toBe('bsc');
    // A word in parentheses is no credit.
    expect(bylineOf(inArticle('', '<div>(Video)</div>'))).toBeNull();
  });
});

describe('byline: bylines the page shows', () => {
  it('reads a byline element and its rel=author link', () => {
    expect(bylineOf(inArticle('<div class="author">Jane Doe</div>'))).toBe('Jane Doe');
    expect(bylineOf(inArticle('<p class="byline">By <a rel="author">Ana Torres</a></p>'))).toBe('Ana Torres');
  });

  it('reads the microdata name of an author and leaves the rest of the box', () => {
    const body =
      '<div><div><h1>Ministers meet</h1><span itemprop="author" itemscope><span itemprop="name">Ana Torres</span><span>Staff</span></span></div></div>';
    expect(bylineOf(body)).toBe('Ana Torres');
  });

  it('reads every microdata author of a byline ("Par A, B")', () => {
    const person = (name: string) => `<span itemprop="author" itemscope><a itemprop="name">${name}</a></span>`;
    const body = inArticle(
      `<ul><li class="fig-auteur">Par ${person('Bertille Bayart')}, ${person('Marie Visot')}</li></ul>`,
    );
    expect(bylineOf(body)).toBe('Bertille Bayart, Marie Visot');
  });

  it("does not take a video's title beside its host for a byline", () => {
    const video = '<div class="author">Katie Couric New Yorkers post their feelings about the election in subway</div>';
    expect(bylineOf(inArticle(video))).toBeNull();
    expect(bylineOf(inArticle('<div class="author">Ana de la Cruz</div>'))).toBe('Ana de la Cruz');
  });

  it('reads an unnamed "By … | date" line under the headline', () => {
    expect(bylineOf(inArticle('<p>By Jane Doe | May 3, 2019</p>'))).toBe('Jane Doe');
  });

  it('does not take a class like "authority-control" for an author box', () => {
    expect(bylineOf(inArticle('<div class="authority-control">Jane Doe</div>'))).toBeNull();
  });

  it('refuses an author box that holds only a button', () => {
    expect(bylineOf(inArticle('<div class="author-box"><a>Follow Author</a></div>'))).toBeNull();
  });

  it("ignores commenters' names and the page footer's author", () => {
    const comments = inArticle('<div class="comments"><p class="author">Troll</p></div>');
    expect(bylineOf(comments)).toBeNull();
    expect(bylineOf(inArticle('') + '<footer><p class="author">Site Owner</p></footer>')).toBeNull();
  });

  it('refuses an editor line', () => {
    expect(bylineOf(inArticle('<p>责任编辑：孔德明</p>'))).toBeNull();
  });

  it('reads "Posted by …" at the foot of a long <article>', () => {
    const body = `<article><h1>Ministers meet</h1>${PARAGRAPH.repeat(150)}<p>Posted by Alon Zakai</p></article>`;
    expect(bylineOf(body)).toBe('Alon Zakai');
  });

  it('reads the name after a date, a time and a zone: "… PST BY TMZ STAFF"', () => {
    expect(bylineOf(inArticle('<h5>2/26/2015 7:11 AM PST BY TMZ STAFF</h5>'))).toBe('TMZ STAFF');
  });
});

describe('byline: Chinese, Japanese and Korean bylines', () => {
  it.each([
    ['记者 王敬照', '王敬照'],
    ['編集委員 中沢克二', '中沢克二'],
    ['（评论员 罗博 萧海川）', '罗博, 萧海川'],
    ['홍길동 기자', '홍길동'],
    ['半月谈记者 史卫燕', '史卫燕'],
    ['2019/02/22 17:23 著者：後藤大地', '後藤大地'],
  ])('%s → %s', (line, expected) => {
    expect(bylineOf(inArticle(`<p>${line}</p>`))).toBe(expected);
  });

  it("does not take a photographer's credit for the story's", () => {
    expect(bylineOf(inArticle('<p>护士在献血浆时拍照留念。新华社记者 才扬 摄</p>'))).toBeNull();
    expect(bylineOf(inArticle('<p>中央社記者張新偉攝</p>'))).toBeNull();
  });
});

describe('byline clues: what the page gathers for the background to read', () => {
  function clues(body: string, head = '', outlet: string | null = null) {
    const doc = page(body, head);
    return collectBylineClues(doc, readMetaValues(doc), null, outlet, doc.querySelector('h1'));
  }

  it('stops at a plainly declared author: no byline element or line is read on the page', () => {
    const found = clues(
      inArticle('<p class="byline">By John Roe</p>'),
      '<meta property="article:author" content="Jane Doe">',
    );
    expect(found).toMatchObject({ declared: ['Jane Doe'], shown: [], lines: [] });
    expect(resolveByline(found, null)).toBe('Jane Doe');
  });

  it('goes on when the declared author is the site itself, and the byline shown wins', () => {
    const found = clues(
      inArticle('<p class="byline">Ana Torres</p>'),
      '<meta property="article:author" content="The Daily">',
      'The Daily',
    );
    expect(found.shown).toEqual(['Ana Torres']);
    expect(resolveByline(found, 'The Daily')).toBe('Ana Torres');
  });

  it('stops at a plain name shown in a byline element: no "By" line is read', () => {
    const found = clues(inArticle('<div class="author">Ana Torres</div><p>By John Roe</p>'));
    expect(found).toMatchObject({ shown: ['Ana Torres'], lines: [] });
  });

  it("credits the agency of a wire story's dateline when nothing else names anyone", () => {
    const found = clues(inArticle(''));
    expect(resolveByline(found, null, 'Frankfurt/Main (dpa) - Für einen Roman über')).toBe('dpa');
    expect(resolveByline(found, null, 'WASHINGTON (CNN) — Not everyone subscribes')).toBe('CNN');
    expect(resolveByline(found, null, 'The talks (which began) - in May')).toBeNull();
    const named = clues(inArticle('<p class="byline">Ana Torres</p>'));
    expect(resolveByline(named, null, 'Frankfurt/Main (dpa) - Für einen Roman über')).toBe('Ana Torres');
  });

  it('gathers the lines that open like a byline, and no other text', () => {
    const found = clues(inArticle('<p>By Jane Doe, Staff Writer | May 3, 2019</p>', '<p>The end of it all.</p>'));
    expect(found.lines).toEqual(['By Jane Doe, Staff Writer | May 3, 2019']);
    expect(resolveByline(found, null)).toBe('Jane Doe');
  });
});

describe('the byline through checkArticle and extractArticle', () => {
  const PROSE =
    '<p>The ministers met on Tuesday, and the talks, which were long, went well for both of the sides involved in them.</p>'.repeat(
      6,
    );

  function byline(inner: string, head: string): string | null {
    const doc = page(
      `<article><h1>Ministers meet in Geneva</h1>${inner}<div class="content">${PROSE}</div></article>`,
      head,
    );
    const article = extractArticle(doc, checkArticle(doc));
    if (!article) throw new Error('not extracted');
    return article.meta.byline;
  }

  it('shows the writer, not "Condé Nast" from the author meta', () => {
    expect(byline('<p class="byline">Ana Torres</p>', '<meta name="author" content="Condé Nast">')).toBe('Ana Torres');
  });

  it('shows the writer, not the publisher that carries the site name', () => {
    const head =
      '<meta property="og:site_name" content="El País">' +
      ldScript(
        '{"@type":"NewsArticle","headline":"Ministers meet in Geneva","author":{"@type":"Organization","name":"Ediciones El País"}}',
      );
    expect(byline('<p class="byline">Ana Torres</p>', head)).toBe('Ana Torres');
  });
});

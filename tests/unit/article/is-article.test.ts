// Article detection: every golden fixture classified as labelled, and the guards that keep
// listings, sign-in pages and shops from being treated as articles.
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../lib/article/is-article';
import { readDeclaredSignals } from '../../../lib/article/declared-signals';
import { fixtures, loadDocument, page } from '../helpers';

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the report, in which the minister said the talks, which lasted into the night, had gone well enough for both sides to return next week.</p>`,
  ).join('');

describe('checkArticle on the golden fixtures', () => {
  const cases = fixtures();
  it('has at least 10 article and 6 non-article fixtures', () => {
    expect(cases.filter((c) => c.gold.isArticle !== false).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.gold.isArticle === false).length).toBeGreaterThanOrEqual(6);
  });
  for (const c of cases) {
    it(`${c.name} is ${c.gold.isArticle === false ? 'not ' : ''}an article`, () => {
      const check = checkArticle(loadDocument(c.pagePath));
      expect(check.isArticle, check.reason).toBe(c.gold.isArticle !== false);
    });
  }
});

describe('the cheap first check (the content script loads the analyzer only when it says maybe)', () => {
  for (const c of fixtures()) {
    // Pages that only their evidence refuses (documentation, a plain-text document) reach the full check.
    const through = c.gold.isArticle !== false || c.gold.refusedAfterReading === true;
    it(`${c.name}: ${through ? 'lets the page through' : 'turns the page away before the analyzer loads'}`, () => {
      const signals = readDeclaredSignals(loadDocument(c.pagePath));
      expect(signals.maybeArticle, signals.reason).toBe(through);
    });
  }

  it('turns a JSON-LD article away never, even with a password field and teaser links', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A bill"}</script>';
    const teasers = Array.from({ length: 8 }, (_, i) => `<h3><a href="/s/${i}">Story ${i}</a></h3>`).join('');
    const doc = page(`<form><input type="password"></form>${teasers}<p>Short.</p>`, ld);
    expect(readDeclaredSignals(doc).maybeArticle).toBe(true);
  });

  it('keeps an og:type=article page with many headline links when it has no archive signs', () => {
    const og = '<meta property="og:type" content="article">';
    const teasers = Array.from({ length: 12 }, (_, i) => `<h3><a href="/s/${i}">Story ${i}</a></h3>`).join('');
    expect(readDeclaredSignals(page(`${teasers}${prose(1)}`, og)).maybeArticle).toBe(true);
    const archive = `${og}<link rel="next" href="/page/2">`;
    expect(readDeclaredSignals(page(`${teasers}${prose(1)}`, archive)).reason).toMatch(/teaser links/);
  });

  it('keeps a short article with a box of eight related headline links (real short news pages carry 6–8)', () => {
    const related = Array.from({ length: 8 }, (_, i) => `<h3><a href="/s/${i}">Story ${i}</a></h3>`).join('');
    expect(readDeclaredSignals(page(`<article>${prose(4)}</article><aside>${related}</aside>`)).maybeArticle).toBe(
      true,
    );
  });
});

describe('checkArticle signals and guards', () => {
  it('accepts a JSON-LD NewsArticle with a short paywalled body', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A bill"}</script>';
    const doc = page(`<article><h1>A bill</h1><div class="body">${prose(1)}</div></article>`, ld);
    expect(checkArticle(doc).isArticle).toBe(true);
  });

  it('reads JSON-LD inside @graph and survives broken JSON-LD', () => {
    const ld =
      '<script type="application/ld+json">{ broken</script><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["ReportageNewsArticle"]}]}</script>';
    const check = checkArticle(page(`<main>${prose(2)}</main>`, ld));
    expect(check.jsonLd.types.has('ReportageNewsArticle')).toBe(true);
    expect(check.isArticle).toBe(true);
  });

  it('reads JSON-LD wrapped in a comment or CDATA markers, with prefixed type names', () => {
    for (const [open, close] of [
      ['<!--', '-->'],
      ['//<![CDATA[', '//]]>'],
    ]) {
      const ld = `<script type="application/ld+json">${open}{"@type":"schema:NewsArticle","headline":"A"}${close}</script><script type="application/ld+json">{"@type":"http://schema.org/WebPage"}</script>`;
      const types = checkArticle(page(`<main>${prose(2)}</main>`, ld)).jsonLd.types;
      expect([...types].sort()).toEqual(['NewsArticle', 'WebPage']);
    }
  });

  it('says no to a page with no article signals', () => {
    expect(checkArticle(page('<nav><a href="/">Home</a></nav><p>Short.</p>')).isArticle).toBe(false);
  });

  it('says no to a sign-in form with a little marketing prose, even with og:type=article', () => {
    const doc = page(
      `<form><input type="email"><input type="password"><button>Sign in</button></form>${prose(2)}`,
      '<meta property="og:type" content="article">',
    );
    expect(checkArticle(doc).isArticle).toBe(false);
  });

  const teaser = (i: number) =>
    `<article class="post"><h2><a href="/p/${i}">Headline number ${i} about the summit</a></h2><p>An excerpt of forty words or so, telling the reader what the story says about the summit, the ministers, and what comes next for the talks.</p></article>`;
  const grid = `<main>${Array.from({ length: 10 }, (_, i) => teaser(i)).join('')}</main>`;

  it('says no to a grid of teasers without declarations', () => {
    expect(checkArticle(page(grid)).isArticle).toBe(false);
  });

  it('keeps a short story that holds its own headline among rails of teaser links', () => {
    const story =
      '<article><p class="date">15 August 2016, 13:43</p><h1>Veteran forward retires from the national team</h1>' +
      `<p class="intro">The veteran forward has decided to stop playing for the national team.</p>${prose(4)}</article>`;
    const rails = Array.from(
      { length: 30 },
      (_, i) => `<h3><a href="/n/${i}">Other headline number ${i}</a></h3>`,
    ).join('');
    const doc = page(`<div class="rail">${rails}</div>${story}<div class="rail">${rails}</div>`);
    expect(readDeclaredSignals(doc).maybeArticle).toBe(true);
    expect(checkArticle(doc).isArticle).toBe(true);
    // The same rails around a linked teaser's heading are a listing still.
    const teaser = story.replace(/<h1>(.*?)<\/h1>/, '<h1><a href="/story">$1</a></h1>');
    expect(checkArticle(page(`<div>${rails}</div>${teaser}<div>${rails}</div>`)).isArticle).toBe(false);
  });

  it('says no to an archive page of teasers (pagination) even when it declares og:type=article', () => {
    const doc = page(
      `${grid}<nav class="pagination"><a rel="next" href="/page/2">Older</a></nav>`,
      '<meta property="og:type" content="article">',
    );
    expect(checkArticle(doc).isArticle).toBe(false);
  });

  it('trusts og:type=article on a front page without archive signs (as Readability does on nytimes.com/es)', () => {
    expect(checkArticle(page(grid, '<meta property="og:type" content="article">')).isArticle).toBe(true);
  });

  it('says no to a declared listing (CollectionPage) without an article declaration', () => {
    const ld = '<script type="application/ld+json">{"@type":"CollectionPage"}</script>';
    expect(checkArticle(page(`<main>${prose(6)}</main>`, ld)).isArticle).toBe(false);
  });

  it('accepts a long article without any declaration, date or byline (readable prose)', () => {
    expect(checkArticle(page(`<div id="story">${prose(12)}</div>`)).isArticle).toBe(true);
  });

  it('asks a page with no date, byline or declaration for more prose than one that carries them', () => {
    const bare = checkArticle(page(`<div id="story">${prose(8)}</div>`));
    expect(bare.isArticle).toBe(false);
    expect(bare.reason).toMatch(/no date, byline/);
    const dated = `<div id="story"><p class="byline">By Ana Torres</p>${prose(8)}</div>`;
    expect(checkArticle(page(dated, '<meta property="article:published_time" content="2024-03-05">')).isArticle).toBe(
      true,
    );
  });

  it('refuses documentation (code, no date, no author) and a document that is all preformatted text', () => {
    const code = '<pre><code>config = load("tide.toml")\nconfig.validate(strict=True)\nrun(config)</code></pre>';
    const docs = checkArticle(page(`<div id="main">${prose(14)}${code.repeat(4)}</div>`));
    expect(docs.reason).toMatch(/unsigned and undated, with code/);
    // The same text signed by its author is a post about code, not documentation.
    const signed = `<div id="main"><p class="byline">By Ana Torres</p>${prose(14)}${code.repeat(4)}</div>`;
    expect(checkArticle(page(signed)).isArticle).toBe(true);
    const draft = `<pre>${'Internet-Draft  A protocol for storing data remotely, wrapped at 72 columns.\n'.repeat(60)}</pre>`;
    const dated = '<meta property="article:published_time" content="2025-03-08">';
    expect(
      checkArticle(page(`<div id="main"><p class="byline">By Ana Torres</p>${draft}</div>`, dated)).reason,
    ).toMatch(/preformatted/);
  });

  it('refuses an unsigned record of labelled fields, but not a signed story with a fact box', () => {
    const fields = ['Study Type', 'Enrollment', 'Allocation', 'Masking', 'Sponsor', 'First Posted', 'Last Verified']
      .flatMap((label) => [1, 2, 3].map((n) => `<tr><th>${label} ${n}:</th><td>Observational</td></tr>`))
      .join('');
    const record = `<div id="main"><h1>Ministers meet</h1>${prose(14)}<table>${fields}</table></div>`;
    expect(checkArticle(page(record)).reason).toMatch(/record of labelled fields/);
    const signed = record.replace(
      '<h1>Ministers meet</h1>',
      '<h1>Ministers meet</h1><p class="byline">By Ana Torres</p>',
    );
    expect(checkArticle(page(signed)).isArticle).toBe(true);
    const factBox = `<div id="main">${prose(14)}<table>${fields.slice(0, 400)}</table></div>`;
    expect(checkArticle(page(factBox)).isArticle).toBe(true);
  });

  it("refuses a player over short undated notes (an episode's page), but not a dated story with a clip", () => {
    const notes = `<div id="main"><h1>Permafrost im Wandel</h1><p class="byline">Moderation: Ana Torres</p><audio controls src="data:audio/mpeg;base64,AAAA"></audio>${prose(8)}</div>`;
    expect(checkArticle(page(notes)).reason).toMatch(/player and its notes/);
    const dated = '<meta property="article:published_time" content="2024-03-05">';
    expect(checkArticle(page(notes, dated)).isArticle).toBe(true);
  });

  it("refuses an unmarked introduction over a grid of teasers, and not for its teasers' authors", () => {
    const card = (n: number) =>
      `<article class="card"><h3><a href="/p/${n}">Project ${n}</a></h3><p>A short summary.</p>` +
      `<article class="avatar"><h4 class="author-avatar__title"><a href="/people/${n}">Dr. Nino Jordan</a></h4></article></article>`;
    const cards = Array.from({ length: 12 }, (_, n) => card(n)).join('');
    const section = checkArticle(
      page(`<div id="main"><h1>Energy transition</h1>${prose(14)}</div><div>${cards}</div>`),
    );
    expect(section.reason).toMatch(/grid of teasers/);
    const dated = '<meta property="article:published_time" content="2024-03-05">';
    const story = checkArticle(
      page(`<div id="main"><h1>Energy transition</h1>${prose(14)}</div><div>${cards}</div>`, dated),
    );
    expect(story.isArticle).toBe(true);
  });

  it("refuses a declared article at a product, gallery or wiki history address, but not at a magazine's books address", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Five phones"}</script>';
    const at = (href: string) => `${ld}<link rel="canonical" href="${href}">`;
    const long = `<div id="main">${prose(14)}</div>`;
    expect(checkArticle(page(long, at('https://times.example/tech/phones/slideshow/88123.cms'))).isArticle).toBe(false);
    expect(checkArticle(page(long, at('https://shop.example/produkte/tabletten_433873'))).isArticle).toBe(false);
    expect(checkArticle(page(long, at('https://wiki.example/index.php?title=X&diff=5&oldid=4'))).isArticle).toBe(false);
    expect(checkArticle(page(long, at('https://magazine.example/books/a-review-of-a-novel'))).isArticle).toBe(true);
  });

  it("leaves the site's home page, product pages and forum threads alone, however much prose they hold", () => {
    const long = `<div id="main">${prose(14)}</div>`;
    expect(checkArticle(page(long, '<link rel="canonical" href="https://news.example/">')).reason).toMatch(/home page/);
    expect(checkArticle(page(long, '<meta property="og:type" content="product">')).reason).toMatch(/product/);
    const thread = '<link rel="canonical" href="https://forum.example/threads/why-is-my-cat-shedding.230143/">';
    expect(checkArticle(page(long, thread)).reason).toMatch(/forum/);
    // A news address with a date keeps its article, whatever words its path holds.
    const dated = '<link rel="canonical" href="https://news.example/2024/03/05/books/review-of-a-novel">';
    expect(checkArticle(page(long, dated)).isArticle).toBe(true);
  });
});

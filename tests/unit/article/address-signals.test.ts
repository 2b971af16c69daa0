// The address rules that decide, before anything else runs, whether Backstory touches a page: which
// address is the page's, home pages, shop/forum/docs/platform addresses (unless dated), and og:types
// of products and media.
import { describe, expect, it } from 'vitest';
import {
  isListingAddress,
  isProductOrMediaType,
  isRootAddress,
  addressReason,
  pageAddresses,
} from '../../../lib/article/address-signals';
import { readDeclaredSignals } from '../../../lib/article/declared-signals';
import { page } from '../helpers';

/** The most trusted of the page's addresses (the first of `pageAddresses`). */
const pageAddress = (own: string, canonical: string | null, ogUrl: string | null) =>
  pageAddresses(own, canonical, ogUrl)[0] ?? null;

describe("addressReason over all of a page's addresses", () => {
  it("calls a page the site's home only when its most trusted address is the root", () => {
    // A live article whose canonical is the front page (an article opened over it) stays an article.
    expect(addressReason(pageAddresses('https://news.example/story/123', 'https://news.example/', null))).toBeNull();
    expect(addressReason(pageAddresses('about:blank', 'https://news.example/', null))).toMatch(/home page/);
  });

  it('calls a page a listing when any of its addresses is one (a thread served from elsewhere)', () => {
    const thread = pageAddresses('http://127.0.0.1:5180/fixtures/a.html', 'https://forum.example/threads/a.1/', null);
    expect(addressReason(thread)).toMatch(/forum/);
    expect(addressReason(pageAddresses('https://news.example/2019/05/03/books/review', null, null))).toBeNull();
  });

  it('lets a declared article keep a listing address, but not a home page, product or gallery address', () => {
    const books = pageAddresses('https://magazine.example/books/a-review', null, null);
    expect(addressReason(books)).toMatch(/docs or site's own address/);
    expect(addressReason(books, true)).toBeNull();
    expect(addressReason(pageAddresses('https://news.example/es/', null, null), true)).toMatch(/home page/);
    const gallery = pageAddresses('https://news.example/tech/slideshow/88123.cms', null, null);
    expect(addressReason(gallery, true)).toMatch(/gallery/);
  });
});

describe('pageAddress', () => {
  it("prefers the page's own http(s) address to its canonical and og:url", () => {
    expect(pageAddress('https://own.example.com/p', 'https://canon.example.com/q', 'https://og.example.com/r')).toEqual(
      {
        host: 'own.example.com',
        path: '/p',
      },
    );
  });

  it('uses the canonical of a saved page, without its fragment', () => {
    expect(pageAddress('file:///tmp/x.html', 'https://example.com/a/b?x=1#frag', 'https://og.example.com/z')).toEqual({
      host: 'example.com',
      path: '/a/b?x=1',
    });
  });

  it('falls back to og:url', () => {
    expect(pageAddress('file:///tmp/x.html', null, 'https://og.example.com/z')).toEqual({
      host: 'og.example.com',
      path: '/z',
    });
  });

  it('gives the path of a relative canonical, with no host', () => {
    expect(pageAddress('about:blank', '/threads/123', null)).toEqual({ host: '', path: '/threads/123' });
  });

  it('reads a protocol-relative canonical and trims spaces', () => {
    expect(pageAddress('', '//cdn.example.com/x', null)).toEqual({ host: 'cdn.example.com', path: '/x' });
    expect(pageAddress('', '  https://example.com/x  ', null)).toEqual({ host: 'example.com', path: '/x' });
  });

  it('lower-cases the host and gives "/" for an address without a path', () => {
    expect(pageAddress('https://Example.COM', null, null)).toEqual({ host: 'example.com', path: '/' });
  });

  it('gives none without an address it can read', () => {
    expect(pageAddress('', null, null)).toBeNull();
    expect(pageAddress('', 'relative/path', null)).toBeNull();
  });
});

describe('isRootAddress', () => {
  const root = (path: string) => isRootAddress({ host: 'example.com', path });

  it.each(['/', '', '/index.html', '/INDEX.HTML', '/default.aspx', '/home.html', '/?', '/index.html?'])(
    '%s is a home page',
    (path) => {
      expect(root(path)).toBe(true);
    },
  );

  it.each(['/?utm_source=x', '/?utm_source=x&utm_medium=y', '/?ref=hn', '/?fbclid=abc', '/?gclid=1'])(
    '%s is a home page with tracking only',
    (path) => {
      expect(root(path)).toBe(true);
    },
  );

  it.each(['/es/', '/de', '/en-gb/', '/pt_BR/index.html', '/es/?utm_source=x'])(
    '%s is the home page of a language edition',
    (path) => {
      expect(root(path)).toBe(true);
    },
  );

  it.each(['/?p=123', '/index.php?id=5', '/?q=node/7', '/?utm_source=x&p=1', '/news/', '/ukr/', '/es/politica/'])(
    '%s is not a home page',
    (path) => {
      expect(root(path)).toBe(false);
    },
  );

  it('reads the root of an address given without a slash before its query', () => {
    const address = pageAddress('https://example.com?utm_source=x', null, null);
    expect(address).toEqual({ host: 'example.com', path: '?utm_source=x' });
    expect(isRootAddress(address as NonNullable<typeof address>)).toBe(true);
  });
});

describe('isListingAddress', () => {
  const listing = (host: string, path: string) => isListingAddress({ host, path });

  it.each([
    ['/products/shoe'],
    ['/shop'],
    ['/Shop/x'],
    ['/forum/thread-1'],
    ['/threads/123'],
    ['/docs/intro'],
    ['/books/review'],
    ['/viewtopic.php?t=1'],
    ['/watch?v=1'],
    ['/tech/phones/slideshow/88123.cms'],
    ['/photo-gallery/the-week'],
    ['/index.php?title=Park&diff=591343&oldid=588001'],
    ['/w/index.php?title=Treaty&action=history'],
  ])('%s is a listing address', (path) => {
    expect(listing('example.com', path)).toBe(true);
  });

  it.each([
    ['github.com', '/a/b'],
    ['www.reddit.com', '/r/x'],
    ['old.reddit.com', '/r/x/comments/abc/title'],
    ['x.com', '/user/status/123'],
    ['stackoverflow.com', '/questions/1/title'],
  ])('%s%s is a platform address', (host, path) => {
    expect(listing(host, path)).toBe(true);
  });

  it.each([
    ['/about/'],
    ['/about-us/'],
    ['/ueber-uns'],
    ['/content/www/us/en/legal/terms-of-use.html'],
    ['/impressum'],
    ['/privacy-policy'],
  ])("%s is the site's own page, not a story", (path) => {
    expect(listing('example.com', path)).toBe(true);
  });

  it("does not take a story about the law, or one that mentions 'about' in its slug, for the site's own page", () => {
    expect(listing('example.com', '/legal/litigation/judge-rules-on-merger')).toBe(false);
    expect(listing('example.com', '/news/what-we-know-about-the-talks')).toBe(false);
    expect(listing('example.com', '/legal/terms-of-use-2023-05-03')).toBe(false);
  });

  it('lets a dated path through, on a publisher or a platform', () => {
    expect(listing('example.com', '/2019/05/03/books/review')).toBe(false);
    expect(listing('github.com', '/blog/2019-05-03-release')).toBe(false);
  });

  it('does not take "commentisfree" or a segment that only starts like a listing word for one', () => {
    expect(listing('example.com', '/commentisfree/2019/may/03/x')).toBe(false);
    expect(listing('example.com', '/commentisfree/x')).toBe(false);
    expect(listing('example.com', '/product-reviews/x')).toBe(false);
  });

  it('does not take a host that only ends like a platform for one', () => {
    expect(listing('notgithub.com', '/x')).toBe(false);
    expect(listing('example.com', '/news/story')).toBe(false);
  });
});

describe('isProductOrMediaType', () => {
  it.each([
    'product',
    'product.item',
    'video',
    'video.other',
    'music.song',
    'book',
    'books.book',
    'profile',
    ' Product ',
  ])('%s is a product or media type', (type) => {
    expect(isProductOrMediaType(type)).toBe(true);
  });

  it.each(['article', 'website', 'blog', ''])('%s is not', (type) => {
    expect(isProductOrMediaType(type)).toBe(false);
  });
});

describe('the address rules in the first check (readDeclaredSignals)', () => {
  const PROSE =
    '<p>The ministers met on Tuesday, and the talks, which were long, went well for both of the sides involved in them.</p>'.repeat(
      6,
    );
  const signals = (head: string) => {
    const s = readDeclaredSignals(page(`<article><h1>Ministers meet</h1>${PROSE}</article>`, head));
    return [s.maybeArticle, s.reason];
  };

  it('turns a relative canonical to a forum thread away', () => {
    expect(signals('<link rel="canonical" href="/threads/123">')).toEqual([
      false,
      "a shop, download, forum, social, docs or site's own address",
    ]);
  });

  it('turns the home page with a tracking query away, and keeps "/?p=123"', () => {
    expect(signals('<link rel="canonical" href="https://example.com/?utm_source=x">')).toEqual([
      false,
      "the site's home page",
    ]);
    expect(signals('<link rel="canonical" href="https://example.com/?p=123">')).toEqual([true, 'readable prose']);
  });

  it('turns a platform og:url away and keeps a dated books address', () => {
    expect(signals('<meta property="og:url" content="https://github.com/a/b">')).toEqual([
      false,
      "a shop, download, forum, social, docs or site's own address",
    ]);
    expect(signals('<link rel="canonical" href="https://example.com/2019/05/03/books/review">')).toEqual([
      true,
      'readable prose',
    ]);
  });

  it('turns an og:type product away', () => {
    expect(signals('<meta property="og:type" content="product">')).toEqual([
      false,
      'declares a product or a media item',
    ]);
  });
});

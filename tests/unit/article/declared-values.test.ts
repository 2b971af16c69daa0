// The readers of what a page declares, under its date and byline: its <meta> values by property, name
// and itemprop (meta-values.ts) and its JSON-LD blocks, wrapped or not (json-ld.ts).
import { describe, expect, it } from 'vitest';
import { metaValue, metaValues, readMetaValues } from '../../../lib/article/meta-values';
import { jsonLdText, summarizeJsonLd } from '../../../lib/article/json-ld';
import { SIGNAL_TABLES } from '../../../lib/article/signal-tables';
import { page } from '../helpers';

describe('readMetaValues, metaValue and metaValues', () => {
  const doc = page(
    '<div itemscope><meta itemprop="datePublished" content="2019-05-03"></div>',
    [
      '<meta name="DC.date.issued" content="2019-05-03">',
      '<meta property="og:title" name="twitter:title" content="  Two\n  keys  ">',
      '<meta name="author" content="Jane Doe">',
      '<meta name="author" content="John Roe">',
      '<meta name="author" content="Jane  Doe">',
      '<meta name="empty" content="   ">',
      '<meta name="pubdate" value="2019-05-04">',
      '<meta name="both" content="from content" value="from value">',
      '<meta content="no key">',
    ].join(''),
  );
  const metas = readMetaValues(doc);

  it('keys values by property, name and itemprop in lower case, in document order', () => {
    expect([...metas.entries()]).toEqual([
      ['dc.date.issued', ['2019-05-03']],
      ['og:title', ['  Two\n  keys  ']],
      ['twitter:title', ['  Two\n  keys  ']],
      ['author', ['Jane Doe', 'John Roe', 'Jane  Doe']],
      ['pubdate', ['2019-05-04']],
      ['both', ['from content']],
      ['datepublished', ['2019-05-03']],
    ]);
  });

  it('gives the first declared key, whitespace collapsed', () => {
    expect(metaValue(metas, 'missing', 'og:title')).toBe('Two keys');
    expect(metaValue(metas, 'missing')).toBeNull();
    expect(metaValue(metas, 'pubdate', 'dc.date.issued')).toBe('2019-05-04');
  });

  it('looks keys up in lower case only', () => {
    expect(metaValue(metas, 'DC.date.issued')).toBeNull();
  });

  it('gives every value of a key without repeats', () => {
    expect(metaValues(metas, 'author')).toEqual(['Jane Doe', 'John Roe']);
    expect(metaValues(metas, 'missing')).toEqual([]);
  });
});

describe('summarizeJsonLd and jsonLdText', () => {
  const TYPES = SIGNAL_TABLES.articleTypes;

  it.each([
    ['CDATA markers', '<![CDATA[ {"@type":"NewsArticle","headline":"A"} ]]>'],
    ['commented CDATA markers', '//<![CDATA[\n{"@type":"NewsArticle","headline":"A"}\n//]]>'],
    ['an HTML comment', '<!-- {"@type":"NewsArticle","headline":"A"} -->'],
    ['a comment around commented CDATA', '<!--//<![CDATA[ {"@type":"NewsArticle","headline":"A"} //]]>-->'],
  ])('reads a block wrapped in %s', (_name, text) => {
    const summary = summarizeJsonLd([text], TYPES);
    expect([...summary.types]).toEqual(['NewsArticle']);
    expect(summary.article).toEqual({ '@type': 'NewsArticle', headline: 'A' });
    expect(summary.dated).toBeNull();
  });

  it('skips a broken block and reads @graph, prefixed types and the first dated node', () => {
    const summary = summarizeJsonLd(
      [
        '{broken',
        '{"@graph":[{"@type":"WebPage","datePublished":"2019-01-01"},{"@type":["http://schema.org/NewsArticle"],"headline":"B"}]}',
      ],
      TYPES,
    );
    expect([...summary.types]).toEqual(['WebPage', 'NewsArticle']);
    expect(summary.article).toEqual({ '@type': ['http://schema.org/NewsArticle'], headline: 'B' });
    expect(summary.dated).toEqual({ '@type': 'WebPage', datePublished: '2019-01-01' });
  });

  it('reads a mainEntity and "schema:" types', () => {
    const summary = summarizeJsonLd(
      ['{"@type":"WebPage","mainEntity":{"@type":"schema:Article","headline":"C"}}'],
      TYPES,
    );
    expect([...summary.types]).toEqual(['WebPage', 'Article']);
    expect(summary.article).toEqual({ '@type': 'schema:Article', headline: 'C' });
  });

  it('keeps the first article of several blocks', () => {
    const summary = summarizeJsonLd(
      ['[{"@type":"Organization"},{"@type":"NewsArticle","headline":"D"}]', '{"@type":"Article","headline":"E"}'],
      TYPES,
    );
    expect([...summary.types]).toEqual(['Organization', 'NewsArticle', 'Article']);
    expect(summary.article).toEqual({ '@type': 'NewsArticle', headline: 'D' });
  });

  it('gives an empty summary for empty, null and non-object blocks', () => {
    expect(summarizeJsonLd(['', 'null', '"text"', '42'], TYPES)).toEqual({
      types: new Set(),
      article: null,
      dated: null,
    });
  });

  it('reads a string field, a named object or a list of either', () => {
    expect(jsonLdText({ author: [{ name: 'A' }, 'B', { name: ' ' }, 3] }, 'author')).toBe('A, B');
    expect(jsonLdText({ publisher: { '@type': 'Organization', name: 'X' } }, 'publisher')).toBe('X');
    expect(jsonLdText({ headline: '  ' }, 'headline')).toBeNull();
    expect(jsonLdText(null, 'headline')).toBeNull();
  });
});

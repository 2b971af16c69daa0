// fast-check generators for the property tests: random DOM trees built with the DOM API (so adjacent
// and empty text nodes occur, as scripts make them), random HTML full of article and listing signs,
// and random news-like text. Every property runs seeded, so a failure replays.
import fc from 'fast-check';

/** The seed every property runs with; fast-check prints it with the failing case's path. */
export const SEED = 20261127;
export const RUNS = 1000;
export const SETTINGS = { seed: SEED, numRuns: RUNS };

const CHARS = [
  'a',
  'e',
  'K',
  'z',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u00ad',
  '\u200b',
  'é',
  'ö',
  '’',
  '.',
  ',',
  '😀',
  '—',
];
const shortText = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((cs) => cs.join(''));
const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'em', 'code', 'pre', 'br', 'section', 'ul', 'li', 'h2', 'blockquote'];

export type Tree = string | { tag: string; children: Tree[] };

const tree = fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, shortText, tie('element')),
  element: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { maxLength: 5 }) }),
}));

/** The children of a body: text nodes (possibly empty, possibly adjacent) and nested elements. */
export const bodies: fc.Arbitrary<Tree[]> = fc.array(tree.node, { minLength: 1, maxLength: 6 });

/** Appends `trees` under `parent` with DOM calls. */
export function build(doc: Document, parent: Node, trees: Tree[]): void {
  for (const t of trees) {
    if (typeof t === 'string') {
      parent.appendChild(doc.createTextNode(t));
      continue;
    }
    const el = doc.createElement(t.tag);
    if (t.tag === 'a') el.setAttribute('href', '/x');
    parent.appendChild(el);
    build(doc, el, t.children);
  }
}

/** Spans over a text of `length` characters: anywhere, possibly overlapping or empty. */
export function spans(length: number): fc.Arbitrary<Array<{ start: number; end: number }>> {
  const at = fc.nat({ max: Math.max(0, length) });
  return fc.array(
    fc.tuple(at, at).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    { maxLength: 8 },
  );
}

const WORDS = [
  'Sergei', 'Lavrov', 'Ararat', 'Mirzoyan', 'Ursula', 'von', 'der', 'Leyen', 'Mr', 'President', 'Foreign',
  'Minister', 'said', 'the', 'Treaty', 'of', 'Rome', 'Alma-Ata', 'Declaration', 'Paris', 'climate',
  'accord', 'NATO', 'Collective', 'Security', 'Organization', '(CSTO)', 'CSTO', 'he', 'told', 'on',
  'October', '6,', '2022', '1991', '“', '”', '"', "'", '’s', '.', ',', '—', '3+3', 'format', 'initiative',
  'Crossroads', 'Peace', 'Jean-Claude', 'Juncker', 'bin', 'Salman', 'Orbán', '\n\n', 'Mc', 'O’Brien', 'İ',
  'ß', 'ǅ', '\u00ad', '\u200b', 'Deal', 'Iran', 'nuclear', 'deal', 'Prime', 'Chairman', 'Committee', 'Duma',
]; // prettier-ignore

/** News-like text: names, titles, agreement heads, quotes, dates and stray Unicode, in any order. */
export const newsText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const ATTRS = [
  '', ' class="entry-content"', ' class="related"', ' class="comments"', ' hidden', ' aria-hidden="true"',
  ' style="display:none"', ' id="main"', ' role="navigation"', ' class="byline"', ' itemprop="articleBody"',
]; // prettier-ignore
const HTML_TAGS = [
  'p',
  'div',
  'article',
  'main',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'ul',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'span',
  'form',
  'table',
  'td',
  'figure',
  'time',
  'br',
  'img',
  'input',
];
const HEAD_BITS = [
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-01-02"}</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":["WebPage","CollectionPage"]},{"@type":"Article"}]}</script>',
  '<script type="application/ld+json">{"@type": ["NewsArticle"</script>',
  '<script type="application/ld+json">[1, null, "x", {"@type": 7}]</script>',
  '<meta property="og:type" content="article">',
  '<meta property="og:type" content="website">',
  '<link rel="next" href="/page/2">',
  '<link rel="canonical" href="https://example.com/category/world/">',
  '<meta name="author" content="A. Writer">',
  '<html lang="zz">',
  '',
]; // prettier-ignore

const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    newsText,
    // A long paragraph, so the body finder and extraction have prose to work on.
    newsText.map((t) => `<p>${`${t} `.repeat(12)}</p>`),
    fc.constantFrom('<', '>', '&amp;', '&', '"', '</p>', '<!--', '-->', '<![CDATA[', '<input type="password">'),
    fc
      .tuple(fc.constantFrom(...HTML_TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 6 }))
      .map(([tag, attrs, kids]) => `<${tag}${attrs}>${kids.join('')}</${tag}>`),
  ),
})).node;

/** Whole pages of random HTML: declared article or not, any structure, broken markup included. */
export const htmlPages: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...HEAD_BITS), { maxLength: 3 }), fc.array(htmlNode, { maxLength: 12 }))
  .map(
    ([head, body]) =>
      `<!doctype html><html><head><title>T</title>${head.join('')}</head><body>${body.join('')}</body></html>`,
  );

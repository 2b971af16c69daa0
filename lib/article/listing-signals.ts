// Signals that a page lists other pages rather than being one: teaser cards and shop prices (archive
// pagination and sign-in forms are in quick-listing.ts, which the sentinel uses too). The article check
// combines them with the page's own declarations.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import type { BodyCandidate } from './score-content';
import {
  isFurniture,
  isHiddenByMarkup,
  isSkippedTag,
  isUnlikelyByName,
  normalizeSpace,
  tagOf,
  textLength,
  walkElements,
} from './dom-utils';

const PRICE = /(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|USD|EUR|GBP))/g;
const BUY = /\b(?:add to (?:basket|cart|bag)|buy now|in stock|out of stock)\b/i;

export function looksLikeShop(doc: Document): boolean {
  const text = doc.body?.textContent ?? '';
  return BUY.test(text) && (text.match(PRICE)?.length ?? 0) >= H.shopMinPrices;
}

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** Headings that are links: one per teaser card on listings, a few "related" ones on articles. */
export function teaserHeadings(root: Element, prune: (el: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  for (const heading of walkElements(root, prune)) {
    if (!HEADINGS.has(tagOf(heading))) continue;
    const text = normalizeSpace(heading.textContent ?? '').length;
    if (text === 0) continue;
    const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
    // "History [edit]" is a heading with a link, not a teaser: the link must be most of it.
    if (link && normalizeSpace(link.textContent ?? '').length >= 0.7 * text) found.push(heading);
  }
  return found;
}

/** Characters of the body's paragraphs that sit outside every teaser card: the article's own prose. */
export function proseOutsideTeasers(body: BodyCandidate, headings: Element[]): number {
  const cards: Element[] = [];
  for (const heading of headings) {
    const card = heading.closest('article, li') ?? heading.parentElement;
    // A block that long is the article around a heading, not a teaser card.
    if (card && textLength(card) <= H.teaserMaxChars) cards.push(card);
  }
  return body.paragraphs.filter(({ el }) => !cards.some((card) => card.contains(el))).reduce((n, p) => n + p.chars, 0);
}

/** The link that ends an excerpt, in the languages of the corpus ("Read more", "weiter...", "Lire la suite"…). */
const READ_MORE =
  /^(?:read more|continue reading|more|full story|weiter(?:lesen)?|mehr(?: lesen)?|lire la suite|la suite|lire plus|leer m[aá]s|seguir leyendo|ver m[aá]s|leggi (?:tutto|di più|altro)|continua a leggere|czytaj (?:dalej|więcej)|leia mais|lees meer|läs mer|les mer|подробнее|читать далее|続きを読む|阅读全文|더보기)\W*$/i;

/**
 * Characters of the body's paragraphs that end in a "read more" link: excerpts of other pages. An
 * article's own paragraphs do not send the reader elsewhere to finish them.
 */
export function excerptProse(body: BodyCandidate): { count: number; chars: number } {
  let count = 0;
  let chars = 0;
  for (const { el, chars: n } of body.paragraphs) {
    const links = el.querySelectorAll('a[href]');
    const link = normalizeSpace(links[links.length - 1]?.textContent ?? '');
    if (!READ_MORE.test(link)) continue;
    // The link must close the paragraph: nothing but punctuation after it.
    const after =
      normalizeSpace(el.textContent ?? '')
        .split(link)
        .pop() ?? '';
    if (/\p{L}/u.test(after)) continue;
    count++;
    chars += n;
  }
  return { count, chars };
}

/** Teaser headings inside the body, leaving out related-link boxes and sidebars. */
export function teasersInBody(body: BodyCandidate): Element[] {
  const pruned = (el: Element) => isSkippedTag(el) || isHiddenByMarkup(el) || isFurniture(el) || isUnlikelyByName(el);
  return body.include
    ? [...body.include].flatMap((child) => (pruned(child) ? [] : teaserHeadings(child, pruned)))
    : teaserHeadings(body.root, pruned);
}

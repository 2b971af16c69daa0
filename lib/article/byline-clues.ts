// What the page offers as its byline, gathered on the page and cleaned elsewhere (byline.ts, in the
// background): declared authors, the names byline elements show, and "By …" lines. Gathering stops at
// the first name that needs no cleaning, so an article whose author is declared plainly pays for no search.
import { jsonLdText } from './json-ld';
import { metaValue, metaValues, parselyField, type MetaValues } from './meta-values';
import { normalizeSpace, someOf, textLength } from './dom-utils';
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { articleScope, isInComments, isPageFurniture } from './article-scope';
import {
  AGENCY_CREDIT,
  ANY_CJK,
  BY_LINE,
  isCertainAuthor,
  isPlainName,
  opensWithNameBesideYear,
  startsCapitalized,
} from './byline-words';

type JsonObject = Record<string, unknown>;

export interface BylineClues {
  /** Declared authors in trust order: JSON-LD people, the author metas, parsely's. */
  declared: string[];
  /** Names byline elements show, the article's own first (raw text). */
  shown: string[];
  /** Short lines of the article's container that open like a byline, or hold Chinese, Japanese or Korean. */
  lines: string[];
  /** The body's closing lines: a sign-off ("-- By Jane Doe"), a credit ("(c)AFP/Jane Doe", "（编译/林靖东）"), an author's bio. */
  signOffs: string[];
  /** The plain "author" meta (many sites write their publisher there). */
  generic: string | null;
  /** twitter:creator. */
  creator: string | null;
  /** JSON-LD authors that are organizations: the byline when nothing names a person. */
  organizations: string | null;
}

/** Meta keys (lower case) naming the article's author. */
const AUTHOR_KEYS = [
  'article:author', 'og:article:author', 'article.author', 'byl', 'sailthru.author', 'parsely-author',
  'dc.creator', 'dcterms.creator', 'citation_author', 'cxenseparse:author', 'search.byline',
]; // prettier-ignore
/** Elements that may show the byline: microdata, rel=author, and class/id names checked by BYLINE_NAME. */
const BYLINE_CANDIDATES =
  '[itemprop~="author"], [rel~="author"], [class*="author" i], [class*="byl" i], [class*="writer" i], [class*="contributor" i], [class*="autor" i], [class*="auteur" i], [class*="firma" i], [class*="signature" i], [id*="author" i], [id*="byline" i]';
/** A class or id that names a byline ("byline__author-name", "FeatureByline", "article-author"), not "authority". */
const BYLINE_NAME = /author(?!ity|iz)|byl|writer|contributor|autor|auteur|firma|signature/i;
/** Looked at, at most: a listing's bylines further down are other articles'. */
const MAX_BYLINE_CANDIDATES = 30;
/** Elements looked at in the article's container for a "By …" line: the first ones, and the last ones. */
const MAX_LINE_ELEMENTS = 80;
const MAX_FOOT_ELEMENTS = 30;

/** The JSON-LD article's authors (and creators): people's names, and organizations' apart. */
function jsonLdAuthors(node: JsonObject | null): { people: string | null; organizations: string | null } {
  if (!node) return { people: null, organizations: null };
  const list = [node.author, node.creator].flatMap((raw) =>
    Array.isArray(raw) ? raw : raw === undefined ? [] : [raw],
  );
  const isOrganization = (a: unknown) =>
    /Organization|Corporation|NewsMediaOrganization/.test(String((a as JsonObject | null)?.['@type'] ?? ''));
  return {
    people: jsonLdText({ author: list.filter((a) => !isOrganization(a)) }, 'author'),
    organizations: jsonLdText({ author: list.filter(isOrganization) }, 'author'),
  };
}

function isAuthorProp(el: Element): boolean {
  return /\bauthor\b/.test(el.getAttribute('itemprop') ?? '');
}

function isBylineElement(el: Element): boolean {
  if (isAuthorProp(el) || /\bauthor\b/.test(el.getAttribute('rel') ?? '')) return true;
  return BYLINE_NAME.test(el.getAttribute('class') ?? '') || BYLINE_NAME.test(el.getAttribute('id') ?? '');
}

/**
 * The plain names of `first` and of the other microdata authors: those it holds ("<li class="auteur">Par
 * <span itemprop="author">…</span>, <span itemprop="author">…</span>") and those among the byline elements.
 */
function coauthors(first: Element, elements: Element[]): string[] {
  const held = Array.from(first.querySelectorAll('[itemprop~="author"]'));
  // Co-authors stand beside the first one, not in a teaser further down the page.
  const around = first.parentElement?.parentElement;
  const others = isAuthorProp(first)
    ? elements.filter((el) => el !== first && isAuthorProp(el) && around?.contains(el))
    : [];
  const names = [first, ...held, ...others].map((el) => normalizeSpace(shownText(el) ?? '')).filter(isPlainName);
  return [...new Set(names)];
}

/**
 * An element's text with a space between its text nodes ("<b>Jane Doe</b><i>Staff</i>" is two words);
 * with `breaks`, a line break is written " | " ("Max Blumenthal<br>The Grayzone" is two parts of a line).
 */
function spacedText(el: Element, breaks = false): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (breaks && (node as Element).localName === 'br') parts.push(' | ');
    else if (node.nodeType === 1 && !['script', 'style', 'noscript'].includes((node as Element).localName))
      for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el);
  return parts.join(' ');
}

/** The name an element shows, uncleaned: its microdata name, its content attribute, or its text. */
function shownText(el: Element): string | null {
  // A byline is a line, not a paragraph that happens to sit in an author-named block (native length first).
  if ((el.textContent ?? '').length > 600) return null;
  const named = el.querySelector('[itemprop="name"]');
  const raw =
    named?.getAttribute('content') ??
    (named ? spacedText(named) : null) ??
    el.getAttribute('content') ??
    spacedText(el);
  return raw && normalizeSpace(raw).length <= 200 ? raw : null;
}

/** In a teaser card: a short <article> around it, whose title links to another page (another story's author). */
function inTeaserCard(el: Element): boolean {
  const card = el.parentElement?.closest('article');
  return (
    !!card &&
    (card.textContent ?? '').length <= 2 * H.teaserMaxChars &&
    textLength(card) <= H.teaserMaxChars &&
    card.querySelector('h2 > a[href], h3 > a[href], h4 > a[href], h5 > a[href]') !== null
  );
}

/** Byline elements, those in the article's own container first, outside furniture, comments and teaser cards. */
function bylineElements(doc: Document, scope: Element | null): Element[] {
  const candidates = someOf(doc.querySelectorAll(BYLINE_CANDIDATES), MAX_BYLINE_CANDIDATES).filter(isBylineElement);
  const ranked = scope ? [...candidates.filter((el) => scope.contains(el)), ...candidates] : candidates;
  return [...new Set(ranked)].filter((el) => !isPageFurniture(el, scope) && !isInComments(el) && !inTeaserCard(el));
}

/** Short lines of the container that open like a byline ("By Jane Doe") or may hold a CJK reporter's credit. */
function bylineLines(scope: Element): string[] {
  // Bylines stand under the headline or, on blogs, at the foot of the post ("Posted by …").
  const elements = someOf(
    scope.querySelectorAll('p, div, span, li, address, small, em, strong, h4, h5, h6'),
    MAX_LINE_ELEMENTS,
    MAX_FOOT_ELEMENTS,
  );
  const lines: string[] = [];
  for (const el of elements) {
    if (isPageFurniture(el, scope)) continue;
    // The native length first: the elements asked include the containers of the whole article.
    if ((el.textContent ?? '').length > 300) continue;
    const text = normalizeSpace(spacedText(el, true));
    if (text.length > 150) continue;
    // A CJK credit is read by the resolver (its pattern is costly to compile, and no use on other pages).
    if (ANY_CJK.test(text)) {
      lines.push(text);
      continue;
    }
    // "(dpa)" closing a story: the agency's credit (kept by the resolver when no person is named).
    if (AGENCY_CREDIT.test(text)) {
      lines.push(text);
      continue;
    }
    // "Jane Doe | 29.07.2006": a name beside the date, the way many blogs and magazines sign.
    if (opensWithNameBesideYear(text)) {
      lines.push(text);
      continue;
    }
    const line = BY_LINE.exec(text);
    if (!line || !startsCapitalized(line[2] ?? '')) continue;
    lines.push(text);
    // "By Jane Doe": a plain name after the opener is certain; the resolver goes no further.
    if (isPlainName(text.slice(line[0].length - 1))) break;
  }
  return lines;
}

/** Paragraphs read at the foot of the body: a sign-off stands in the last one or just before a note. */
const SIGN_OFF_PARAGRAPHS = 3;
/** The credit closing a long paragraph: "…(c)AFP/Aminu ABUBAKAR", "…（编译/林靖东）". */
const CLOSING_CREDIT = /(?:\(c\)\s*[^\s()/]{1,20}\s*\/[^()/]{2,40}|[（(][^()（）]{2,24}[)）])\s*$/i;
/** A paragraph longer than a line read whole only when it is a bio set in italics: "Jane Doe is a professor of…". */
const MAX_BIO_CHARS = 400;

/** Nearly all of a paragraph's text is in italics (an author's bio, an editor's note). */
function isItalic(p: Element, length: number): boolean {
  const italic = p.querySelector('i, em');
  return italic !== null && normalizeSpace(italic.textContent ?? '').length >= 0.9 * length;
}

/** The body's closing lines that may credit its author, the last paragraph first. */
function signOffLines(body: Element | null): string[] {
  // Readers' comments under the story sign their own words.
  const paragraphs = Array.from(body?.querySelectorAll('p') ?? []).filter(
    (p) => /\S/.test(p.textContent ?? '') && !isInComments(p) && !isPageFurniture(p, body),
  );
  const found: string[] = [];
  for (const p of paragraphs.slice(-SIGN_OFF_PARAGRAPHS).reverse()) {
    if ((p.textContent ?? '').length > 4 * MAX_BIO_CHARS) continue;
    const text = normalizeSpace(spacedText(p));
    if (text.length <= 150 || (text.length <= MAX_BIO_CHARS && isItalic(p, text.length))) found.push(text);
    const credit = CLOSING_CREDIT.exec(text);
    if (credit) found.push(credit[0].trim());
  }
  return found;
}

/**
 * The page's byline clues. `near`: the headline, or the body: bylines beside it come before others on
 * the page; `body`: the article's body, whose closing lines may sign it. `outlet`: a declared "author"
 * that is the site's own name is no certain author.
 */
export function collectBylineClues(
  doc: Document,
  metas: MetaValues,
  article: JsonObject | null,
  outlet: string | null,
  near: Element | null,
  body: Element | null = null,
): BylineClues {
  const { people, organizations } = jsonLdAuthors(article);
  const declared = [
    people,
    ...AUTHOR_KEYS.map((key) => metaValues(metas, key).join(', ') || null),
    parselyField(metas, 'author'),
  ].filter((value): value is string => !!value?.trim());
  const clues: BylineClues = {
    declared,
    shown: [],
    lines: [],
    signOffs: [],
    generic: metaValues(metas, 'author').join(', ') || null,
    creator: metaValue(metas, 'twitter:creator'),
    organizations,
  };
  if (declared.some((value) => isCertainAuthor(value, outlet))) return clues;
  const scope = near ? articleScope(near) : null;
  const elements = bylineElements(doc, scope);
  for (const el of elements) {
    const text = shownText(el);
    if (!text) continue;
    if (isPlainName(text)) {
      // "Par <Person>Bertille Bayart</Person>, <Person>Marie Visot</Person>": every author the microdata names.
      clues.shown.push(coauthors(el, elements).join(', ') || text);
      return clues;
    }
    clues.shown.push(text);
  }
  if (scope) clues.lines = bylineLines(scope);
  clues.signOffs = signOffLines(body);
  return clues;
}

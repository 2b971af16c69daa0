// What the page offers as its publication date, gathered on the page and read elsewhere
// (published-date.ts, in the background): declared dates (JSON-LD, Open Graph and article:* metas and
// their variants, Dublin Core, sailthru/parsely/pdate), date elements and short date lines beside the
// headline, the first paragraph's opening, the page's addresses and title, and modification dates last.
import { jsonLdText } from './json-ld';
import { metaValue, parselyField, type MetaValues } from './meta-values';
import { leadingText, readableText, someOf } from './dom-utils';
import { articleScope, isInComments, isPageFurniture } from './article-scope';

type JsonObject = Record<string, unknown>;

/** A date element or date line: what its attributes and its text say. */
export interface DatedElement {
  /** Its attribute values that hold a four-digit number, in the order they are trusted. */
  values: string[];
  /** Its readable text, when short and holding a four-digit number. */
  text: string | null;
  /** Its microdata says it is the modification date. */
  modifiedProp: boolean;
}

export interface DateClues {
  /** Declared publication dates in trust order. */
  declared: string[];
  /** Date elements and lines, the article's own first, outside the page's furniture. */
  elements: DatedElement[];
  /** The first words of the body's first paragraph (a wire story's dateline). */
  leading: string | null;
  /** The page's own address and those it gives for itself. */
  addresses: string[];
  title: string;
  /** Declared creation dates (a CMS record's, not always the story's): after the dates the page shows. */
  created: string[];
  /** Declared modification dates: only when the page gives nothing else. */
  modified: string[];
  /** Numeric dates with slashes are month first (American English pages). */
  monthFirst: boolean;
}

/** Meta keys (lower case) that carry the first-publication date, most specific first. */
const PUBLISHED_KEYS = [
  'article:published_time', 'article:published', 'og:article:published_time', 'og:published_time',
  'published_time', 'datepublished', 'article.published', 'article_date_original', 'original-publish-date',
  'publish-date', 'publish_date', 'publishdate', 'publication_date', 'publication-date', 'pubdate',
  'sailthru.date', 'parsely-pub-date', 'pdate', 'dc.date.issued', 'dcterms.issued', 'dc.date.created',
  'dcterms.created', 'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_online_date',
  'citation_date', 'rnews:datepublished', 'iso-8601-publish-date', 'cxenseparse:recs:publishtime',
  'displaydate', 'date',
]; // prettier-ignore
/** Modification dates: only when the page gives no publication date at all. */
const MODIFIED_KEYS = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'dc.date.modified',
  'dcterms.modified', 'last-modified',
]; // prettier-ignore

/** Elements that hold a publication date in an attribute or their text. */
const DATED_ELEMENTS =
  '[itemprop="datePublished"], [itemprop="dateCreated"], time[pubdate], time[datetime], [class*="date" i], [class*="publish" i], [class*="posted" i], [class*="time" i], [id*="date" i], [class*="byline" i], [class*="dateline" i], [class*="meta" i], [id*="info" i]';
/** Short texts near the headline that may be a date line, whatever their markup. */
const LINE_ELEMENTS = 'time, span, p, div, li, small, em, strong, abbr, dd, td, font';
/** Attributes that carry a machine-readable date. */
const DATE_ATTRIBUTES = ['datetime', 'content', 'data-timestamp', 'data-date', 'title'];
/** A data attribute's name that may hold a date, and a value that is seconds or milliseconds since 1970. */
const DATA_DATE_NAME = /^data-.*(?:date|time|stamp)/i;
const EPOCH = /^\d{10}(?:\d{3})?$/;
/** Where dates are other things': cited sources, the infobox of an article's subject. */
const OTHERS_DATES = 'cite, .references, .reflist, [class*="citation" i], [class*="infobox" i]';
/** Looked at, at most, in document order: a listing's dates further down are other articles'. */
const MAX_DATED_ELEMENTS = 40;
const MAX_LINE_ELEMENTS = 120;
/** Longer texts are paragraphs that mention a date, not date lines. */
export const MAX_DATE_LINE_CHARS = 160;
/** A line this short is little more than a date and its time ("Thu, 14 May 2020 17:55 UTC"). */
const MAX_BARE_DATE_CHARS = 32;
/** Every date form the reader knows writes a four-digit year. */
const FOUR_DIGITS = /\d{4}/;
/** An ISO day every reading takes as it is ("2019-05-03…"; days past the 28th are left to the reader). */
const CERTAIN_DAY = /^\s*(?:199\d|20\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])(?!\d)/;

/** The page's own address and the addresses it gives for itself (canonical, og:url, alternates). */
function pageAddresses(doc: Document, metas: MetaValues): string[] {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const alternates = Array.from(doc.querySelectorAll('link[rel="alternate"][href]'), (l) => l.getAttribute('href'));
  return [doc.URL, canonical, metaValue(metas, 'og:url'), ...alternates].filter(
    (u): u is string => !!u && /^https?:/.test(u),
  );
}

/** What one element says of a date, or null when it holds no four-digit number. */
function datedElement(el: Element): DatedElement | null {
  const values: string[] = [];
  for (const attribute of DATE_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (value && FOUR_DIGITS.test(value)) values.push(value);
  }
  // "<span class="publish-time" data-publishtime="1376751840652">": a CMS's own clock, however it names it.
  for (const { name, value } of Array.from(el.attributes))
    if (DATA_DATE_NAME.test(name) && !DATE_ATTRIBUTES.includes(name) && EPOCH.test(value)) values.push(value);
  // The raw text first (one native call): most elements asked hold no year, or far too much text.
  const raw = el.textContent ?? '';
  let text: string | null = null;
  if (raw.length <= 4 * MAX_DATE_LINE_CHARS && FOUR_DIGITS.test(raw)) {
    // Its readable text: a date line often carries the script of a share button.
    const readable = readableText(el);
    if (readable.length > 0 && readable.length <= MAX_DATE_LINE_CHARS) text = readable;
  }
  if (values.length === 0 && text === null) return null;
  return { values, text, modifiedProp: /dateModified/.test(el.getAttribute('itemprop') ?? '') };
}

function childrenBesideBreaks(el: Element): number {
  let n = 0;
  for (const child of Array.from(el.children)) if (child.localName !== 'br') n++;
  return n;
}

/**
 * The test "between the body's first and last paragraph that hold text": a line there is a line of the
 * text itself, whatever date it mentions. Null when the body has fewer than two such paragraphs.
 * (Positions are counted by hand: linkedom's compareDocumentPosition misorders cousins.)
 */
function withinTextTest(body: Element | null): ((el: Element) => boolean) | null {
  if (!body) return null;
  const order = new Map<Element, number>();
  let firstP: Element | null = null;
  let lastP: Element | null = null;
  // The lines asked about are among LINE_ELEMENTS, and so are paragraphs: no other element needs a place.
  for (const el of Array.from(body.querySelectorAll(LINE_ELEMENTS))) {
    order.set(el, order.size);
    if (el.localName === 'p' && /\S/.test(el.textContent ?? '')) {
      firstP ??= el;
      lastP = el;
    }
  }
  if (!firstP || !lastP || firstP === lastP) return null;
  const [opening, closing] = [firstP, lastP];
  const [first, last] = [order.get(opening) as number, order.get(closing) as number];
  return (el) => {
    const at = order.get(el);
    return at !== undefined && at > first && at < last && !opening.contains(el) && !closing.contains(el);
  };
}

/** The first paragraph of the body that holds text (an empty one often opens it). */
function firstTextParagraph(body: Element | null): Element | null {
  for (const p of Array.from(body?.getElementsByTagName('p') ?? [])) if (/\S/.test(p.textContent ?? '')) return p;
  return null;
}

/** Date elements and short date lines (the article's container first), up to the first certain publication date. */
function datedElements(doc: Document, scope: Element | null, body: Element | null): DatedElement[] {
  const dated = someOf(doc.querySelectorAll(DATED_ELEMENTS), MAX_DATED_ELEMENTS);
  // Date lines whose markup names nothing ("<li>2019/04/04</li>"), only in the article's container.
  const lines = scope ? someOf(scope.querySelectorAll(LINE_ELEMENTS), MAX_LINE_ELEMENTS) : [];
  // Asked of the container itself: a page's head and menus can hold the first forty of the page's.
  const inScope = scope ? someOf(scope.querySelectorAll(DATED_ELEMENTS), MAX_DATED_ELEMENTS) : [];
  // Within the text, only a line that is little more than a date ("2019.03.05") is a date line. The
  // places of the body's elements are counted only when a longer line with a year stands in the body.
  let withinText: ((el: Element) => boolean) | null | undefined;
  const textLine = (line: Element) => {
    const text = (line.textContent ?? '').trim();
    if (text.length <= MAX_BARE_DATE_CHARS || !FOUR_DIGITS.test(text) || !body?.contains(line)) return false;
    if (withinText === undefined) withinText = withinTextTest(body);
    return withinText?.(line) ?? false;
  };
  // Line breaks do not make a line long ("Max Blumenthal<br>The Grayzone<br>Thu, 14 May 2020").
  const short = lines.filter(
    (line) => (line.childElementCount <= 2 || childrenBesideBreaks(line) <= 2) && !textLine(line),
  );
  const found: DatedElement[] = [];
  // The article's own date elements and lines before the page's (a masthead's "today" box).
  for (const el of new Set([...inScope, ...short, ...dated])) {
    const clue = datedElement(el);
    // Furniture is checked only for what may give a date (its look-ups walk up the tree); readers'
    // comments and the article's references carry their own dates, not the article's.
    if (!clue || isPageFurniture(el, scope) || el.closest(OTHERS_DATES) || isInComments(el)) continue;
    found.push(clue);
    if (!clue.modifiedProp && CERTAIN_DAY.test(clue.values[0] ?? '')) break;
  }
  return found;
}

/**
 * The page's date clues. `jsonLd`: the JSON-LD article node, or the first node with a publication date;
 * `near`: the headline (or the body), to prefer date lines beside it; `body`: the body element.
 */
export function collectDateClues(
  doc: Document,
  metas: MetaValues,
  jsonLd: JsonObject | null,
  near: Element | null,
  body: Element | null,
  monthFirst: boolean,
): DateClues {
  const declared = [
    jsonLdText(jsonLd, 'datePublished'),
    ...PUBLISHED_KEYS.map((key) => metaValue(metas, key)),
    parselyField(metas, 'pub_date'),
  ].filter((value): value is string => !!value && FOUR_DIGITS.test(value));
  const first = firstTextParagraph(body);
  return {
    declared,
    // A declared day that is certain ends the search: nothing the page shows is read before it.
    elements: declared.some((value) => CERTAIN_DAY.test(value))
      ? []
      : datedElements(doc, near ? articleScope(near) : null, body),
    leading: first ? leadingText(first, 40) : null,
    addresses: pageAddresses(doc, metas),
    title: doc.title ?? '',
    created: [jsonLdText(jsonLd, 'dateCreated'), metaValue(metas, 'datecreated')].filter(
      (value): value is string => !!value && FOUR_DIGITS.test(value),
    ),
    modified: [jsonLdText(jsonLd, 'dateModified'), ...MODIFIED_KEYS.map((key) => metaValue(metas, key))].filter(
      (value): value is string => !!value && FOUR_DIGITS.test(value),
    ),
    monthFirst,
  };
}

// What the page offers as its publication date, gathered on the page and read elsewhere
// (published-date.ts, in the background): declared dates (JSON-LD, Open Graph and article:* metas and
// their variants, Dublin Core, sailthru/parsely/pdate), date elements and short date lines beside the
// headline, the first paragraph's opening, the page's addresses and title, and modification dates last.
import { jsonLdText } from './json-ld';
import { metaValue, parselyField, type MetaValues } from './meta-values';
import { leadingText, readableText, someOf } from './dom-utils';
import { articleScope, isPageFurniture } from './article-scope';

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
  'displaydate', 'date', 'datecreated',
]; // prettier-ignore
/** Modification dates: only when the page gives no publication date at all. */
const MODIFIED_KEYS = [
  'article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'dc.date.modified',
  'dcterms.modified', 'last-modified',
]; // prettier-ignore

/** Elements that hold a publication date in an attribute or their text. */
const DATED_ELEMENTS =
  '[itemprop="datePublished"], [itemprop="dateCreated"], time[pubdate], time[datetime], [class*="date" i], [class*="publish" i], [class*="posted" i], [class*="time" i], [id*="date" i], [class*="byline" i], [class*="dateline" i], [class*="meta" i]';
/** Short texts near the headline that may be a date line, whatever their markup. */
const LINE_ELEMENTS = 'time, span, p, div, li, small, em, strong, abbr, dd, td, font';
/** Attributes that carry a machine-readable date. */
const DATE_ATTRIBUTES = ['datetime', 'content', 'data-timestamp', 'data-date', 'title'];
/** Looked at, at most, in document order: a listing's dates further down are other articles'. */
const MAX_DATED_ELEMENTS = 40;
const MAX_LINE_ELEMENTS = 120;
/** Longer texts are paragraphs that mention a date, not date lines. */
export const MAX_DATE_LINE_CHARS = 160;
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

/** Date elements and short date lines (the article's container first), up to the first certain publication date. */
function datedElements(doc: Document, scope: Element | null): DatedElement[] {
  const dated = someOf(doc.querySelectorAll(DATED_ELEMENTS), MAX_DATED_ELEMENTS);
  // Date lines whose markup names nothing ("<li>2019/04/04</li>"), only in the article's container.
  const lines = scope ? someOf(scope.querySelectorAll(LINE_ELEMENTS), MAX_LINE_ELEMENTS) : [];
  const inScope = scope ? dated.filter((el) => scope.contains(el)) : [];
  const short = lines.filter((line) => line.childElementCount <= 2);
  const found: DatedElement[] = [];
  for (const el of new Set([...inScope, ...dated, ...short])) {
    const clue = datedElement(el);
    // Furniture is checked only for what may give a date (its look-ups walk up the tree).
    if (!clue || isPageFurniture(el)) continue;
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
    jsonLdText(jsonLd, 'dateCreated'),
  ].filter((value): value is string => !!value && FOUR_DIGITS.test(value));
  const first = body?.querySelector('p');
  return {
    declared,
    // A declared day that is certain ends the search: nothing the page shows is read before it.
    elements: declared.some((value) => CERTAIN_DAY.test(value))
      ? []
      : datedElements(doc, near ? articleScope(near) : null),
    leading: first ? leadingText(first, 40) : null,
    addresses: pageAddresses(doc, metas),
    title: doc.title ?? '',
    modified: [jsonLdText(jsonLd, 'dateModified'), ...MODIFIED_KEYS.map((key) => metaValue(metas, key))].filter(
      (value): value is string => !!value && FOUR_DIGITS.test(value),
    ),
    monthFirst,
  };
}

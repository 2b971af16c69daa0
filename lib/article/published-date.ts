// The article's publication date from every place pages put it, publication before modification:
// JSON-LD, Open Graph / article:* metas and their variants, Dublin Core, sailthru/parsely/pdate metas,
// schema.org microdata, <time> and date elements, date lines and datelines beside the headline, the
// date in the address; a modification date only when the page gives nothing else.
import { dateInAddress, parseDateText } from './date-text';
import { jsonLdText } from './json-ld';
import { metaValue, type MetaValues } from './meta-values';
import { leadingText, readableText, someOf } from './dom-utils';

type JsonObject = Record<string, unknown>;

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
const MAX_DATE_LINE_CHARS = 160;
/** Words of a date line that gives a modification, not the publication ("Updated May 4", "更新"). */
const MODIFIED_LINE =
  /updated?|modified|edited|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|zaktualizowano|更新|수정/i;
/** A dateline opening the first paragraph: "Feb. 23, 2015 -- …", "3 mai 2019 – …". */
const DATELINE = /^(.{6,30}?)\s*(?:--|—|–|-|:)\s/;

function fromParselyPage(metas: MetaValues): string | null {
  const raw = metaValue(metas, 'parsely-page');
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { pub_date?: unknown };
    return typeof parsed.pub_date === 'string' ? parsed.pub_date : null;
  } catch {
    return null;
  }
}

/** In the page's navigation, sidebars or footer (an article's own <footer> or <aside> holds its date and byline). */
export function isPageFurniture(el: Element): boolean {
  if (el.closest('nav')) return true;
  const around = el.closest('footer, aside');
  return around !== null && around.closest('article') === null;
}

/** The container of the headline's article: its <article> or main region, else its grandparent. */
export function articleScope(headline: Element): Element | null {
  return headline.closest('article, main, [role="main"]') ?? headline.parentElement?.parentElement ?? null;
}

/** A date an element gives in its attributes or, when short, its text; `modified` when it is a modification's. */
function fromElement(el: Element, monthFirst: boolean): { date: string; modified: boolean } | null {
  const modifiedProp = /dateModified/.test(el.getAttribute('itemprop') ?? '');
  for (const attribute of DATE_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    const parsed = value ? parseDateText(value, monthFirst) : null;
    if (parsed) return { date: parsed, modified: modifiedProp };
  }
  // The raw text first (one native call): most elements asked hold no year, or far too much text.
  const raw = el.textContent ?? '';
  if (raw.length > 4 * MAX_DATE_LINE_CHARS || !/\d{4}/.test(raw)) return null;
  // Its readable text: a date line often carries the script of a share button.
  const text = readableText(el);
  if (text.length === 0 || text.length > MAX_DATE_LINE_CHARS) return null;
  const parsed = parseDateText(text, monthFirst);
  return parsed ? { date: parsed, modified: modifiedProp || MODIFIED_LINE.test(text) } : null;
}

interface MarkupDates {
  published: string | null;
  /** The first modification date seen on the way, a last resort. */
  modified: string | null;
}

/**
 * The first publication date a date element or short date line gives (the article's container first,
 * the page's furniture never), and the first modification date seen on the way.
 */
function fromMarkup(doc: Document, scope: Element | null, monthFirst: boolean): MarkupDates {
  let modified: string | null = null;
  const dated = someOf(doc.querySelectorAll(DATED_ELEMENTS), MAX_DATED_ELEMENTS);
  // Date lines whose markup names nothing ("<li>2019/04/04</li>"), only in the article's container.
  const lines = scope ? someOf(scope.querySelectorAll(LINE_ELEMENTS), MAX_LINE_ELEMENTS) : [];
  const inScope = scope ? dated.filter((el) => scope.contains(el)) : [];
  const short = lines.filter((line) => line.childElementCount <= 2);
  for (const el of [...inScope, ...dated, ...short]) {
    const found = fromElement(el, monthFirst);
    // Furniture is checked only for what gives a date (its look-ups walk up the tree).
    if (!found || isPageFurniture(el)) continue;
    if (!found.modified) return { published: found.date, modified };
    modified ??= found.date;
  }
  return { published: null, modified };
}

/** "Feb. 23, 2015 -- Life-threatening…": the date a wire story's first paragraph opens with. */
function fromDateline(body: Element | null, monthFirst: boolean): string | null {
  const first = body?.querySelector('p');
  const match = first ? DATELINE.exec(leadingText(first, 40)) : null;
  return match?.[1] ? parseDateText(match[1], monthFirst) : null;
}

/** The page's own address and the addresses it gives for itself (canonical, og:url, alternates). */
function pageAddresses(doc: Document, metas: MetaValues): string[] {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const alternates = Array.from(doc.querySelectorAll('link[rel="alternate"][href]'), (l) => l.getAttribute('href'));
  return [doc.URL, canonical, metaValue(metas, 'og:url'), ...alternates].filter(
    (u): u is string => !!u && /^https?:/.test(u),
  );
}

export interface DateContext {
  metas: MetaValues;
  /** The JSON-LD article node, or the first JSON-LD node with a publication date. */
  jsonLd: JsonObject | null;
  /** The headline element (or the body), to prefer date lines beside it. */
  near: Element | null;
  /** The body element, whose first paragraph may open with a dateline. */
  body: Element | null;
  /** Numeric dates with slashes are month first (American English pages). */
  monthFirst: boolean;
}

function firstParsed(values: Array<string | null>, monthFirst: boolean): string | null {
  for (const value of values) {
    const parsed = value ? parseDateText(value, monthFirst) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** The publication date the page carries, as "YYYY-MM-DD" or an ISO timestamp; null when none. */
export function readPublishedDate(doc: Document, context: DateContext): string | null {
  const { metas, jsonLd, near, body, monthFirst } = context;
  const scope = near ? articleScope(near) : null;
  const declared = firstParsed(
    [
      jsonLdText(jsonLd, 'datePublished'),
      ...PUBLISHED_KEYS.map((key) => metaValue(metas, key)),
      fromParselyPage(metas),
      jsonLdText(jsonLd, 'dateCreated'),
    ],
    monthFirst,
  );
  if (declared) return declared;
  const markup = fromMarkup(doc, scope, monthFirst);
  const visible = markup.published ?? fromDateline(body, monthFirst);
  if (visible) return visible;
  for (const address of pageAddresses(doc, metas)) {
    const parsed = dateInAddress(address);
    if (parsed) return parsed;
  }
  // A dated title ("… - 07.12.2017 - LA NACION").
  const titled = parseDateText(doc.title ?? '', monthFirst);
  if (titled) return titled;
  return (
    firstParsed(
      [jsonLdText(jsonLd, 'dateModified'), ...MODIFIED_KEYS.map((key) => metaValue(metas, key))],
      monthFirst,
    ) ?? markup.modified
  );
}

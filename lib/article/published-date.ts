// The article's publication date from every place pages put it, publication before modification:
// JSON-LD, Open Graph / article:* metas and their variants, Dublin Core, sailthru/parsely/pdate metas,
// schema.org microdata, <time> and date elements, date lines and datelines beside the headline, the
// date in the address; a modification date only when the page gives nothing else.
import { dateInAddress, parseDateText } from './date-text';
import { jsonLdText } from './json-ld';
import { metaValue, type MetaValues } from './meta-values';
import { leadingText, readableText } from './dom-utils';

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

/** A date in an element's attributes, or in its text when that is a short line; modification lines apart. */
function fromElement(el: Element, monthFirst: boolean, modified: boolean): string | null {
  if (!modified && /dateModified/.test(el.getAttribute('itemprop') ?? '')) return null;
  for (const attribute of ['datetime', 'content', 'data-timestamp', 'data-date', 'title']) {
    const value = el.getAttribute(attribute);
    const parsed = value ? parseDateText(value, monthFirst) : null;
    if (parsed) return parsed;
  }
  // Its readable text: a date line often carries the script of a share button.
  const text = readableText(el);
  if (text.length === 0 || text.length > MAX_DATE_LINE_CHARS || MODIFIED_LINE.test(text) !== modified) return null;
  return parseDateText(text, monthFirst);
}

/** `elements` inside the article's container first, then the rest, none in the page's furniture. */
function ranked(elements: Element[], scope: Element | null): Element[] {
  const inScope = scope ? elements.filter((el) => scope.contains(el)) : [];
  return [...inScope, ...elements].filter((el) => !isPageFurniture(el));
}

/** The first date element or short date line near the top, preferring the article's own container. */
function fromMarkup(doc: Document, scope: Element | null, monthFirst: boolean, modified: boolean): string | null {
  const dated = Array.from(doc.querySelectorAll(DATED_ELEMENTS)).slice(0, MAX_DATED_ELEMENTS);
  for (const el of ranked(dated, scope)) {
    const parsed = fromElement(el, monthFirst, modified);
    if (parsed) return parsed;
  }
  // Date lines whose markup names nothing ("<li>2019/04/04</li>"), only in the article's container.
  const lines = scope ? Array.from(scope.querySelectorAll(LINE_ELEMENTS)).slice(0, MAX_LINE_ELEMENTS) : [];
  for (const el of ranked(lines, null)) {
    if (el.childElementCount > 2) continue;
    const parsed = fromElement(el, monthFirst, modified);
    if (parsed) return parsed;
  }
  return null;
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
  const visible = fromMarkup(doc, scope, monthFirst, false) ?? fromDateline(body, monthFirst);
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
    ) ?? fromMarkup(doc, scope, monthFirst, true)
  );
}

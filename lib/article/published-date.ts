// The article's publication date from every place pages put it, publication before modification:
// JSON-LD, Open Graph / article:* metas and their variants, Dublin Core, sailthru/parsely/pdate metas,
// schema.org microdata, <time> elements, a dated byline near the headline, the date in the address.
import { dateInPath, parseDateText } from './date-text';
import { jsonLdText } from './json-ld';
import { metaValue, type MetaValues } from './meta-values';
import { normalizeSpace } from './dom-utils';

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
  'article:modified_time',
  'datemodified',
  'og:updated_time',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
];

/** Elements that hold a publication date in an attribute or their text. */
const DATED_ELEMENTS =
  '[itemprop="datePublished"], [itemprop="dateCreated"], time[pubdate], time[datetime], [class*="date" i], [class*="publish" i], [class*="posted" i], [class*="timestamp" i], [id*="date" i], [class*="byline" i], [class*="dateline" i]';
/** Looked at, at most, in document order: a listing's dates further down are other articles'. */
const MAX_DATED_ELEMENTS = 40;
/** Longer texts are paragraphs that mention a date, not date lines. */
const MAX_DATE_LINE_CHARS = 160;
/** Words of a date line that gives a modification, not the publication ("Updated May 4"). */
const MODIFIED_LINE = /\b(?:updated?|modified|edited|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)\b/i;

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

function fromElement(el: Element, monthFirst: boolean): string | null {
  for (const attribute of ['datetime', 'content', 'data-timestamp', 'data-date', 'title']) {
    const value = el.getAttribute(attribute);
    const parsed = value ? parseDateText(value, monthFirst) : null;
    if (parsed) return parsed;
  }
  const text = normalizeSpace(el.textContent ?? '');
  if (text.length === 0 || text.length > MAX_DATE_LINE_CHARS || MODIFIED_LINE.test(text)) return null;
  return parseDateText(text, monthFirst);
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

/** The first dated element near the top of the page, preferring those in the article's own container. */
function fromMarkup(doc: Document, near: Element | null, monthFirst: boolean): string | null {
  const candidates = Array.from(doc.querySelectorAll(DATED_ELEMENTS)).slice(0, MAX_DATED_ELEMENTS);
  const scope = near ? articleScope(near) : null;
  const ranked = scope ? [...candidates.filter((el) => scope.contains(el)), ...candidates] : candidates;
  for (const el of ranked) {
    if (isPageFurniture(el)) continue;
    const parsed = fromElement(el, monthFirst);
    if (parsed) return parsed;
  }
  return null;
}

function pageAddresses(doc: Document, metas: MetaValues): string[] {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return [canonical, metaValue(metas, 'og:url'), doc.URL].filter((u): u is string => !!u && /^https?:/.test(u));
}

export interface DateContext {
  metas: MetaValues;
  /** The JSON-LD article node, or the first JSON-LD node with a publication date. */
  jsonLd: JsonObject | null;
  /** The headline element, to prefer date lines beside it. */
  headline: Element | null;
  /** Numeric dates with slashes are month first (American English pages). */
  monthFirst: boolean;
}

/** The publication date the page carries, as "YYYY-MM-DD" or an ISO timestamp; null when none. */
export function readPublishedDate(doc: Document, context: DateContext): string | null {
  const { metas, jsonLd, headline, monthFirst } = context;
  const declared = [
    jsonLdText(jsonLd, 'datePublished'),
    ...PUBLISHED_KEYS.map((key) => metaValue(metas, key)),
    fromParselyPage(metas),
    jsonLdText(jsonLd, 'dateCreated'),
  ];
  for (const value of declared) {
    const parsed = value ? parseDateText(value, monthFirst) : null;
    if (parsed) return parsed;
  }
  const visible = fromMarkup(doc, headline, monthFirst);
  if (visible) return visible;
  for (const address of pageAddresses(doc, metas)) {
    const parsed = dateInPath(address);
    if (parsed) return parsed;
  }
  for (const value of [jsonLdText(jsonLd, 'dateModified'), ...MODIFIED_KEYS.map((key) => metaValue(metas, key))]) {
    const parsed = value ? parseDateText(value, monthFirst) : null;
    if (parsed) return parsed;
  }
  return null;
}

// The article's byline: the author names the page declares (JSON-LD, author metas, parsely) or shows
// (microdata, rel=author, byline elements), cleaned of "By", dates, roles and contact details.
import { jsonLdText } from './json-ld';
import { metaValue, type MetaValues } from './meta-values';
import { normalizeSpace } from './dom-utils';
import { isPageFurniture } from './published-date';

type JsonObject = Record<string, unknown>;

/** Meta keys (lower case) naming the author. */
const AUTHOR_KEYS = [
  'author', 'article:author', 'og:article:author', 'article.author', 'byl', 'sailthru.author',
  'parsely-author', 'dc.creator', 'dcterms.creator', 'citation_author', 'cxenseparse:author',
]; // prettier-ignore
/** Elements that show the byline, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '[class*="byline" i] [class*="name" i]',
  '[class*="byline" i]',
  '[class*="author-name" i], [class*="authorname" i], [class*="author__name" i]',
  '.author, [class*="author" i] a, [class*="contributor" i]',
];
/** Openers of a byline in the languages of our tables ("By", "Von", "Par", "Por", "Di", "Door", "Av"). */
const OPENER =
  /^\s*(?:(?:written|words|text|story|reporting|report)\s+by|by|von|par|por|di|door|av|autor(?:in)?|auteur|author|texto|tekst|text)\s*:?\s+/i;
/** Where a byline's names end: a separator, a date, a time, "Updated", "Published". */
const TAIL =
  /\s*(?:[|•·—–]|\s-\s|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+\w+\s+\d|\d{1,2}[:./]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;

function authorNames(node: JsonObject | null): string | null {
  if (!node) return null;
  const raw = node.author;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  // A person credited beside the publisher (an Organization) is the byline; the organization alone is too.
  const people = list.filter((a) => typeof a === 'string' || (a as JsonObject | null)?.['@type'] !== 'Organization');
  return jsonLdText({ author: people.length > 0 ? people : list }, 'author');
}

function fromParselyPage(metas: MetaValues): string | null {
  const raw = metaValue(metas, 'parsely-page');
  if (!raw) return null;
  try {
    const author = (JSON.parse(raw) as { author?: unknown }).author;
    return typeof author === 'string' ? author : null;
  } catch {
    return null;
  }
}

/** "By Jane Doe | May 3, 2019" → "Jane Doe"; null when nothing like a name is left. */
export function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  let text = normalizeSpace(raw)
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/(?:^|\s)@\w+/g, '');
  text = text.replace(OPENER, '').replace(TAIL, '').replace(OPENER, '');
  text = normalizeSpace(text.replace(/^[,;:\s]+|[,;:\s]+$/g, ''));
  if (/^https?:\/\//i.test(text) || /^(?:www\.|[\w-]+\.(?:com|org|net))/i.test(text)) return null;
  if (text.length < 2 || text.length > 120 || !/\p{L}/u.test(text)) return null;
  return text;
}

function fromMarkup(doc: Document): string | null {
  for (const selector of BYLINE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 5)) {
      if (isPageFurniture(el) || el.closest('[class*="comment" i]')) continue;
      const cleaned = cleanByline(el.getAttribute('content') ?? el.textContent);
      if (cleaned && cleaned.length <= 80) return cleaned;
    }
  }
  return null;
}

/** The byline, or null when the page names no author. `outlet`: a "byline" that is only the site's name is none. */
export function readByline(
  doc: Document,
  metas: MetaValues,
  article: JsonObject | null,
  outlet: string | null,
): string | null {
  const isOutlet = (name: string) => outlet !== null && name.toLowerCase() === outlet.toLowerCase();
  const declared = [authorNames(article), ...AUTHOR_KEYS.map((key) => metaValue(metas, key)), fromParselyPage(metas)];
  let siteOnly: string | null = null;
  for (const value of declared) {
    const cleaned = cleanByline(value);
    if (!cleaned) continue;
    if (!isOutlet(cleaned)) return cleaned;
    siteOnly ??= cleaned;
  }
  return fromMarkup(doc) ?? siteOnly;
}

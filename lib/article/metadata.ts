// Article metadata from the page's own declarations: title, byline, outlet, published time, language.
// Declared values (JSON-LD, Open Graph, meta tags) come first; visible markup is the fallback.
import type { ArticleMeta } from '../types';
import { jsonLdText } from './json-ld';
import { normalizeSpace } from './dom-utils';
import type { Steps } from '../page/slices';

type JsonObject = Record<string, unknown>;

/** A page's <meta> values by property, name and itemprop (the first of each), read in one pass. */
type MetaValues = Map<string, string>;

function metaValues(doc: Document): MetaValues {
  const values: MetaValues = new Map();
  // One pass over the page's <meta> elements: a selector per key would scan a big page once per miss.
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i] as Element;
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute);
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function meta(values: MetaValues, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return normalizeSpace(value);
  }
  return null;
}

function firstText(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  const text = el ? normalizeSpace(el.textContent ?? '') : '';
  return text || null;
}

/** "Headline - Outlet" / "Headline | Outlet" → "Headline" when the rest names the site. */
function stripSiteSuffix(title: string, outlet: string | null): string {
  const parts = title.split(/\s+[-|–—·»:]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  if (outlet && last.toLowerCase() === outlet.toLowerCase()) return parts.slice(0, -1).join(' - ');
  const first = parts[0] ?? '';
  return first.split(/\s+/).length >= 4 ? first : title;
}

function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const cleaned = normalizeSpace(byline.replace(/^\s*(?:by|written by|von|par|por)\s*:?\s+/i, ''));
  return cleaned.length > 0 && cleaned.length < 200 ? cleaned : null;
}

function readLang(doc: Document, metas: MetaValues): string {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    meta(metas, 'og:locale') ??
    '';
  return raw.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

function readPublished(doc: Document, metas: MetaValues, article: JsonObject | null): string | null {
  const declared =
    meta(metas, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date') ??
    jsonLdText(article, 'datePublished') ??
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
    doc.querySelector('article time[datetime], time[datetime][pubdate], time[datetime]')?.getAttribute('datetime') ??
    null;
  if (!declared) return null;
  const time = Date.parse(declared);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The article's metadata, pausing between look-ups: on a very big page each one scans the whole of it. */
export function* readMetadataSteps(doc: Document, article: JsonObject | null): Steps<ArticleMeta> {
  const metas = metaValues(doc);
  const outlet = meta(metas, 'og:site_name', 'application-name') ?? jsonLdText(article, 'publisher');
  const declaredTitle =
    jsonLdText(article, 'headline') ?? meta(metas, 'og:title', 'twitter:title') ?? firstText(doc, 'h1');
  const title = declaredTitle ?? stripSiteSuffix(normalizeSpace(doc.title ?? ''), outlet);
  yield;
  const byline = cleanByline(
    jsonLdText(article, 'author') ??
      meta(metas, 'author', 'article:author', 'byl', 'sailthru.author') ??
      firstText(doc, '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author'),
  );
  yield;
  const publishedTime = readPublished(doc, metas, article);
  yield;
  return { title, byline, outlet, publishedTime, lang: readLang(doc, metas) };
}

// Article metadata from the page's own declarations: title, outlet and language read here, and the
// clues of its byline and publication date, which are read where their strings cost the page nothing
// (settle-article.ts). Declared values (JSON-LD, Open Graph, meta tags) come first; visible markup next.
import type { ArticleMeta } from '../types';
import { jsonLdText, type JsonLdSummary } from './json-ld';
import { normalizeSpace } from './dom-utils';
import { metaValue as meta, readMetaValues, type MetaValues } from './meta-values';
import { collectDateClues, type DateClues } from './date-clues';
import { collectBylineClues, type BylineClues } from './byline-clues';
import type { Steps } from '../page/slices';

/** What the page offers as its byline and its date, for settle-article.ts to read. */
export interface MetaClues {
  outlet: string | null;
  byline: BylineClues;
  date: DateClues;
}

/** The page's metadata as far as the page reads it (byline and date not yet), its headline and the clues. */
export interface PageMetadata {
  meta: ArticleMeta;
  headline: Element | null;
  clues: MetaClues;
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

function readLang(doc: Document, metas: MetaValues): string {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    meta(metas, 'og:locale') ??
    '';
  return raw.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** American English pages write numeric dates month first. */
function isAmerican(doc: Document, metas: MetaValues): boolean {
  const raw = doc.documentElement.getAttribute('lang') ?? meta(metas, 'og:locale') ?? '';
  return /^en(?:[-_]us)?$/i.test(raw.trim());
}

/**
 * The article's metadata, its headline element and the clues of its byline and date, pausing between
 * look-ups: on a very big page each one scans the whole of it. `findHeadline` finds the headline from
 * the declared title; bylines and date lines beside the headline are preferred to others on the page.
 */
export function* readMetadataSteps(
  doc: Document,
  jsonLd: JsonLdSummary,
  findHeadline: (title: string) => Element | null,
  body: Element | null = null,
): Steps<PageMetadata> {
  const article = jsonLd.article;
  const metas = readMetaValues(doc);
  const outlet = meta(metas, 'og:site_name', 'application-name') ?? jsonLdText(article, 'publisher');
  // The document title before the first <h1>: on many pages the first <h1> is the site's logo.
  const declared =
    jsonLdText(article, 'headline') ??
    meta(metas, 'og:title', 'twitter:title') ??
    (stripSiteSuffix(normalizeSpace(doc.title ?? ''), outlet) || firstText(doc, 'h1') || '');
  yield;
  const headline = findHeadline(declared);
  const title = headline ? normalizeSpace(headline.textContent ?? '') : declared;
  yield;
  const byline = collectBylineClues(doc, metas, article, outlet, headline ?? body, body);
  yield;
  const date = collectDateClues(
    doc,
    metas,
    article ?? jsonLd.dated ?? null,
    headline ?? body,
    body,
    isAmerican(doc, metas),
  );
  yield;
  return {
    meta: { title, byline: null, outlet, publishedTime: null, lang: readLang(doc, metas) },
    headline,
    clues: { outlet, byline, date },
  };
}

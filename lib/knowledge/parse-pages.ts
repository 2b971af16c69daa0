// Parses Wikipedia Action API `query` responses (titles with redirects, or generator=search) into
// pages. Validated field by field with valibot: a wrong type drops that field, never the response.
import * as v from 'valibot';

export interface WikiPage {
  title: string;
  missing: boolean;
  disambiguation: boolean;
  extract?: string;
  description?: string;
  thumbnail?: { url: string; width: number; height: number };
  wikidataId?: string;
  /** Rank in search results (1 = best); absent for title look-ups. */
  searchRank?: number;
}

// Only https images: a javascript: or data: URL is a valid URL, but not one a card may load.
const Thumbnail = v.object({
  source: v.pipe(v.string(), v.regex(/^https:\/\//)),
  width: v.number(),
  height: v.number(),
});
const Page = v.object({ title: v.string() });
const FromTo = v.array(v.object({ from: v.string(), to: v.string() }));

/** Longest plain-text extract kept: the card shows two or three sentences. */
const MAX_EXTRACT = 700;

function field<T>(schema: v.GenericSchema<T>, value: unknown): T | undefined {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
}

/** The first sentences of a plain-text extract, within MAX_EXTRACT characters. */
export function trimExtract(text: string, sentences = 3): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const parts = clean.match(/[^.!?]+[.!?]+(?:["”’)]+)?(?=\s|$)/g) ?? [clean];
  let out = '';
  for (const part of parts.slice(0, sentences)) {
    if ((out + part).length > MAX_EXTRACT) break;
    out += part;
  }
  return (out || clean.slice(0, MAX_EXTRACT)).trim();
}

function toPage(raw: unknown): WikiPage | null {
  const base = field(Page, raw);
  if (!base) return null;
  const r = raw as Record<string, unknown>;
  const props = (typeof r.pageprops === 'object' && r.pageprops !== null ? r.pageprops : {}) as Record<string, unknown>;
  const thumbnail = field(Thumbnail, r.thumbnail);
  const extract = field(v.string(), r.extract);
  const description = field(v.string(), r.description);
  const wikidataId = field(v.pipe(v.string(), v.regex(/^Q\d+$/)), props.wikibase_item);
  const searchRank = field(v.number(), r.index);
  return {
    title: base.title,
    missing: r.missing !== undefined || r.invalid !== undefined,
    disambiguation: props.disambiguation !== undefined,
    ...(extract ? { extract: trimExtract(extract) } : {}),
    ...(description ? { description: description.slice(0, 200) } : {}),
    ...(thumbnail ? { thumbnail: { url: thumbnail.source, width: thumbnail.width, height: thumbnail.height } } : {}),
    ...(wikidataId ? { wikidataId } : {}),
    ...(searchRank !== undefined ? { searchRank } : {}),
  };
}

function queryOf(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) throw new TypeError('response is not a JSON object');
  const query = (body as Record<string, unknown>).query;
  return typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};
}

function pagesOf(query: Record<string, unknown>): WikiPage[] {
  const raw = Array.isArray(query.pages) ? query.pages : Object.values((query.pages as object) ?? {});
  return raw.map(toPage).filter((p): p is WikiPage => p !== null);
}

/** Title look-up: each requested title → its page after normalization and redirects (missing pages included). */
export function parseTitlesResponse(body: unknown, requested: string[]): Map<string, WikiPage> {
  const query = queryOf(body);
  const pages = new Map(pagesOf(query).map((p) => [p.title, p]));
  const hops = new Map<string, string>();
  for (const { from, to } of [...(field(FromTo, query.normalized) ?? []), ...(field(FromTo, query.redirects) ?? [])])
    hops.set(from, to);
  const result = new Map<string, WikiPage>();
  for (const title of requested) {
    let current = title;
    for (let i = 0; i < 4 && hops.has(current); i++) current = hops.get(current) as string;
    const page = pages.get(current);
    if (page) result.set(title, page);
  }
  return result;
}

/** Search results, best first. */
export function parseSearchResponse(body: unknown): WikiPage[] {
  return pagesOf(queryOf(body))
    .filter((p) => !p.missing)
    .sort((a, b) => (a.searchRank ?? 99) - (b.searchRank ?? 99));
}

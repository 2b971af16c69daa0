// Builds every URL Backstory may fetch: Wikipedia's Action API (titles and search) and Wikidata's
// wbgetentities. Only entity names and ids go into them — never a page's URL or text.

/** Where the APIs live. Production uses the real hosts; test builds point at a local fixture server. */
export interface Endpoints {
  /** Action API endpoint for a language edition. */
  wikipedia(lang: string): string;
  /** Wikidata's Action API endpoint. */
  wikidata: string;
  /** Article URL for a title, for the card's "Wikipedia" link. */
  article(lang: string, title: string): string;
}

export const REAL_ENDPOINTS: Endpoints = {
  wikipedia: (lang) => `https://${lang}.wikipedia.org/w/api.php`,
  wikidata: 'https://www.wikidata.org/w/api.php',
  article: (lang, title) => `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`,
};

/** Endpoints under one base URL (`${base}/wikipedia/{lang}/w/api.php`…), for a local fixture server. */
export function endpointsAt(base: string): Endpoints {
  const root = base.replace(/\/$/, '');
  return {
    wikipedia: (lang) => `${root}/wikipedia/${lang}/w/api.php`,
    wikidata: `${root}/wikidata/w/api.php`,
    article: REAL_ENDPOINTS.article,
  };
}

/** Requests one article's look-ups may make, all together (the knowledge look-up's included). */
export const MAX_REQUESTS = 5;
/** Intro extracts come back for at most 20 pages per request (the API's `exlimit`). */
export const MAX_TITLES_PER_REQUEST = 20;
/** wbgetentities takes at most 50 ids per request. */
export const MAX_IDS_PER_REQUEST = 50;

const PAGE_PROPS = {
  action: 'query',
  format: 'json',
  formatversion: '2',
  prop: 'extracts|pageimages|pageprops|description',
  exintro: '1',
  explaintext: '1',
  exsentences: '3',
  exlimit: String(MAX_TITLES_PER_REQUEST),
  piprop: 'thumbnail',
  pithumbsize: '160',
  ppprop: 'wikibase_item|disambiguation',
  origin: '*',
};

function withParams(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** Pages for up to 20 titles at once, following redirects. */
export function titlesUrl(endpoints: Endpoints, lang: string, titles: string[]): string {
  if (titles.length === 0 || titles.length > MAX_TITLES_PER_REQUEST)
    throw new RangeError(`1–${MAX_TITLES_PER_REQUEST} titles`);
  return withParams(endpoints.wikipedia(lang), { ...PAGE_PROPS, redirects: '1', titles: titles.join('|') });
}

/** One full-text search for several names at once: `"A" OR "B"`, results assigned back by name. */
export function searchUrl(endpoints: Endpoints, lang: string, names: string[], limit: number): string {
  return termsSearchUrl(endpoints, lang, names.map((n) => `"${n.replace(/"/g, '')}"`).join(' OR '), limit);
}

/**
 * A full-text search for words that must all appear ("Prague 2022 Armenia Azerbaijan"): the page a
 * dated name means when its title belongs to a document of another year.
 */
export function contextSearchUrl(endpoints: Endpoints, lang: string, words: string[], limit: number): string {
  return termsSearchUrl(endpoints, lang, words.map((w) => w.replace(/["()]/g, '')).join(' '), limit);
}

function termsSearchUrl(endpoints: Endpoints, lang: string, query: string, limit: number): string {
  return withParams(endpoints.wikipedia(lang), {
    ...PAGE_PROPS,
    generator: 'search',
    gsrsearch: query,
    gsrlimit: String(Math.min(50, limit)),
    gsrnamespace: '0',
  });
}

/** Wikidata items: claims, labels and descriptions in the reader's language (English as fallback). */
export function entitiesUrl(
  endpoints: Endpoints,
  lang: string | readonly string[],
  ids: string[],
  props = 'claims|labels|descriptions',
): string {
  const langs = [...new Set([...(typeof lang === 'string' ? [lang] : lang), 'en'])];
  if (ids.length === 0 || ids.length > MAX_IDS_PER_REQUEST) throw new RangeError(`1–${MAX_IDS_PER_REQUEST} ids`);
  return withParams(endpoints.wikidata, {
    action: 'wbgetentities',
    format: 'json',
    ids: ids.join('|'),
    props,
    languages: langs.join('|'),
    origin: '*',
  });
}

/** Names typed in one request: wbgetentities takes 50 titles at most. */
export const MAX_TYPED_NAMES = MAX_IDS_PER_REQUEST;

/** Wikidata items whose `lang` Wikipedia article has exactly one of these titles, with their claims (to type the names). */
export function typingUrl(endpoints: Endpoints, lang: string, names: readonly string[]): string {
  if (names.length === 0 || names.length > MAX_TYPED_NAMES) throw new RangeError(`1–${MAX_TYPED_NAMES} names`);
  return withParams(endpoints.wikidata, {
    action: 'wbgetentities',
    format: 'json',
    sites: `${lang}wiki`,
    titles: names.join('|'),
    props: 'claims|sitelinks',
    sitefilter: `${lang}wiki`,
    origin: '*',
  });
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// Resolves a page's entities to cards in a handful of requests: one title look-up per 20 names, one
// search for the names that found nothing fitting, one Wikidata request for the candidates' facts and
// one for the labels those facts point to. Fetching is injected, so this runs anywhere.
import type { EntityQuery, LinkResult } from '../types';
import type { Endpoints } from './urls';
import {
  chunk,
  contextSearchUrl,
  entitiesUrl,
  MAX_IDS_PER_REQUEST,
  MAX_REQUESTS,
  MAX_TITLES_PER_REQUEST,
  searchUrl,
  titlesUrl,
} from './urls';
import { parseSearchResponse, parseTitlesResponse, type WikiPage } from './parse-pages';
import { parseEntitiesResponse, type WikidataItem } from './parse-wikidata';
import { contradictedYear, decideLink, fitsYear, isPlausible, type LinkCandidate } from './linking';
import { KIND_WORDS } from './vocabulary';
import { buildCard, referencedIds } from './card';

export interface ResolveDeps {
  /** GETs a URL this module built and returns the parsed JSON; throws on failure. */
  fetchJson(url: string): Promise<unknown>;
  endpoints: Endpoints;
  now(): number;
  /** Turns a failed request into what the card says ("No network", "Wikipedia did not answer"). */
  describeFailure?(error: unknown): { status: 'failed' | 'offline'; reason: string };
  /** The reader's interface language: Wikidata's facts are labelled in it first. */
  uiLang?: string;
}

/** The edition a page's names fall back to when its own has no article for them. */
const FALLBACK_WIKI = 'en';

const DEFAULT_FAILURE = { status: 'failed' as const, reason: 'Wikipedia did not answer' };

/** A name left for later: the article's request budget was spent. */
const DEFERRED = { status: 'failed' as const, reason: 'Looked up when you open its card' };

/** Names searched in one request; the rest are searched when their card is asked for. */
export const MAX_SEARCH_NAMES = 8;

function folded(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

/** Search results that speak of the name: its words in the title, or the phrase in the extract. */
function resultsFor(name: string, results: WikiPage[]): WikiPage[] {
  const phrase = folded(name);
  const nameWords = phrase.match(/[\p{L}\p{N}+]+/gu) ?? [];
  return results.filter((page) => {
    const title = folded(page.title);
    return (
      title.includes(phrase) || folded(page.extract ?? '').includes(phrase) || nameWords.every((w) => title.includes(w))
    );
  });
}

/**
 * What a dated agreement is searched by when its title names a document of another year: its own
 * words but the generic head ("Prague", not "Declaration"), its year and the places beside it.
 */
function contextWords(query: EntityQuery): string[] {
  const own = query.name
    .split(/\s+/)
    .filter((w) => !KIND_WORDS.agreement.test(w) && !/^(?:the|of|on|and|for)$/i.test(w));
  return [...own, String(query.year), ...(query.places ?? [])];
}

/**
 * Why a name has no card when its title names a namesake of another year ("The 2008 Prague Declaration
 * … is a different document"), or null when none of its candidates is one.
 */
function namesakeOf(query: EntityQuery, candidates: LinkCandidate[]): NonNullable<LinkResult['namesake']> | null {
  for (const c of candidates) {
    const year = c.byTitle ? contradictedYear(query, c) : null;
    if (year === null) continue;
    const what = query.kind === 'agreement' ? 'document' : query.kind === 'person' ? 'person' : 'organization';
    return { year, title: c.page.title, what };
  }
  return null;
}

async function settle<T>(work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    return { ok: false, error };
  }
}

async function fetchItems(
  deps: ResolveDeps,
  lang: readonly string[],
  ids: string[],
  props?: string,
): Promise<Map<string, WikidataItem>> {
  const items = new Map<string, WikidataItem>();
  const batches = await Promise.all(
    chunk(ids, MAX_IDS_PER_REQUEST).map((batch) =>
      settle(deps.fetchJson(entitiesUrl(deps.endpoints, lang, batch, props))),
    ),
  );
  for (const batch of batches)
    if (batch.ok) for (const [id, item] of parseEntitiesResponse(batch.value, lang)) items.set(id, item);
  return items;
}

/**
 * Links each query to a card. `choices` maps an entity name to the title the reader chose for it.
 * Every query gets a result: linked, ambiguous, no-match, or failed with a reason.
 */
export async function resolveEntities(
  queries: EntityQuery[],
  lang: string,
  deps: ResolveDeps,
  choices: ReadonlyMap<string, string> = new Map(),
  maxSearchNames = MAX_SEARCH_NAMES,
  maxRequests = MAX_REQUESTS,
): Promise<Map<string, LinkResult>> {
  const results = new Map<string, LinkResult>();
  const candidates = new Map<string, LinkCandidate[]>();
  const titles = [
    ...new Set(queries.flatMap((q) => [q.name, ...(choices.has(q.name) ? [choices.get(q.name) as string] : [])])),
  ];
  const failedTitles = new Map<string, { status: 'failed' | 'offline'; reason: string }>();
  // The budget keeps one request for the items' facts and one for their labels; titles past it wait
  // for a hover (not remembered, so looked up then), and the search runs only when a request is left.
  const titleBatches = chunk(titles, MAX_TITLES_PER_REQUEST);
  const affordable = Math.max(1, maxRequests - 2);
  const labelLangs = [...new Set([deps.uiLang ?? lang, lang, FALLBACK_WIKI])];
  for (const names of titleBatches.slice(affordable)) names.forEach((n) => failedTitles.set(n, DEFERRED));
  for (const batch of await Promise.all(
    titleBatches.slice(0, affordable).map(async (names) => ({
      names,
      r: await settle(deps.fetchJson(titlesUrl(deps.endpoints, lang, names))),
    })),
  )) {
    if (!batch.r.ok) {
      const failure = deps.describeFailure?.(batch.r.error) ?? DEFAULT_FAILURE;
      batch.names.forEach((n) => failedTitles.set(n, failure));
      continue;
    }
    const pages = parseTitlesResponse(batch.r.value, batch.names);
    for (const q of queries) {
      for (const title of [q.name, choices.get(q.name)]) {
        const page = title ? pages.get(title) : undefined;
        if (page) candidates.set(q.id, [...(candidates.get(q.id) ?? []), { page, byTitle: true }]);
      }
    }
  }
  // Names the article's edition has no page for are looked up in English's, if a request is left for it
  // beside the facts and labels ("Bratislav Gasic" may have no French article, and an English one).
  let used = Math.min(affordable, titleBatches.length);
  const unknown =
    lang === FALLBACK_WIKI
      ? []
      : queries.filter((q) => !failedTitles.has(q.name) && !(candidates.get(q.id) ?? []).some((c) => !c.page.missing));
  if (unknown.length > 0 && maxRequests - used - 2 >= 1) {
    const names = [...new Set(unknown.map((q) => q.name))].slice(0, MAX_TITLES_PER_REQUEST);
    used++;
    const answer = await settle(deps.fetchJson(titlesUrl(deps.endpoints, FALLBACK_WIKI, names)));
    const pages = answer.ok ? parseTitlesResponse(answer.value, names) : new Map<string, WikiPage>();
    for (const q of unknown) {
      const page = pages.get(q.name);
      if (page && !page.missing) candidates.set(q.id, [{ page, byTitle: true, lang: FALLBACK_WIKI }]);
    }
  }
  // Names whose title found nothing that fits are searched, most mentioned first, in one request.
  const toSearch = queries
    .filter((q) => !failedTitles.has(q.name) && !(candidates.get(q.id) ?? []).some((c) => isPlausible(q, c)))
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, maxSearchNames);
  // A dated agreement whose title names a document of another year is also searched by its year and
  // places, in a request of its own, when the budget has one left after the name search.
  const redated = toSearch.find(
    (q) =>
      q.year !== undefined &&
      (q.places?.length ?? 0) > 0 &&
      (candidates.get(q.id) ?? []).some((c) => c.byTitle && contradictedYear(q, c) !== null),
  );
  const searches = maxRequests - used - 2;
  const byName = toSearch.length > 0 && searches >= 1;
  const byContext = redated !== undefined && searches >= (byName ? 2 : 1);
  const [search, context] = await Promise.all([
    byName
      ? settle(
          deps.fetchJson(
            searchUrl(deps.endpoints, lang, [...new Set(toSearch.map((q) => q.name))], toSearch.length * 5),
          ),
        )
      : null,
    byContext && redated
      ? settle(deps.fetchJson(contextSearchUrl(deps.endpoints, lang, contextWords(redated), 10)))
      : null,
  ]);
  if (search) {
    const found = search.ok ? parseSearchResponse(search.value) : [];
    for (const q of toSearch) {
      const pages = resultsFor(q.name, found)
        .slice(0, 5)
        .map((page) => ({ page, byTitle: false }));
      candidates.set(q.id, [...(candidates.get(q.id) ?? []), ...pages]);
    }
  }
  if (context?.ok && redated) {
    const known = new Set((candidates.get(redated.id) ?? []).map((c) => c.page.title));
    const dated = parseSearchResponse(context.value)
      .map((page) => ({ page, byTitle: false }))
      .filter((c) => !known.has(c.page.title) && fitsYear(redated, c))
      .slice(0, 5);
    candidates.set(redated.id, [...(candidates.get(redated.id) ?? []), ...dated]);
  }
  const ids = [
    ...new Set(
      [...candidates.values()]
        .flat()
        .map((c) => c.page.wikidataId)
        .filter((id): id is string => !!id),
    ),
  ];
  const items = ids.length > 0 ? await fetchItems(deps, labelLangs, ids) : new Map<string, WikidataItem>();
  const chosen = new Map<
    string,
    { query: EntityQuery; candidate: LinkCandidate; decision: ReturnType<typeof decideLink> }
  >();
  for (const q of queries) {
    const failure = failedTitles.get(q.name);
    if (failure) {
      results.set(q.id, { status: failure.status, confidence: 0, candidates: [], reason: failure.reason });
      continue;
    }
    const list = (candidates.get(q.id) ?? []).map((c) => ({
      ...c,
      ...(c.page.wikidataId && items.has(c.page.wikidataId)
        ? { item: items.get(c.page.wikidataId) as WikidataItem }
        : {}),
    }));
    const decision = decideLink(q, list, choices.get(q.name));
    if (decision.status === 'linked' && decision.chosen)
      chosen.set(q.id, { query: q, candidate: decision.chosen, decision });
    else {
      const namesake = decision.status === 'ambiguous' ? null : namesakeOf(q, list);
      const reason =
        decision.status === 'ambiguous'
          ? 'Several matches'
          : namesake
            ? `The ${namesake.year} ${namesake.title} is a different ${namesake.what}`
            : 'No confident match';
      results.set(q.id, {
        status: decision.status,
        confidence: decision.confidence,
        candidates: decision.candidates,
        reason,
        ...(namesake ? { namesake } : {}),
      });
    }
  }
  const referenced = [...new Set([...chosen.values()].flatMap(({ candidate }) => referencedIds(candidate.item)))];
  const labelItems =
    referenced.length > 0 ? await fetchItems(deps, labelLangs, referenced, 'labels') : new Map<string, WikidataItem>();
  const labels = new Map([...labelItems].flatMap(([id, item]) => (item.label ? [[id, item.label] as const] : [])));
  for (const [id, { query, candidate, decision }] of chosen) {
    const edition = candidate.lang ?? lang;
    const card = buildCard(deps.endpoints, edition, query.kind, candidate.page, candidate.item, labels, deps.now());
    results.set(id, { status: 'linked', card, confidence: decision.confidence, candidates: decision.candidates });
  }
  return results;
}

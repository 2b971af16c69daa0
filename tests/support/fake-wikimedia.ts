// A fake Wikipedia and Wikidata for tests: answers Action API `query` (titles with redirects, or
// generator=search) and `wbgetentities` requests (by ids, or by Wikipedia titles) from tests/fixtures/wikipedia/world.json, in the
// real APIs' response shapes (formatversion=2). Used by unit tests, Playwright routes and the
// Firefox fixture server.
import { readFileSync } from 'node:fs';
import path from 'node:path';

type ClaimSpec = string | number | Array<string | { item: string; start?: string; end?: string }>;

export interface WorldPage {
  title: string;
  description?: string;
  extract?: string;
  wikidata?: string;
  thumbnail?: { source: string; width: number; height: number };
  redirects?: string[];
  disambiguation?: boolean;
  /** The Wikipedia edition the page belongs to ("fr"); English when absent. */
  wiki?: string;
}

export interface World {
  pages: WorldPage[];
  entities: Record<
    string,
    {
      label: string;
      description?: string;
      /** Labels and descriptions in other languages than English ("fr" → "Sergueï Lavrov"). */
      labels?: Record<string, string>;
      descriptions?: Record<string, string>;
      claims?: Record<string, ClaimSpec>;
    }
  >;
}

export const WORLD_FILE = path.resolve(import.meta.dirname, '../fixtures/wikipedia/world.json');

export function loadWorld(file = WORLD_FILE): World {
  return JSON.parse(readFileSync(file, 'utf8')) as World;
}

function normalizeTitle(title: string): string {
  const spaced = title.replace(/_/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function pageJson(page: WorldPage, pageid: number, index?: number): Record<string, unknown> {
  return {
    pageid,
    ns: 0,
    title: page.title,
    ...(index !== undefined ? { index } : {}),
    ...(page.extract ? { extract: page.extract } : {}),
    ...(page.thumbnail ? { thumbnail: page.thumbnail, pageimage: page.thumbnail.source.split('/').pop() } : {}),
    pageprops: {
      ...(page.wikidata ? { wikibase_item: page.wikidata } : {}),
      ...(page.disambiguation ? { disambiguation: '' } : {}),
    },
    ...(page.description ? { description: page.description, descriptionsource: 'central' } : {}),
  };
}

function snak(property: string, value: string | number): Record<string, unknown> {
  if (typeof value === 'number') {
    return {
      snaktype: 'value',
      property,
      datavalue: { value: { amount: `+${value}`, unit: '1' }, type: 'quantity' },
      datatype: 'quantity',
    };
  }
  if (/^Q\d+$/.test(value)) {
    const entity = { 'entity-type': 'item', 'numeric-id': Number(value.slice(1)), id: value };
    return {
      snaktype: 'value',
      property,
      datavalue: { value: entity, type: 'wikibase-entityid' },
      datatype: 'wikibase-item',
    };
  }
  const [y, m, d] = value.split('-');
  const precision = d ? 11 : m ? 10 : 9;
  const time = `+${y}-${m ?? '00'}-${d ?? '00'}T00:00:00Z`;
  const datavalue = {
    value: {
      time,
      timezone: 0,
      before: 0,
      after: 0,
      precision,
      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
    },
    type: 'time',
  };
  return { snaktype: 'value', property, datavalue, datatype: 'time' };
}

function claimsJson(id: string, claims: Record<string, ClaimSpec>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [property, spec] of Object.entries(claims)) {
    const values = Array.isArray(spec) ? spec : [spec];
    out[property] = values.map((v, i) => {
      const value = typeof v === 'object' ? v.item : v;
      const qualifiers: Record<string, unknown[]> = {};
      if (typeof v === 'object' && v.start) qualifiers.P580 = [snak('P580', v.start)];
      if (typeof v === 'object' && v.end) qualifiers.P582 = [snak('P582', v.end)];
      return {
        mainsnak: snak(property, value),
        type: 'statement',
        id: `${id}$${property}-${i}`,
        rank: 'normal',
        ...(Object.keys(qualifiers).length ? { qualifiers } : {}),
      };
    });
  }
  return out;
}

/** The Wikipedia edition a request goes to: `fr.wikipedia.org`, or a fixture server's `/wikipedia/fr/…`. */
function editionOf(url: URL): string {
  return (
    /^([a-z-]+)\.wikipedia\.org$/.exec(url.hostname)?.[1] ?? /^\/wikipedia\/([a-z-]+)\//.exec(url.pathname)?.[1] ?? 'en'
  );
}

/** Values by language, English's from the plain field, for the languages a wbgetentities request asks for. */
function inLanguages(english: string | undefined, others: Record<string, string> | undefined, asked: string[]) {
  const all: Record<string, string> = { ...(english ? { en: english } : {}), ...others };
  return Object.fromEntries(
    asked.filter((l) => all[l] !== undefined).map((l) => [l, { language: l, value: all[l] as string }]),
  );
}

/** The JSON body the real API would return for `url`, or null when the URL is not an API call we know. */
export function answer(world: World, url: URL): unknown {
  const params = url.searchParams;
  const wiki = editionOf(url);
  const inEdition = (site: string) => world.pages.filter((p) => (p.wiki ?? 'en') === site);
  if (params.get('action') === 'wbgetentities') {
    const props = (params.get('props') ?? 'claims|labels|descriptions').split('|');
    const entities: Record<string, unknown> = {};
    // By Wikipedia title (sites=enwiki&titles=…): the items whose article has exactly that title, no redirects.
    if (params.get('sites')) {
      const site = params.get('sites') as string;
      (params.get('titles') ?? '')
        .split('|')
        .filter(Boolean)
        .forEach((requested, i) => {
          const title = normalizeTitle(requested);
          const id = inEdition(site.replace(/wiki$/, '')).find((p) => p.title === title)?.wikidata;
          const e = id ? world.entities[id] : undefined;
          if (!id || !e) {
            entities[String(-1 - i)] = { site, title, missing: '' };
            return;
          }
          entities[id] = {
            type: 'item',
            id,
            ...(props.includes('sitelinks') ? { sitelinks: { [site]: { site, title, badges: [] } } } : {}),
            ...(props.includes('claims') ? { claims: claimsJson(id, e.claims ?? {}) } : {}),
          };
        });
      return { entities, success: 1 };
    }
    const asked = (params.get('languages') ?? 'en').split('|');
    for (const id of (params.get('ids') ?? '').split('|').filter(Boolean)) {
      const e = world.entities[id];
      if (!e) {
        entities[id] = { id, missing: '' };
        continue;
      }
      entities[id] = {
        type: 'item',
        id,
        ...(props.includes('labels') ? { labels: inLanguages(e.label, e.labels, asked) } : {}),
        ...(props.includes('descriptions') && (e.description || e.descriptions)
          ? { descriptions: inLanguages(e.description, e.descriptions, asked) }
          : {}),
        ...(props.includes('claims') ? { claims: claimsJson(id, e.claims ?? {}) } : {}),
      };
    }
    return { entities, success: 1 };
  }
  if (params.get('action') !== 'query') return null;
  const pagesHere = inEdition(wiki);
  const byTitle = new Map(pagesHere.map((p, i) => [p.title, { page: p, pageid: 1000 + i }]));
  if (params.get('generator') === 'search') {
    const query = params.get('gsrsearch') ?? '';
    const phrases = [...query.matchAll(/"([^"]+)"/g)].map((m) => (m[1] as string).toLowerCase());
    // Without quotes, every word must appear (CirrusSearch's default AND), in the title or the text.
    const terms = phrases.length > 0 ? [] : query.toLowerCase().split(/\s+/).filter(Boolean);
    const limit = Number(params.get('gsrlimit') ?? 10);
    const scored = pagesHere
      .filter((p) => !p.disambiguation)
      .map((p) => {
        const title = p.title.toLowerCase();
        const text = `${title} ${(p.description ?? '').toLowerCase()} ${(p.extract ?? '').toLowerCase()}`;
        if (terms.length > 0) return { p, s: terms.every((t) => text.includes(t)) ? 1 : 0 };
        return { p, s: phrases.some((ph) => title.includes(ph)) ? 2 : phrases.some((ph) => text.includes(ph)) ? 1 : 0 };
      })
      .filter(({ s }) => s > 0)
      .sort((a, b) => b.s - a.s)
      .slice(0, limit);
    const pages = scored.map(({ p }, i) => pageJson(p, byTitle.get(p.title)?.pageid ?? 0, i + 1));
    return pages.length ? { batchcomplete: true, query: { pages } } : { batchcomplete: true };
  }
  const redirectsTo = new Map(pagesHere.flatMap((p) => (p.redirects ?? []).map((r) => [r, p.title] as const)));
  const normalized: Array<{ fromencoded: boolean; from: string; to: string }> = [];
  const redirects: Array<{ from: string; to: string }> = [];
  const pages = new Map<string, Record<string, unknown>>();
  for (const requested of (params.get('titles') ?? '').split('|').filter(Boolean)) {
    const title = normalizeTitle(requested);
    if (title !== requested) normalized.push({ fromencoded: false, from: requested, to: title });
    const target = redirectsTo.get(title);
    if (target && params.get('redirects')) redirects.push({ from: title, to: target });
    const final = target && params.get('redirects') ? target : title;
    const found = byTitle.get(final);
    pages.set(final, found ? pageJson(found.page, found.pageid) : { ns: 0, title: final, missing: true });
  }
  return {
    batchcomplete: true,
    query: {
      ...(normalized.length ? { normalized } : {}),
      ...(redirects.length ? { redirects } : {}),
      pages: [...pages.values()],
    },
  };
}

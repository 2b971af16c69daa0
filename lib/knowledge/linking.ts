// Chooses the Wikipedia article an entity refers to, or says none fits: the kind must match (a person
// is human, an agreement agreement-like), a year the text gives must match, role words should echo
// the description. Disambiguation pages and near-ties make the link ambiguous.
import type { Candidate, EntityQuery } from '../types';
import type { WikiPage } from './parse-pages';
import type { WikidataItem } from './parse-wikidata';
import { claimsOf, firstTime, itemIds, termOf } from './parse-wikidata';
import { AGREEMENT_CLASSES, DISAMBIGUATION, HUMAN, KIND_WORDS, LINKING, ORGANIZATION_CLASSES, P } from './vocabulary';

export interface LinkCandidate {
  page: WikiPage;
  item?: WikidataItem;
  /** Found by its exact title (after redirects) rather than by search. */
  byTitle: boolean;
  /** The Wikipedia edition the page is from, when not the article's own (English, where it has none). */
  lang?: string;
}

export interface LinkDecision {
  status: 'linked' | 'ambiguous' | 'no-match';
  chosen?: LinkCandidate;
  confidence: number;
  candidates: Candidate[];
}

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / wa.size;
}

/** Years the candidate is about: its Wikidata dates, or the years its description and extract name first. */
function yearsOf(c: LinkCandidate): number[] {
  const years: number[] = [];
  const iso = firstTime(c.item, P.pointInTime, P.published, P.inception, P.start, P.effective);
  if (iso) years.push(Number(iso.slice(0, 4)));
  const text = `${c.page.description ?? ''} ${c.page.extract ?? ''}`;
  for (const match of text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)) years.push(Number(match[1]));
  return years;
}

/** −1 wrong kind, 0 unknown, 1 right kind. */
function kindFit(query: EntityQuery, c: LinkCandidate): number {
  const classes = new Set(itemIds(claimsOf(c.item, P.instanceOf)));
  if (classes.has(DISAMBIGUATION) || c.page.disambiguation) return -1;
  const text = `${c.page.description ?? ''} ${c.item?.description ?? ''}`;
  const lead = c.page.extract?.slice(0, 200) ?? '';
  if (query.kind === 'person') {
    if (classes.has(HUMAN)) return 1;
    if (classes.size > 0) return -1;
    return KIND_WORDS.person.test(text) || /\(born\b|\(\d{4}\s*[–-]\s*\d{4}\)/.test(lead)
      ? 0.5
      : KIND_WORDS.place.test(text)
        ? -1
        : 0;
  }
  if (classes.has(HUMAN)) return -1;
  const classSet = query.kind === 'agreement' ? AGREEMENT_CLASSES : ORGANIZATION_CLASSES;
  if ([...classes].some((c2) => classSet.has(c2))) return 1;
  const pattern = query.kind === 'agreement' ? KIND_WORDS.agreement : KIND_WORDS.organization;
  if (pattern.test(text) || pattern.test(lead)) return 0.7;
  return KIND_WORDS.place.test(text) ? -1 : 0;
}

/** 1 when the years agree, −1 when the text's year is contradicted, 0 when nothing says. */
function yearFit(query: EntityQuery, c: LinkCandidate): number {
  if (query.year === undefined || query.kind === 'person') return 0;
  const years = yearsOf(c);
  if (years.length === 0) return 0;
  if (years.some((y) => Math.abs(y - (query.year as number)) <= 1)) return 1;
  return -1;
}

/**
 * The year of a candidate the text's year contradicts ("the 2022 Prague Declaration" against the 2008
 * one), or null when its years agree or nothing says.
 */
export function contradictedYear(query: EntityQuery, c: LinkCandidate): number | null {
  return yearFit(query, c) < 0 ? (yearsOf(c)[0] ?? null) : null;
}

/** Whether the candidate is dated in the text's year (within one: signed late, in force early). */
export function fitsYear(query: EntityQuery, c: LinkCandidate): boolean {
  return yearFit(query, c) > 0;
}

/** Whether ISO date `a` is on or before `b`, read at the coarser of their two precisions ("2019" and "2019-05-02"). */
function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** 1 when the person held an office over the article's date (a start on or before it, no end before it), else 0. */
function termFit(query: EntityQuery, c: LinkCandidate): number {
  const date = query.date;
  if (query.kind !== 'person' || !date) return 0;
  for (const claim of claimsOf(c.item, P.positionHeld)) {
    const { start, end } = termOf(claim);
    if (start && onOrBefore(start, date) && (!end || onOrBefore(date, end))) return 1;
  }
  return 0;
}

/** Share of the places named beside the entity that the candidate's description or extract names too. */
function placeFit(query: EntityQuery, c: LinkCandidate): number {
  if (!query.places || query.places.length === 0) return 0;
  const text = words(`${c.page.description ?? ''} ${c.page.extract ?? ''} ${c.item?.description ?? ''}`);
  return query.places.filter((place) => [...words(place)].every((w) => text.has(w))).length / query.places.length;
}

/** False when a page found by title is plainly not the entity (wrong kind or year): search instead. */
export function isPlausible(query: EntityQuery, c: LinkCandidate): boolean {
  return !c.page.missing && kindFit(query, c) >= 0 && yearFit(query, c) >= 0;
}

/** Dice overlap of a name's words with a title's, the title's "(qualifier)" left out. */
function nameFit(name: string, title: string): number {
  const a = words(name);
  const b = words(title.replace(/\s*\([^)]*\)$/, ''));
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function score(query: EntityQuery, c: LinkCandidate): number {
  const kind = kindFit(query, c);
  const year = yearFit(query, c);
  if (kind < 0 || year < 0) return 0;
  // A lone surname or first name ("Paris") is linked only by its own title, never by a search guess.
  if (query.kind === 'person' && words(query.name).size < 2 && !c.byTitle) return 0;
  const names = [query.name, ...(query.acronym ? [query.acronym] : [])];
  const fit = Math.max(...names.map((n) => nameFit(n, c.page.title)));
  const roleFit = query.role ? overlap(query.role, `${c.page.description ?? ''} ${c.page.extract ?? ''}`) : 0;
  // The places beside a dated agreement ("Armenia", "Azerbaijan") confirm the document the text means.
  const places = 0.15 * placeFit(query, c);
  // An office held on the article's date makes a namesake of the same name the less likely reading.
  const term = 0.25 * termFit(query, c);
  let s = 0.25 * kind + 0.3 * fit + (c.byTitle ? 0.2 : 0.05) + 0.15 * roleFit + 0.2 * year + places + term;
  if (c.page.searchRank !== undefined) s -= 0.02 * (c.page.searchRank - 1);
  return Math.max(0, Math.min(1, s + 0.1));
}

function asCandidate(c: LinkCandidate): Candidate {
  return {
    title: c.page.title,
    ...(c.page.description ? { description: c.page.description } : {}),
    ...(c.page.wikidataId ? { wikidataId: c.page.wikidataId } : {}),
  };
}

/** `chosenTitle` is the reader's own earlier choice for this name, which wins when it is among the candidates. */
export function decideLink(query: EntityQuery, candidates: LinkCandidate[], chosenTitle?: string): LinkDecision {
  const usable = candidates.filter((c) => !c.page.missing);
  const own = chosenTitle ? usable.find((c) => c.page.title === chosenTitle) : undefined;
  if (own)
    return {
      status: 'linked',
      chosen: own,
      confidence: 1,
      candidates: usable.filter((c) => c !== own).map(asCandidate),
    };
  const ranked = usable
    .map((c) => ({ c, s: score(query, c) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s);
  const best = ranked[0];
  const others = ranked.slice(1).map(({ c }) => asCandidate(c));
  const disambiguation = candidates.some((c) => c.byTitle && c.page.disambiguation);
  if (!best || best.s < LINKING.accept) {
    const status = disambiguation && ranked.length > 1 ? 'ambiguous' : 'no-match';
    return { status, confidence: best?.s ?? 0, candidates: ranked.map(({ c }) => asCandidate(c)) };
  }
  const rival = ranked[1];
  if (rival && rival.s >= LINKING.accept && best.s - rival.s < LINKING.margin) {
    return { status: 'ambiguous', confidence: best.s, candidates: ranked.map(({ c }) => asCandidate(c)) };
  }
  return { status: 'linked', chosen: best.c, confidence: best.s, candidates: others };
}

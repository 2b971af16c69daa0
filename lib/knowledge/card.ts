// Builds a Card from a Wikipedia page, its Wikidata item and the labels of the items it refers to:
// people get birth, nationality and offices; agreements their dates and parties; organizations their
// founding, members and seat.
import type { Card, CardKind, Fact, Position } from '../types';
import type { Endpoints } from './urls';
import type { WikiPage } from './parse-pages';
import type { WikidataItem } from './parse-wikidata';
import { claimsOf, firstTime, itemIds, termOf } from './parse-wikidata';
import { HUMAN, P } from './vocabulary';

/** Item ids a card needs labels for (citizenship, offices, types, parties, seat). */
export function referencedIds(item: WikidataItem | undefined): string[] {
  const properties = [P.instanceOf, P.citizenship, P.positionHeld, P.headquarters, P.signatory, P.participant];
  return [...new Set(properties.flatMap((p) => itemIds(claimsOf(item, p))))];
}

function labelList(ids: string[], labels: Map<string, string>, max = 4): string | undefined {
  const names = ids.map((id) => labels.get(id)).filter((l): l is string => l !== undefined);
  if (names.length === 0) return undefined;
  return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ');
}

function positionsOf(item: WikidataItem | undefined, labels: Map<string, string>): Position[] {
  const out: Position[] = [];
  for (const claim of claimsOf(item, P.positionHeld)) {
    if (claim.value.type !== 'item') continue;
    const label = labels.get(claim.value.id);
    if (!label) continue;
    out.push({ label, ...termOf(claim) });
  }
  return out.sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
}

function facts(kind: CardKind, item: WikidataItem | undefined, labels: Map<string, string>): Fact[] {
  const out: Fact[] = [];
  const add = (label: string, value: string | undefined) => value && out.push({ label, value });
  if (kind === 'person') {
    add('Born', firstTime(item, P.born));
    add('Nationality', labelList(itemIds(claimsOf(item, P.citizenship)), labels, 3));
  } else if (kind === 'agreement') {
    add('Type', labelList(itemIds(claimsOf(item, P.instanceOf)), labels, 2));
    add('Signed', firstTime(item, P.pointInTime, P.published, P.inception));
    add('In force', firstTime(item, P.effective));
    add('Ended', firstTime(item, P.dissolved));
    const parties = itemIds([...claimsOf(item, P.signatory), ...claimsOf(item, P.participant)]);
    add('Parties', labelList(parties, labels, 6));
  } else if (kind === 'organization') {
    add('Founded', firstTime(item, P.inception));
    add('Dissolved', firstTime(item, P.dissolved));
    const members = claimsOf(item, P.memberCount).find((c) => c.value.type === 'quantity');
    add('Members', members?.value.type === 'quantity' ? String(members.value.amount) : undefined);
    add('Headquarters', labelList(itemIds(claimsOf(item, P.headquarters)), labels, 1));
  }
  return out;
}

export function buildCard(
  endpoints: Endpoints,
  lang: string,
  kind: CardKind,
  page: WikiPage,
  item: WikidataItem | undefined,
  labels: Map<string, string>,
  now: number,
): Card {
  const human = itemIds(claimsOf(item, P.instanceOf)).includes(HUMAN);
  const cardKind: CardKind = human ? 'person' : kind;
  const description = page.description ?? item?.description;
  return {
    key: `${lang}:${page.title}`,
    lang,
    title: page.title,
    url: endpoints.article(lang, page.title),
    ...(page.wikidataId ? { wikidataId: page.wikidataId } : {}),
    ...(description ? { description } : {}),
    ...(page.extract ? { extract: page.extract } : {}),
    ...(page.thumbnail ? { thumbnail: page.thumbnail } : {}),
    kind: cardKind,
    facts: facts(cardKind, item, labels),
    positions: cardKind === 'person' ? positionsOf(item, labels) : [],
    fetchedAt: now,
  };
}

/** Offices held on a date (ISO): started on or before it and not ended before it. */
export function officesAt(positions: Position[], date: string): Position[] {
  return positions.filter((p) => (!p.start || p.start <= date) && (!p.end || p.end >= date));
}

// Parses Wikidata `wbgetentities` responses into items with typed claim values (items, times,
// quantities, strings) and their qualifiers. Malformed claims are skipped one by one.
import * as v from 'valibot';
import { P } from './vocabulary';

export type ClaimValue =
  | { type: 'item'; id: string }
  | { type: 'time'; iso: string; precision: number }
  | { type: 'quantity'; amount: number }
  | { type: 'string'; value: string };

export interface Claim {
  value: ClaimValue;
  qualifiers: Record<string, ClaimValue[]>;
  rank: 'preferred' | 'normal' | 'deprecated';
}

export interface WikidataItem {
  id: string;
  label?: string;
  description?: string;
  claims: Record<string, Claim[]>;
}

const Snak = v.object({
  snaktype: v.literal('value'),
  datavalue: v.object({ type: v.string(), value: v.unknown() }),
});
const EntityId = v.object({ id: v.pipe(v.string(), v.regex(/^[QP]\d+$/)) });
const Time = v.object({ time: v.pipe(v.string(), v.regex(/^[+-]\d{1,16}-\d\d-\d\dT/)), precision: v.number() });
const Quantity = v.object({ amount: v.string() });
const Text = v.object({ text: v.string() });

function parseValue(snak: unknown): ClaimValue | null {
  const parsed = v.safeParse(Snak, snak);
  if (!parsed.success) return null;
  const { type, value } = parsed.output.datavalue;
  if (type === 'wikibase-entityid') {
    const id = v.safeParse(EntityId, value);
    return id.success ? { type: 'item', id: id.output.id } : null;
  }
  if (type === 'time') {
    const time = v.safeParse(Time, value);
    if (!time.success) return null;
    // "+1950-03-21T00:00:00Z" → "1950-03-21", cut to the precision (9 year, 10 month, 11 day).
    const [year, month, day] = time.output.time.slice(1, 11).split('-');
    const precision = time.output.precision;
    const iso = precision >= 11 ? `${year}-${month}-${day}` : precision === 10 ? `${year}-${month}` : String(year);
    return { type: 'time', iso: iso.replace(/^0+(?=\d{4})/, ''), precision };
  }
  if (type === 'quantity') {
    const quantity = v.safeParse(Quantity, value);
    const amount = quantity.success ? Number(quantity.output.amount) : NaN;
    return Number.isFinite(amount) ? { type: 'quantity', amount } : null;
  }
  if (type === 'string') return typeof value === 'string' ? { type: 'string', value } : null;
  if (type === 'monolingualtext') {
    const text = v.safeParse(Text, value);
    return text.success ? { type: 'string', value: text.output.text } : null;
  }
  return null;
}

function parseClaims(raw: unknown): Record<string, Claim[]> {
  const claims: Record<string, Claim[]> = {};
  if (typeof raw !== 'object' || raw === null) return claims;
  for (const [property, list] of Object.entries(raw)) {
    if (!/^P\d+$/.test(property) || !Array.isArray(list)) continue;
    for (const entry of list as Array<Record<string, unknown>>) {
      const value = parseValue(entry?.mainsnak);
      if (!value) continue;
      const qualifiers: Record<string, ClaimValue[]> = {};
      const rawQualifiers = typeof entry.qualifiers === 'object' && entry.qualifiers !== null ? entry.qualifiers : {};
      for (const [q, snaks] of Object.entries(rawQualifiers)) {
        if (!Array.isArray(snaks)) continue;
        qualifiers[q] = snaks.map(parseValue).filter((x): x is ClaimValue => x !== null);
      }
      const rank = entry.rank === 'preferred' || entry.rank === 'deprecated' ? entry.rank : 'normal';
      (claims[property] ??= []).push({ value, qualifiers, rank });
    }
  }
  return claims;
}

/** The first of `langs` (then English) the labels or descriptions have. */
function text(raw: unknown, langs: readonly string[]): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const map = raw as Record<string, { value?: unknown }>;
  for (const lang of [...langs, 'en']) {
    const value = map[lang]?.value;
    if (typeof value === 'string') return value.slice(0, 300);
  }
  return undefined;
}

/** Items by id; labels and descriptions in the first of `lang` (a language or a preference list) they have. */
export function parseEntitiesResponse(
  body: unknown,
  lang: string | readonly string[] = 'en',
): Map<string, WikidataItem> {
  const langs = typeof lang === 'string' ? [lang] : lang;
  const items = new Map<string, WikidataItem>();
  if (typeof body !== 'object' || body === null) throw new TypeError('response is not a JSON object');
  const entities = (body as Record<string, unknown>).entities;
  if (typeof entities !== 'object' || entities === null) return items;
  for (const [id, raw] of Object.entries(entities)) {
    if (!/^Q\d+$/.test(id) || typeof raw !== 'object' || raw === null || 'missing' in raw) continue;
    const r = raw as Record<string, unknown>;
    const label = text(r.labels, langs);
    const description = text(r.descriptions, langs);
    items.set(id, {
      id,
      ...(label ? { label } : {}),
      ...(description ? { description } : {}),
      claims: parseClaims(r.claims),
    });
  }
  return items;
}

/** The claims of a property, best rank first, deprecated ones left out. */
export function claimsOf(item: WikidataItem | undefined, property: string): Claim[] {
  const claims = (item?.claims[property] ?? []).filter((c) => c.rank !== 'deprecated');
  return claims.sort((a, b) => (a.rank === 'preferred' ? -1 : 0) - (b.rank === 'preferred' ? -1 : 0));
}

export function itemIds(claims: Claim[]): string[] {
  return claims.map((c) => (c.value.type === 'item' ? c.value.id : null)).filter((x): x is string => x !== null);
}

/** A claim's term: its start and end time qualifiers ("position held" from … to …), where it gives them. */
export function termOf(claim: Claim): { start?: string; end?: string } {
  const time = (property: string) => {
    const value = claim.qualifiers[property]?.find((q) => q.type === 'time');
    return value?.type === 'time' ? value.iso : undefined;
  };
  const start = time(P.start);
  const end = time(P.end);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

export function firstTime(item: WikidataItem | undefined, ...properties: string[]): string | undefined {
  for (const p of properties) {
    for (const c of claimsOf(item, p)) if (c.value.type === 'time') return c.value.iso;
  }
  return undefined;
}

// The English words lib/ and platform/ hand the card — Wikidata fact labels (lib/knowledge/card.ts) and
// the reasons a card has no background (lib/knowledge/resolve.ts, platform/knowledge-service.ts) — as
// messages in the UI language. A label or reason not in these tables is shown as it comes.
import type { Fact, LinkResult } from '../lib/types';
import type { PlainMessageKey } from '../platform/translator';

/** Each fact label buildCard writes: its message, and whether its value is an ISO date or a count. */
export const FACT_LABELS: Record<string, { label: PlainMessageKey; value?: 'date' | 'number' }> = {
  Born: { label: 'factBorn', value: 'date' },
  Nationality: { label: 'factNationality' },
  Type: { label: 'factType' },
  Signed: { label: 'factSigned', value: 'date' },
  'In force': { label: 'factInForce', value: 'date' },
  Ended: { label: 'factEnded', value: 'date' },
  Parties: { label: 'factParties' },
  Founded: { label: 'factFounded', value: 'date' },
  Dissolved: { label: 'factDissolved', value: 'date' },
  Members: { label: 'factMembers', value: 'number' },
  Headquarters: { label: 'factHeadquarters' },
};

/** Each fixed reason for no background; a namesake's reason ("The 2008 … is a different document") has none. */
export const REASONS: Record<string, PlainMessageKey> = {
  'No confident match': 'reasonNoMatch',
  'Several matches': 'reasonSeveralMatches',
  'Wikipedia did not answer': 'reasonNoAnswer',
  'No network': 'reasonNoNetwork',
  'Offline mode is on': 'reasonOffline',
  'Looked up when you open its card': 'reasonDeferred',
};

export interface TextDeps {
  t(key: PlainMessageKey): string;
  date(iso: string): string;
  number(value: number): string;
}

/** A fact's label and value in the UI language. */
export function factText(fact: Fact, deps: TextDeps): { label: string; value: string } {
  const known = Object.hasOwn(FACT_LABELS, fact.label) ? FACT_LABELS[fact.label] : undefined;
  if (!known) return fact;
  const value =
    known.value === 'date'
      ? deps.date(fact.value)
      : known.value === 'number' && /^[+-]?\d+(?:\.\d+)?$/.test(fact.value)
        ? deps.number(Number(fact.value))
        : fact.value;
  return { label: deps.t(known.label), value };
}

const NAMESAKE_KEYS = {
  document: 'reasonNamesakeDocument',
  person: 'reasonNamesakePerson',
  organization: 'reasonNamesakeOrganization',
} as const;

/** "The 2008 Prague Declaration … is a different document", in the UI language. */
export function namesakeText(
  namesake: NonNullable<LinkResult['namesake']>,
  t: (key: (typeof NAMESAKE_KEYS)[keyof typeof NAMESAKE_KEYS], args: { title: string; year: string }) => string,
): string {
  return t(NAMESAKE_KEYS[namesake.what], { title: namesake.title, year: String(namesake.year) });
}

/** Why a card has no background, in the UI language ("No confident match" when no reason came). */
export function reasonText(reason: string | undefined, deps: Pick<TextDeps, 't'>): string {
  const text = reason ?? 'No confident match';
  const key = Object.hasOwn(REASONS, text) ? REASONS[text] : undefined;
  return key ? deps.t(key) : text;
}

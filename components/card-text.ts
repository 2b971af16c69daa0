// The English words lib/ and platform/ hand the card — Wikidata fact labels (lib/knowledge/card.ts) and
// the reasons a card has no background (lib/knowledge/resolve.ts, platform/knowledge-service.ts) — as
// messages in the UI language. A label or reason not in these tables is shown as it comes.
import type { Fact, LinkResult } from '../lib/types';
import type { PlainMessageKey, Translator } from '../platform/translator';

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

/** The primary language subtag, lower case ("fr-CA" → "fr"). */
const primary = (tag: string) => (tag.split(/[-_]/)[0] ?? '').toLowerCase();

/** A language's name as `locale` writes it ("fr" → "French", "français", "Französisch"); the code itself when Intl has none. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The text of the card's link to Wikipedia: "Wikipedia ↗" when the card's edition is in the interface's
 * language, else the edition named in it ("Wikipedia in French ↗", "Wikipédia en anglais ↗"), so a
 * reader knows before the click, and when a name came from English's Wikipedia instead of the page's.
 */
export function wikipediaLinkText(edition: string, deps: Pick<Translator, 't' | 'uiLocale'>): string {
  const locale = deps.uiLocale();
  if (!edition || primary(edition) === primary(locale)) return deps.t('cardWikipedia');
  return deps.t('cardWikipediaIn', { language: languageName(primary(edition), locale) });
}

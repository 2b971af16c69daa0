// The one entry point of entity finding: article text in, people, agreements and treaty bodies with
// their mentions, roles and dates out, plus attributed quotations and the dates the text mentions.
import type { Entity, EntityAnalysis } from '../types';
import { sentenceSpans, tokenize } from './tokens';
import { findDates } from './dates';
import { ClaimedSpans, type Span } from './spans';
import { findAgreements, agreementDate } from './agreements';
import { agreementPlaces } from './agreement-places';
import { findNameRuns } from './name-runs';
import { findPeople } from './people';
import { findRole } from './roles';
import { findQuotes, type PersonMention } from './quotes';
import { GIVEN_NAMES } from './tables/given-names';
import { fold } from './token-utils';
import type { NameVerdict } from './person-evidence';
import { findAliasMentions } from './alias-mentions';
import { russianAgreementNominative } from './russian-agreements';
import { nameKey } from './verdicts';
import { inLanguage, type WordTable } from './tables/language';
import type { ReadLanguage } from './read-language';

export interface FindOptions {
  /** The article's publication time (ISO), to give years to dates the text leaves without one. */
  referenceDate?: string | null;
  /** Replaces the built-in given-name table (tests use it to prove context alone is enough). */
  givenNames?: WordTable;
  /** The language to read the text in (tables, name forms); English by default. */
  lang?: ReadLanguage;
  /** What the knowledge look-up said of names the rules doubt (folded name → verdict). */
  verdicts?: ReadonlyMap<string, NameVerdict>;
}

/** Doubtful names asked about at most, per article: one look-up request holds 50. */
export const MAX_DOUBTFUL_NAMES = 50;

function slug(name: string): string {
  return (
    fold(name)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function referenceYear(iso: string | null | undefined): number | null {
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : null;
}

export function findEntities(text: string, options: FindOptions = {}): EntityAnalysis {
  return inLanguage(options.lang ?? 'en', () => findInLanguage(text, options));
}

function findInLanguage(text: string, options: FindOptions): EntityAnalysis {
  const tokens = tokenize(text, options.lang === 'fr');
  const dates = findDates(text, referenceYear(options.referenceDate));
  const claimed = new ClaimedSpans();
  const agreements = findAgreements(text, tokens, claimed);
  const runs = findNameRuns(text, tokens);
  const standalone = new Map<string, number>();
  for (const run of runs) {
    if (run.words.length === 1) {
      const word = (run.words[0]?.text ?? '').replace(/['’]s$/u, '');
      standalone.set(word, (standalone.get(word) ?? 0) + 1);
    }
  }
  const givenNames = options.givenNames ?? GIVEN_NAMES;
  const doubtful = new Map<string, number>();
  const people = findPeople(
    { text, tokens, givenNames, standalone, ...(options.verdicts ? { verdicts: options.verdicts } : {}) },
    runs,
    (s, e) => claimed.overlaps(s, e),
    doubtful,
  );

  const used = new Set<string>();
  const entities: Entity[] = [];
  const personMentions: PersonMention[] = [];
  for (const person of people) {
    const mentions = person.mentions.filter((m: Span) => claimed.claim(m.start, m.end));
    if (mentions.length === 0) continue;
    const name = person.name;
    const id = uniqueId(`person:${slug(name)}`, used);
    const role = findRole(text, tokens, person.introductions);
    entities.push({ id, kind: 'person', name, ...(role ? { role } : {}), mentions });
    for (const m of mentions) personMentions.push({ ...m, entityId: id });
  }
  let sentences: Array<[number, number]> | undefined; // split once, and only for a dated agreement
  for (const draft of agreements) {
    const id = uniqueId(`${draft.kind}:${slug(draft.name)}`, used);
    const when = agreementDate(text, draft, dates);
    // Only a dated agreement can be told from a same-named document of another year.
    const places =
      when.year !== undefined
        ? agreementPlaces(tokens, (sentences ??= sentenceSpans(tokens)), draft.name, draft.mentions)
        : [];
    entities.push({
      id,
      kind: draft.kind,
      // Russian writes the name in its sentence's case; the card looks up the nominative.
      name: (options.lang === 'ru' ? russianAgreementNominative(draft.name) : null) ?? draft.name,
      subtype: draft.subtype,
      ...(draft.acronym ? { acronym: draft.acronym } : {}),
      ...when,
      ...(places.length > 0 ? { places } : {}),
      mentions: draft.mentions,
    });
  }
  // A name Wikidata types as a treaty, though it has no head word the rules know ("New START"), is one.
  for (const name of doubtful.keys()) {
    if (options.verdicts?.get(nameKey(name)) !== 'agreement') continue;
    const mentions = findAliasMentions(text, [name], claimed);
    if (mentions.length === 0) continue;
    entities.push({
      id: uniqueId(`agreement:${slug(name)}`, used),
      kind: 'agreement',
      name,
      subtype: 'agreement',
      mentions,
    });
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  personMentions.sort((a, b) => a.start - b.start);
  // The names to ask the knowledge look-up about, the most written first.
  const questions = [...doubtful].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return {
    entities,
    quotes: findQuotes(text, personMentions),
    dates,
    doubtful: questions.slice(0, MAX_DOUBTFUL_NAMES),
  };
}

// Finds the people an article names: full names by evidence, then every shorter form that refers
// back to one ("Lavrov", "Mr Blunkett", "anti-Putin"), each joined to the nearest full name.
import type { NameRun } from './name-runs';
import type { Span } from './spans';
import { toPersonCandidate, type PersonCandidate } from './person-candidates';
import {
  coordinatedWith,
  hasTitleBefore,
  inPlacePosition,
  personScore,
  PERSON_EVIDENCE,
  type EvidenceContext,
} from './person-evidence';
import { NAME_PARTICLES } from './tables/name-words';
import { resolveShortMentions } from './person-short-forms';
import { fold, withoutPossessive } from './token-utils';
import { nameKeyWords } from './name-fold';
import { russianNominative } from './russian-names';
import { readingLanguage } from './tables/language';
import { nameKey } from './verdicts';

export interface PersonDraft {
  /** Name words of the fullest form ("Sergey", "Lavrov"). */
  words: string[];
  /** The fullest form as the text writes it ("John F. Kennedy"). */
  name: string;
  mentions: Span[];
  /** Candidates that named this person in full or with a title, for role extraction. */
  introductions: PersonCandidate[];
  /** Other names the text gives the person ("known as Ali Kushayb", "known as Hemedti"). */
  aliases: string[][];
}

export function nameWords(candidate: PersonCandidate): string[] {
  return candidate.words.map((w) => withoutPossessive(w.text));
}

function isSuffixOf(shortWords: string[], fullWords: string[]): boolean {
  const [short, full] = [nameKeyWords(shortWords), nameKeyWords(fullWords)];
  if (short.length >= full.length) return false;
  const offset = full.length - short.length;
  return short.every((w, i) => w === full[offset + i]);
}

/** "Juan Carlos" for "Juan Carlos Ferrero": the first names of a longer name, two words or more. */
function isPrefixOf(shortWords: string[], fullWords: string[]): boolean {
  const [short, full] = [nameKeyWords(shortWords), nameKeyWords(fullWords)];
  return short.length >= 2 && short.length < full.length && short.every((w, i) => w === full[i]);
}

/** Initials then a surname ("П. М. Третьякова") for a full name with that surname and those first letters. */
function abbreviates(short: string[], full: string[]): boolean {
  const initials = short.slice(0, -1);
  if (initials.length === 0 || !initials.every((w) => /^\p{Lu}\.?$/u.test(w)) || full.length < 2) return false;
  const [shortKey, fullKey] = [nameKeyWords(short), nameKeyWords(full)];
  if (shortKey[shortKey.length - 1] !== fullKey[fullKey.length - 1]) return false;
  return initials.every((w, i) => full[i] !== undefined && fold(full[i] as string).startsWith(fold(w.charAt(0))));
}

export function isPartOf(short: string[], full: string[]): boolean {
  return isSuffixOf(short, full) || isPrefixOf(short, full);
}

export function span(start: number, end: number, text: string): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A score this far above the threshold is certain; below it, a person the look-up may still refute. */
const CERTAIN_MARGIN = 2;

/**
 * Full names (two name words or more) that the evidence, or a person listed beside them, makes people;
 * the knowledge look-up's verdict overrules the evidence, though not a title before the name (for a
 * refuted name) nor a place's position (for a confirmed one). `doubtful` collects the names worth asking
 * about: those below the threshold, and those above it by little.
 */
function acceptFullNames(
  ctx: EvidenceContext,
  candidates: PersonCandidate[],
  doubtful: Map<string, number>,
): Set<PersonCandidate> {
  const accepted = new Set<PersonCandidate>();
  const plausible: PersonCandidate[] = [];
  for (const candidate of candidates) {
    const words = nameWords(candidate);
    if (words.filter((w) => !NAME_PARTICLES.has(w)).length < 2) continue;
    const score = personScore(ctx, candidate);
    if (score <= PERSON_EVIDENCE.veto) continue;
    const name = words.join(' ');
    if (score < PERSON_EVIDENCE.threshold + CERTAIN_MARGIN) doubtful.set(name, (doubtful.get(name) ?? 0) + 1);
    const verdict = ctx.verdicts?.get(nameKey(name));
    if (verdict === 'person' && !inPlacePosition(ctx, candidate)) accepted.add(candidate);
    else if ((verdict === 'not-person' || verdict === 'agreement') && !hasTitleBefore(candidate)) continue;
    else if (score >= PERSON_EVIDENCE.threshold) accepted.add(candidate);
    else if (score >= 0) plausible.push(candidate);
  }
  const covered = new Set<number>();
  const cover = (c: PersonCandidate) => {
    for (let i = c.run.first; i <= c.run.last; i++) covered.add(i);
  };
  accepted.forEach(cover);
  for (let changed = true; changed;) {
    changed = false;
    for (const candidate of plausible) {
      if (accepted.has(candidate) || !coordinatedWith(ctx.tokens, candidate, (i) => covered.has(i))) continue;
      accepted.add(candidate);
      cover(candidate);
      changed = true;
    }
  }
  return accepted;
}

/**
 * The people of the text, and (in `doubtful`, with how often each is written) the full names the rules
 * are not sure of: the knowledge look-up's questions.
 */
export function findPeople(
  ctx: EvidenceContext,
  runs: NameRun[],
  taken: (start: number, end: number) => boolean,
  doubtful: Map<string, number> = new Map(),
): PersonDraft[] {
  const candidates = runs
    .map(toPersonCandidate)
    .filter((c): c is PersonCandidate => c !== null && !taken(c.start, c.end));
  const accepted = acceptFullNames(ctx, candidates, doubtful);
  const drafts: PersonDraft[] = [];
  const byKey = new Map<string, PersonDraft>();
  const leftovers: PersonCandidate[] = [];
  for (const candidate of candidates) {
    if (!accepted.has(candidate)) {
      leftovers.push(candidate);
      continue;
    }
    const words = nameWords(candidate);
    const key = nameKeyWords(words).join(' ');
    let draft = byKey.get(key);
    if (!draft) {
      draft = {
        words,
        name: ctx.text.slice(candidate.start, candidate.end),
        mentions: [],
        introductions: [],
        aliases: [],
      };
      byKey.set(key, draft);
      drafts.push(draft);
    }
    draft.mentions.push(span(candidate.start, candidate.end, ctx.text));
    draft.introductions.push(candidate);
  }
  // A shorter full form joins the longer one it ends or starts ("Lula da Silva", "Juan Carlos"), and
  // initials with a surname the full name they abbreviate ("П. М. Третьякова", "J. Smith").
  joinInto(drafts, isPartOf);
  joinInto(drafts, abbreviates);
  mergeAliases(ctx.text, drafts);
  for (const draft of drafts) draft.mentions.sort((a, b) => a.start - b.start);
  if (readingLanguage() === 'ru') for (const draft of drafts) draft.name = nominative(draft);
  resolveShortMentions(ctx, drafts, leftovers, taken);
  return drafts;
}

/**
 * The form of a Russian name to show and look up: its cases make it longer ("Сергея Лаврова",
 * "Сергеем Лавровым"), so the shortest full form written is the nominative, or as near as the text has.
 */
function nominative(draft: PersonDraft): string {
  let best = draft.name;
  for (const m of draft.mentions) {
    if (m.text.split(/\s+/).length === best.split(/\s+/).length && m.text.length < best.length) best = m.text;
  }
  // Written only in another case ("Владимира Путина"): undone by the given name's case.
  return russianNominative(best) ?? best;
}

/** Moves each draft whose words `belongs` to another's into that one. */
function joinInto(drafts: PersonDraft[], belongs: (words: string[], other: string[]) => boolean): void {
  for (const draft of [...drafts]) {
    const target = drafts.find((other) => other !== draft && belongs(draft.words, other.words));
    if (!target) continue;
    target.mentions.push(...draft.mentions);
    target.introductions.push(...draft.introductions);
    drafts.splice(drafts.indexOf(draft), 1);
  }
}

/** Words after a name that give the person another name ("…, a militia leader known as …"). */
const KNOWN_AS = /^,?[^.;:“”"]{0,80}?\b(?:also |better |widely |popularly )?(?:known|nicknamed|called) as [“"‘]?/;
const ONE_WORD_NAME = /^(\p{Lu}[\p{L}\p{M}'’-]+)[”"’]?(?![\p{L}\s]*\p{Lu})/u;

/** Joins a person introduced by an alias to the one the text gives it to; one-word aliases become short forms. */
function mergeAliases(text: string, drafts: PersonDraft[]): void {
  const startingAt = new Map<number, PersonDraft>();
  for (const draft of drafts) for (const m of draft.mentions) startingAt.set(m.start, draft);
  for (const draft of [...drafts]) {
    if (!drafts.includes(draft)) continue;
    for (const m of [...draft.mentions]) {
      const knownAs = KNOWN_AS.exec(text.slice(m.end, m.end + 140));
      if (!knownAs) continue;
      const at = m.end + knownAs[0].length;
      const other = startingAt.get(at);
      if (other && other !== draft && drafts.includes(other)) {
        draft.mentions.push(...other.mentions);
        draft.introductions.push(...other.introductions);
        if (other.words.length > 1) draft.aliases.push(other.words);
        drafts.splice(drafts.indexOf(other), 1);
        for (const om of other.mentions) startingAt.set(om.start, draft);
        continue;
      }
      const single = ONE_WORD_NAME.exec(text.slice(at, at + 60))?.[1];
      if (single) draft.aliases.push([single]);
    }
  }
}

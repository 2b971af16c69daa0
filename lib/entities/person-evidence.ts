// Weighs the evidence that a candidate is a person: a known given name, a title, a role noun or an
// appositive role, a verb of speech, "who", a surname's shape. Place, organization and calendar
// words veto.
import type { Token } from './tokens';
import type { PersonCandidate } from './person-candidates';
import { ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from './tables/role-words';
import {
  AMBIGUOUS_GIVEN_NAMES,
  FAMILY_NAME_FIRST,
  LOCATIVE_PREPOSITIONS,
  NAME_PARTICLES,
  PERSONAL_NOUNS,
  surnameEndings,
} from './tables/name-words';
import { CITIES, COUNTRIES, DEMONYMS, DIRECTIONS } from './tables/place-words';
import { NON_PERSON_HEADS, SURNAME_LIKE_HEADS } from './tables/org-words';
import { AGREEMENT_HEADS } from './tables/agreement-words';
import {
  ACCORDING_TO,
  ARTICLES,
  MONTHS,
  NON_NAME_WORDS,
  OF_WORDS,
  PLACE_HEADS_BEFORE,
  SPEECH_AUXILIARIES,
  SPEECH_VERBS,
  WEEKDAYS,
} from './tables/common-words';
import { capitalizesNouns, readingLanguage } from './tables/language';
import { isPossessive, withoutPossessive } from './token-utils';
import type { WordTable } from './tables/language';

/** Evidence weights; a candidate is a person at `threshold` or above. Tuned on the fixtures and the seed. */
export const PERSON_EVIDENCE = {
  threshold: 2,
  givenName: 2,
  title: 2,
  honorific: 3,
  roleNounBefore: 2,
  appositiveRole: 2,
  speechVerb: 2,
  relativeWho: 2,
  personalPossessive: 2,
  familyNameFirst: 2,
  coordinatedWithPerson: 2,
  ofPlace: 2,
  locativeBefore: -1,
  surnameShape: 1,
  initials: 2,
  particle: 1,
  usedAlone: 1,
  country: -2,
  placeLikeWord: -2,
  titleInside: -1,
  nounFirst: -1,
  veto: -100,
} as const;

/** What the knowledge look-up (Wikidata's "instance of") said a name is; names it never saw have none. */
export type NameVerdict = 'person' | 'not-person' | 'agreement';

export interface EvidenceContext {
  text: string;
  tokens: Token[];
  givenNames: WordTable;
  /** How often each capitalized word stands alone (not inside a longer capitalized run). */
  standalone: ReadonlyMap<string, number>;
  /** Verdicts of the knowledge look-up, by folded name ("liu he"); absent offline and in the CLI. */
  verdicts?: ReadonlyMap<string, NameVerdict>;
}

const W = PERSON_EVIDENCE;

function isInitial(word: Token): boolean {
  return /^\p{Lu}$/u.test(word.text);
}

function isPlace(word: string): boolean {
  return COUNTRIES.has(word) || CITIES.has(word);
}

function vetoes(word: Token, index: number, count: number, givenNames: WordTable): boolean {
  const text = withoutPossessive(word.text);
  const lower = text.toLowerCase();
  if (isInitial(word)) return false;
  // A given name before a surname is a name, though the word alone is a law, a verb or a country
  // ("Bill Clinton", "Will Ferrell", "Chad Myers"): the rest of the evidence decides.
  if (index === 0 && count > 1 && (givenNames.has(text) || AMBIGUOUS_GIVEN_NAMES.has(text))) return false;
  if (index === 0 && isPlace(text) && !givenNames.has(text)) return true;
  if ((NON_PERSON_HEADS.has(text) && !SURNAME_LIKE_HEADS.has(text)) || AGREEMENT_HEADS.has(text)) return true;
  // "Theresa May" is a person; "May Day" and "Tuesday Lavrov" are not.
  if (index === 0 && (MONTHS.has(lower) || WEEKDAYS.has(lower))) return true;
  if (index > 0 && WEEKDAYS.has(lower)) return true;
  if (NON_NAME_WORDS.has(lower) && !(index > 0 && MONTHS.has(lower))) return true;
  if (/\d/.test(text)) return true;
  if (index === 0 && (DIRECTIONS.has(text) || DEMONYMS.has(text))) return true;
  return index === count - 1 && DEMONYMS.has(text);
}

const isRoleNoun = (t: Token | undefined) =>
  t !== undefined && t.word && !t.cap && ROLE_NOUNS.has(t.text.toLowerCase());
const isSpeechVerb = (t: Token | undefined) => t !== undefined && SPEECH_VERBS.has(t.text.toLowerCase());

/**
 * "counterpart Sergey Lavrov", "China’s climate envoy, Liu Zhenmin,", "The leader of Ennahda, Rachid
 * Ghannouchi,", "la portavoz socialista, Mar Espinar," (the adjective after the noun), "el alcalde de la
 * capital, José Luis Martínez-Almeida,".
 */
function roleNounBefore(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (isRoleNoun(prev) || (prev?.text === ',' && isRoleNoun(tokens[first - 2]))) return true;
  if (prev?.text !== ',') return false;
  // "<role> of <Name Of A Body>, <person>": back over the body's capitalized words to its "of".
  for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
    const token = tokens[k] as Token;
    if (OF_WORDS.has(token.text))
      return isRoleNoun(tokens[k - 1]) || (ARTICLES.has(tokens[k - 1]?.text ?? '') && isRoleNoun(tokens[k - 2]));
    if (!token.cap && !ARTICLES.has(token.text) && !(readingLanguage() !== 'en' && k === first - 2)) return false;
    // Where adjectives follow their noun, the role comes one word earlier ("la portavoz socialista,").
    if (readingLanguage() !== 'en' && k === first - 2 && isRoleNoun(tokens[k - 1])) return true;
  }
  return false;
}

/** Words that open a phrase about something else, not an appositive ("the Sky Mirror, by the sculptor …"). */
const NOT_APPOSITIVE = new Set(['by', 'of', 'in', 'at', 'for', 'with', 'from', 'to', 'on', 'near', 'after', 'before']);

/** ", First Deputy Chairman of…," / ", the bank's chief economist," right after the name. */
function appositiveRole(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  if (NOT_APPOSITIVE.has(tokens[last + 2]?.text.toLowerCase() ?? '')) return false;
  for (let k = last + 2; k < last + 9; k++) {
    const token = tokens[k];
    if (!token || !token.word) return false;
    // A role noun in lower case ("the bank's chief economist"); "Son" capitalized is a name, not a son.
    if ((!token.cap && ROLE_NOUNS.has(token.text.toLowerCase())) || TITLE_HEADS.has(token.text)) return true;
  }
  return false;
}

function speechVerbAround(tokens: Token[], first: number, last: number): boolean {
  if (isSpeechVerb(tokens[last + 1]) || isSpeechVerb(tokens[first - 1])) return true;
  if (tokens[last + 1]?.text === ',' && isSpeechVerb(tokens[last + 2])) return true;
  // "Macron a déclaré", "Sánchez ha dicho", "Scholz hat gesagt": an auxiliary between name and verb.
  if (SPEECH_AUXILIARIES.has(tokens[last + 1]?.text ?? '') && isSpeechVerb(tokens[last + 2])) return true;
  // "selon Emmanuel Macron", "según Pedro Sánchez", "laut Olaf Scholz".
  if (ACCORDING_TO.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return true;
  return tokens[first - 1]?.text === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according';
}

/** "aeropuerto Adolfo Suárez", "rue Victor Hugo", "аэропорт имени Пушкина": a place or body named after someone. */
function namedAfter(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && !prev.cap && PLACE_HEADS_BEFORE.has(prev.text.toLowerCase());
}

/** "Precious Matsoso of South Africa", "Barbora Krejčíková of the Czech Republic". */
function placeAfterOf(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== 'of') return false;
  const at = tokens[last + 2]?.text === 'the' ? last + 3 : last + 2;
  const next = tokens[at];
  if (!next) return false;
  // "of the Czech Republic": a demonym naming a state.
  if (DEMONYMS.has(next.text) && /^(?:Republic|Kingdom|Federation|Emirates|Islands)$/.test(tokens[at + 1]?.text ?? ''))
    return true;
  return isPlace(next.text) || DIRECTIONS.has(next.text) || next.text === 'United'; // the United States, Kingdom, Arab Emirates
}

function hasSurnameShape(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 4 && surnameEndings().some((ending) => lower.endsWith(ending));
}

export function personScore(ctx: EvidenceContext, candidate: PersonCandidate): number {
  const words = candidate.words.filter((w) => !NAME_PARTICLES.has(w.text));
  if (words.some((w, i) => vetoes(w, i, words.length, ctx.givenNames))) return W.veto;
  if (candidate.title.length === 0 && namedAfter(ctx.tokens, candidate.run.first)) return W.veto;
  if (words.length > 5) return W.veto;
  // "First Deputy Chairman": a title standing alone is nobody's name.
  if (words.every((w) => TITLE_WORDS.has(withoutPossessive(w.text)))) return W.veto;
  // "International Studies": a lone word after title modifiers that name no office is no name either.
  const headless = !candidate.honorific && !candidate.title.some((t) => TITLE_HEADS.has(t.text));
  if (words.length === 1 && candidate.title.length > 0 && headless) return W.veto;
  const { tokens } = ctx;
  const { first: runFirst, last: runLast } = candidate.run;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const lastText = withoutPossessive(last.text);
  const multi = words.length > 1;
  // "Chad Myers", "Earl Hypolite": a given name that is also a country or a title, opening the name, is
  // neither a place nor a title inside it.
  const givenFirst = (i: number) =>
    i === 0 &&
    multi &&
    (AMBIGUOUS_GIVEN_NAMES.has(first.text) || (readingLanguage() !== 'en' && ctx.givenNames.has(first.text)));
  let score = 0;
  if (ctx.givenNames.has(first.text) && multi) score += W.givenName;
  if (multi && FAMILY_NAME_FIRST.has(first.text) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(lastText))
    score += W.familyNameFirst;
  if (candidate.honorific) score += W.honorific;
  else if (candidate.title.some((t) => TITLE_HEADS.has(t.text))) score += W.title;
  // "Secretary of State Condoleezza Rice", "Minister of Defence Ana Torres": the office's head stands before "of".
  else if (
    candidate.title.length > 0 &&
    tokens[runFirst - 1]?.text === 'of' &&
    TITLE_HEADS.has(tokens[runFirst - 2]?.text ?? '')
  )
    score += W.title;
  if (roleNounBefore(tokens, runFirst)) score += W.roleNounBefore;
  if (appositiveRole(tokens, runLast)) score += W.appositiveRole;
  if (speechVerbAround(tokens, runFirst, runLast)) score += W.speechVerb;
  // ", who …" and ", whose …" follow people ("Wendell Pruitt, whose family has run cattle…").
  if (tokens[runLast + 1]?.text === ',' && /^whom?$|^whose$/.test(tokens[runLast + 2]?.text ?? ''))
    score += W.relativeWho;
  if (isPossessive(last.text) && PERSONAL_NOUNS.has(tokens[runLast + 1]?.text ?? '')) score += W.personalPossessive;
  if (multi && hasSurnameShape(lastText)) score += W.surnameShape;
  // "Earl R. Perkins", "D. H. Lawrence": initials before a surname are a person's way of writing a name.
  if (words.length >= 3 && !isInitial(last) && words.slice(1, -1).some(isInitial)) score += W.initials;
  if (candidate.words.length > words.length) score += W.particle;
  if (multi && (ctx.standalone.get(lastText) ?? 0) > 0) score += W.usedAlone;
  if (words.some((w, i) => isPlace(withoutPossessive(w.text)) && !givenFirst(i))) score += W.country;
  if (multi && placeAfterOf(tokens, runLast)) score += W.ofPlace;
  // "at Roland Garros" is a place; "in Bernardo Silva’s cross" is a person's.
  if (LOCATIVE_PREPOSITIONS.has(tokens[runFirst - 1]?.text ?? '') && !isPossessive(last.text))
    score += W.locativeBefore;
  if (words.some((w) => SURNAME_LIKE_HEADS.has(withoutPossessive(w.text)))) score += W.placeLikeWord;
  if (words.some((w, i) => TITLE_WORDS.has(w.text) && !givenFirst(i))) score += W.titleInside;
  // Where every noun is capitalized, two capitalized words are a noun and a name as often as a name:
  // without a given name, a title or an honorific to open it, a pair needs more evidence.
  if (capitalizesNouns() && multi && !ctx.givenNames.has(first.text) && candidate.title.length === 0)
    score += W.nounFirst;
  return score;
}

/** "Tony Blair and Bertie Ahern": a candidate listed with a person is likely one too. */
export function coordinatedWith(
  tokens: Token[],
  candidate: PersonCandidate,
  isPersonAt: (tokenIndex: number) => boolean,
): boolean {
  const { first, last } = candidate.run;
  const before = tokens[first - 1]?.text;
  const after = tokens[last + 1]?.text;
  if ((before === 'and' || before === 'or' || before === ',') && isPersonAt(first - 2)) return true;
  return (after === 'and' || after === 'or') && isPersonAt(last + 2);
}

/** "at Walter Reed", "near Hoa Lo": a name in a place's position names the place, whoever it honours. */
export function inPlacePosition(ctx: EvidenceContext, candidate: PersonCandidate): boolean {
  const last = candidate.words[candidate.words.length - 1];
  return LOCATIVE_PREPOSITIONS.has(ctx.tokens[candidate.run.first - 1]?.text ?? '') && !isPossessive(last?.text ?? '');
}

/** A title or an honorific before the name ("President …", "Mr …"): context no look-up overrules. */
export function hasTitleBefore(candidate: PersonCandidate): boolean {
  return candidate.honorific || candidate.title.some((t) => TITLE_HEADS.has(t.text));
}

// Turns capitalized runs into person candidates: splits a leading title off as the role
// ("Hungarian Prime Minister | Viktor Orbán") and strips words that cannot start a name.
import type { Token } from './tokens';
import type { NameRun } from './name-runs';
import { ROLE_NOUNS, TITLE_WORDS } from './tables/role-words';
import { AMBIGUOUS_GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from './tables/name-words';
import { CITIES, COUNTRIES, DEMONYMS, DIRECTIONS } from './tables/place-words';
import { GIVEN_NAMES } from './tables/given-names';
import { NON_PERSON_HEADS } from './tables/org-words';
import { capitalizesNouns, readingLanguage } from './tables/language';
import { MONTHS, NON_NAME_WORDS, WEEKDAYS } from './tables/common-words';
import { withoutPossessive } from './token-utils';

export interface PersonCandidate {
  /** The name's words, title removed ("Viktor", "Orbán"); possessive ending not included. */
  words: Token[];
  start: number;
  end: number;
  /** Title words inside the same run, before the name ("Hungarian", "Prime", "Minister"). */
  title: Token[];
  /** The title is (or ends with) an honorific: "Mr", "Dr"… */
  honorific: boolean;
  run: NameRun;
}

function isTitleWord(token: Token): boolean {
  if (TITLE_WORDS.has(token.text) || HONORIFICS.has(token.text)) return true;
  // "Presidents George H.W. Bush and Bill Clinton", "Senators Ted Cruz and Mike Lee": a plural title.
  return token.text.length > 4 && token.text.endsWith('s') && TITLE_WORDS.has(token.text.slice(0, -1));
}

function isNamePart(token: Token): boolean {
  return !isTitleWord(token) && !NAME_SUFFIXES.has(token.text) && !NAME_PARTICLES.has(token.text);
}

/** Words that cannot open a name: demonyms, calendar words, sentence openers ("Then Putin"). */
function cannotOpenName(token: Token, runStart: boolean): boolean {
  const lower = token.text.toLowerCase();
  if (DEMONYMS.has(token.text) || WEEKDAYS.has(lower)) return true;
  // "Mar Espinar": outside English, a given name that is also a month's short name still opens a name.
  if (MONTHS.has(lower) && !(readingLanguage() !== 'en' && GIVEN_NAMES.has(token.text))) return true;
  if (NAME_PARTICLES.has(token.text)) return true;
  return runStart && token.sentenceStart && NON_NAME_WORDS.has(lower) && !DIRECTIONS.has(token.text);
}

/** A word that ends no name: an organization's or place's head, or a word that is never a name. */
function endsNoName(token: Token): boolean {
  return NON_PERSON_HEADS.has(token.text) || NON_NAME_WORDS.has(token.text.toLowerCase());
}

function isPlaceNotName(token: Token): boolean {
  const word = withoutPossessive(token.text);
  return (COUNTRIES.has(word) || CITIES.has(word)) && !GIVEN_NAMES.has(word);
}

/** "Will McClay said…": a given name that is also a common word opens a name when a word follows it. */
function opensName(words: Token[]): boolean {
  return words.length > 1 && AMBIGUOUS_GIVEN_NAMES.has((words[0] as Token).text);
}

/** Where the title ends: the rightmost title word that still leaves a name after it. */
function titleLength(words: Token[]): number {
  for (let k = words.length - 2; k >= 0; k--) {
    if (!isTitleWord(words[k] as Token)) continue;
    // "Earl Hypolite", "Dean Smith": a given name that is also a title opens the name.
    if (k === 0 && opensName(words)) continue;
    if (words.slice(k + 1).some(isNamePart)) return k + 1;
  }
  return 0;
}

/** A role noun capitalized only because it opens the sentence ("Farmer Chad Smith said…"): a title. */
function sentenceRole(words: Token[]): boolean {
  const first = words[0];
  return words.length > 1 && first !== undefined && first.sentenceStart && ROLE_NOUNS.has(first.text.toLowerCase());
}

export function toPersonCandidate(run: NameRun): PersonCandidate | null {
  const split = titleLength(run.words) || (sentenceRole(run.words) ? 1 : 0);
  let title = run.words.slice(0, split);
  // "When President Donald Trump…": the sentence's opening word is not part of the title.
  while (title.length > 0 && !isTitleWord(title[0] as Token) && cannotOpenName(title[0] as Token, true))
    title = title.slice(1);
  let words = run.words.slice(split);
  let stripped = 0;
  while (words.length > 0 && !opensName(words) && cannotOpenName(words[0] as Token, split === 0 && stripped === 0)) {
    words = words.slice(1);
    stripped++;
  }
  // "премьер-министр Армении Никол Пашинян", "Russlands Außenminister …": a place in the genitive
  // before a name of two words or more belongs to the role before it.
  while (words.length > 2 && isPlaceNotName(words[0] as Token)) {
    title = [...title, words[0] as Token];
    words = words.slice(1);
  }
  // "пресс-секретарь Путина Дмитрий Песков": outside English, a word that is no given name, before a
  // given name that opens a name of two words, is what the name is said of (a genitive, a noun), not
  // part of it. English puts no such word there, but titles of works do ("Dear Evan Hansen").
  while (
    readingLanguage() !== 'en' &&
    words.length > 2 &&
    (words[0] as Token).text.length > 1 && // an initial opens a name ("C. Eugene Steuerle")
    !GIVEN_NAMES.has((words[0] as Token).text) &&
    GIVEN_NAMES.has((words[1] as Token).text) &&
    !NAME_PARTICLES.has((words[1] as Token).text)
  ) {
    title = [...title, words[0] as Token];
    words = words.slice(1);
  }
  // "für Justin Njinmah Platz machte": where every noun is capitalized, one may follow a name, and
  // a name in the genitive ends it ("Otto Rehhagels Zeiten").
  if (capitalizesNouns()) {
    while (words.length > 2 && endsNoName(words[words.length - 1] as Token)) words = words.slice(0, -1);
    const genitive = words.findIndex((w, k) => k > 0 && k < words.length - 1 && /\p{Ll}s$/u.test(w.text));
    if (genitive > 0) words = words.slice(0, genitive + 1);
  }
  // Calendar words after a name are not part of it ("Lavrov Tuesday").
  while (words.length > 1) {
    const lower = (words[words.length - 1] as Token).text.toLowerCase();
    if (!MONTHS.has(lower) && !WEEKDAYS.has(lower)) break;
    words = words.slice(0, -1);
  }
  if (words.length === 0) return null;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const lastText = withoutPossessive(last.text);
  // "Robert F. Kennedy Jr.": the period of a suffix or initial belongs to the name.
  const period = NAME_SUFFIXES.has(lastText) && last === run.words[run.words.length - 1] && run.trailingPeriod ? 1 : 0;
  const honorific = title.length > 0 && HONORIFICS.has((title[title.length - 1] as Token).text);
  return {
    words,
    start: first.start,
    end: last.start + lastText.length + period,
    title,
    honorific,
    run,
  };
}

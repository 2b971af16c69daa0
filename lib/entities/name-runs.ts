// Finds runs of capitalized words that could hold a personal name, with the particles, initials
// and suffixes names carry ("Ursula von der Leyen", "John F. Kennedy Jr.", "Lavrov’s").
import type { Token } from './tokens';
import {
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  PARTICLES_AFTER_GIVEN_NAME,
  PARTICLES_IN_PERSONAL_NAME,
  PARTICLES_NOT_FIRST,
} from './tables/name-words';
import { GIVEN_NAMES } from './tables/given-names';
import { isAllCaps, isCapWord, isPossessive, spaced } from './token-utils';

export interface NameRun {
  /** Word tokens of the run, in order (periods of initials left out). */
  words: Token[];
  /** Character span; a possessive ending is outside it. */
  start: number;
  end: number;
  possessive: boolean;
  /** The run's last token is the period of an initial or suffix ("Jr."). */
  trailingPeriod: boolean;
  /** Index of the first and last token of the run in the token list. */
  first: number;
  last: number;
}

const WITH_PERIOD = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Rev)$/u;

/** Arabic and French name prefixes written in lower case before a capital ("al-Burhan", "d’Estaing"). */
const PREFIXED_NAME = /^(?:al|el|ad|ar|as|at|az|an|ash|ad-|abu|bin|ibn|ben)[-‐]\p{Lu}|^d['’]\p{Lu}/u;

/** Initials written together, one token: "George H.W. Bush", "J.R.R. Tolkien". */
const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

function isNameWord(token: Token | undefined): token is Token {
  // French elided words ("L’", "d’") are tokens of their own (tokenize): they open no name.
  if (!token || !token.word || /['’]$/u.test(token.text)) return false;
  if (PREFIXED_NAME.test(token.text) || JOINED_INITIALS.test(token.text)) return true;
  return isCapWord(token) && !(isAllCaps(token.text) && !NAME_SUFFIXES.has(token.text));
}

/** Token `j` is an initial written with its period and a space ("D. H. Lawrence"): a capital and ".". */
function isSpacedInitial(tokens: Token[], j: number): boolean {
  const token = tokens[j];
  const period = tokens[j + 1];
  return token !== undefined && /^\p{Lu}$/u.test(token.text) && period?.text === '.' && period.start === token.end;
}

/** A word that opens a personal name: a given name, an honorific or an initial. */
function opensPersonalName(word: Token): boolean {
  return GIVEN_NAMES.has(word.text) || HONORIFICS.has(word.text) || /^\p{Lu}$/u.test(word.text);
}

/** Continues a run at token `j` (which follows `prev`; `words` so far): how many tokens join, 0 for none. */
function continuation(text: string, tokens: Token[], prev: Token, j: number, words: readonly Token[] = [prev]): number {
  const next = tokens[j];
  if (!next) return 0;
  if (next.text === '.' && next.start === prev.end && WITH_PERIOD.test(prev.text)) return 1;
  if (!spaced(text, prev, next)) return 0;
  if (isNameWord(next) || (prev.text === '.' && isSpacedInitial(tokens, j))) return 1;
  // Particles join only when a capitalized word follows them ("von der Leyen", "bin Salman").
  const particle = (tokens[j] as Token).text;
  if (PARTICLES_NOT_FIRST.has(particle)) return 0;
  // "Ecke von Christopher Trimmel", "Luisa Neubauer von Fridays": German "von" is a preposition
  // unless right after a given name ("Ursula von der Leyen"); French "de" unless the run opens a
  // personal name ("Valéry Giscard d’Estaing", not "Proche d’Édouard Philippe").
  if (PARTICLES_AFTER_GIVEN_NAME.has(particle) && !opensPersonalName(prev)) return 0;
  if (PARTICLES_IN_PERSONAL_NAME.has(particle) && !words.some(opensPersonalName)) return 0;
  let k = j;
  while (
    tokens[k] &&
    NAME_PARTICLES.has((tokens[k] as Token).text) &&
    spaced(text, tokens[k - 1] as Token, tokens[k] as Token)
  )
    k++;
  if (k > j && isNameWord(tokens[k]) && spaced(text, tokens[k - 1] as Token, tokens[k] as Token)) return k - j + 1;
  return 0;
}

export function findNameRuns(text: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i] as Token;
    // A name may open with initials ("D. H. Lawrence") when a name word follows them.
    const initials = isSpacedInitial(tokens, i) && (isSpacedInitial(tokens, i + 2) || isNameWord(tokens[i + 2]));
    if (!isNameWord(head) && !initials) {
      i++;
      continue;
    }
    const words: Token[] = [head];
    let j = i;
    while (!isPossessive((tokens[j] as Token).text)) {
      const step = continuation(text, tokens, tokens[j] as Token, j + 1, words);
      if (step === 0) break;
      for (let k = j + 1; k <= j + step; k++) if ((tokens[k] as Token).word) words.push(tokens[k] as Token);
      j += step;
    }
    const lastWord = words[words.length - 1] as Token;
    const possessive = isPossessive(lastWord.text);
    runs.push({
      words,
      start: head.start,
      end: possessive ? lastWord.end - 2 : lastWord.end,
      possessive,
      trailingPeriod: (tokens[j] as Token).text === '.',
      first: i,
      last: j,
    });
    i = j + 1;
  }
  return runs;
}

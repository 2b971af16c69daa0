// Helpers over tokens shared by the entity finders: adjacency, possessives, years, look-ups.
import type { Token } from './tokens';

/** The two tokens are separated by exactly one space (no line break, no punctuation). */
export function spaced(text: string, a: Token, b: Token): boolean {
  // "l’" + "Otan", "d’" + "Estaing": an elided word leans on the next with no space between.
  if (b.start === a.end && /['’]$/u.test(a.text)) return true;
  if (b.start - a.end !== 1) return false;
  const gap = text.charAt(a.end);
  return gap === ' ' || gap === '\u00a0';
}

/** "Lavrov’s" → "Lavrov"; other tokens unchanged. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isPossessive(word: string): boolean {
  return /\p{L}['’]s$/u.test(word);
}

/** A plausible year of modern history written alone ("1991", "2022"). */
export function isYear(token: Token | undefined): boolean {
  if (!token || !/^\d{4}$/.test(token.text)) return false;
  const year = Number(token.text);
  return year >= 1700 && year <= 2100;
}

/** Upper-case throughout with at least two letters ("CSTO", "OSCE", "U.S."). */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word.replace(/['’]s$/u, ''));
}

const foldedForms = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

/** Lower-cased, accent-insensitive form for comparisons (memoized: the same words come back often). */
export function fold(s: string): string {
  let out = foldedForms.get(s);
  if (out === undefined) {
    out = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
    if (foldedForms.size > FOLD_CACHE_LIMIT) foldedForms.clear();
    foldedForms.set(s, out);
  }
  return out;
}

/** A token is a word that begins with a capital letter. */
export function isCapWord(token: Token | undefined): token is Token {
  return token !== undefined && token.word && token.cap;
}

/** An acronym as news writes them: "CSTO", "AfCFTA", "OPEC+", "U.N." (mostly capitals, two at least). */
export function isAcronym(word: string): boolean {
  const upper = word.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = word.match(/\p{Ll}/gu)?.length ?? 0;
  return /^\p{Lu}[\p{L}.&+-]*$/u.test(word) && upper >= 2 && upper > lower;
}

/** Capital letters of an acronym, the letters to compare with a name's initials. */
export function acronymLetters(word: string): string {
  return word.replace(/[^\p{Lu}]/gu, '');
}

const CONNECTORS = new Set(['of', 'on', 'for', 'the', 'and', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'et']);

/** Initials of a name's words and hyphenated parts, connectors left out ("Co-operation" gives C and O). */
export function nameInitials(words: string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w))
    .flatMap((w) => w.split(/[-‐–]/))
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

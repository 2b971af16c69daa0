// Helpers over tokens shared by the entity finders: adjacency, possessives, years, look-ups.
import type { Token } from './tokens';

/** The two tokens are separated by exactly one space (no line break, no punctuation). */
export function spaced(text: string, a: Token, b: Token): boolean {
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

/** Lower-cased, accent-insensitive form for comparisons. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/** A token is a word that begins with a capital letter. */
export function isCapWord(token: Token | undefined): token is Token {
  return token !== undefined && token.word && token.cap;
}

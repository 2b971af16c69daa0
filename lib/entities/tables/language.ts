// The language the engine is reading, and word tables that answer for it: one engine, one table per
// concern, each with an entry per language (English's, or English's plus the language's own words).
import { LANGUAGE_WORDS, type LanguageWords } from './language-words';
import type { ReadLanguage } from '../read-language';
import { wordSet } from './words';

export type { ReadLanguage } from '../read-language';

let active: ReadLanguage = 'en';

/** The language being read. */
export function readingLanguage(): ReadLanguage {
  return active;
}

/**
 * Runs `read` with the tables answering for `lang`. Entity finding is one synchronous call, so a
 * language set around it cannot leak into another page's reading; the previous one comes back after.
 */
export function inLanguage<T>(lang: ReadLanguage, read: () => T): T {
  const previous = active;
  active = lang;
  try {
    return read();
  } finally {
    active = previous;
  }
}

/** The reading language capitalizes every noun (German): a capitalized word after a name may be a noun. */
export function capitalizesNouns(): boolean {
  return LANGUAGE_WORDS[active]?.capitalizesNouns === true;
}

export interface WordTable {
  has(word: string): boolean;
}

export interface WordMap<V> extends WordTable {
  get(word: string): V | undefined;
}

type WordKey = {
  [K in keyof LanguageWords]-?: LanguageWords[K] extends string | undefined ? K : never;
}[keyof LanguageWords];

/**
 * A value per language, built from the language's words on first use in it and kept: the one cache
 * behind every table below (English's value is given, not built).
 */
export function perActiveLanguage<T>(english: T, build: (words: LanguageWords) => T): () => T {
  const built = new Map<ReadLanguage, T>([['en', english]]);
  return () => {
    let value = built.get(active);
    if (value === undefined) {
      value = build(LANGUAGE_WORDS[active] ?? {});
      built.set(active, value);
    }
    return value;
  };
}

/**
 * A word table per language. `extend`: the language's words are added to English's (names, places,
 * titles appear in any language's news); otherwise they replace them (function words: English "of" is
 * no connector in a French sentence). `suffixes`: the table's endings in a language that writes
 * compounds ("Außenministerin" ends with "ministerin"): a longer capitalized word ending so belongs to
 * the table too.
 */
export function perLanguage(
  english: ReadonlySet<string>,
  key: WordKey,
  extend: boolean,
  suffixes?: WordKey,
): WordTable {
  const table = perActiveLanguage<{ set: ReadonlySet<string>; endings: string[] }>(
    { set: english, endings: [] },
    (words) => {
      const own = wordSet(words[key] ?? '');
      const endings = suffixes ? [...wordSet(words[suffixes] ?? '')] : [];
      return { set: extend ? new Set([...english, ...own]) : own, endings };
    },
  );
  return {
    has: (word) => {
      const { set, endings } = table();
      if (set.has(word)) return true;
      if (endings.length === 0 || !/^\p{Lu}/u.test(word)) return false;
      const lower = word.toLowerCase();
      return endings.some((e) => lower.endsWith(e));
    },
  };
}

/** A map from word to value per language (month numbers, agreement subtypes), added to English's. */
export function perLanguageMap<V>(
  english: ReadonlyMap<string, V>,
  own: (words: LanguageWords) => ReadonlyMap<string, V> | undefined,
  extend = true,
): WordMap<V> {
  const table = perActiveLanguage<ReadonlyMap<string, V>>(english, (words) => {
    const map = own(words) ?? new Map<string, V>();
    return extend ? new Map([...english, ...map]) : map;
  });
  return { has: (word) => table().has(word), get: (word) => table().get(word) };
}

/** A list per language (surname endings), English's and the language's own. */
export function perLanguageList(english: readonly string[], key: WordKey): () => readonly string[] {
  return perActiveLanguage(english, (words) => [...english, ...(words[key] ?? '').split(/\s+/).filter(Boolean)]);
}

/** "name:value name:value" pairs as a map (month names and their numbers, heads and their subtypes). */
export function pairMap<V>(pairs: string | undefined, value: (raw: string) => V): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const pair of (pairs ?? '').split(/\s+/).filter(Boolean)) {
    const at = pair.lastIndexOf(':');
    map.set(pair.slice(0, at), value(pair.slice(at + 1)));
  }
  return map;
}

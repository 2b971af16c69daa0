// The languages the entity finder reads, and the one a page is read in. Kept apart from the word
// tables so the page's own script can choose a language without carrying every language's words.

export type ReadLanguage = 'en' | 'fr' | 'de' | 'es' | 'ru';

/** Languages the entity finder reads; English is the default for pages that declare none. */
export const READ_LANGUAGES: ReadonlySet<string> = new Set<ReadLanguage>(['en', 'fr', 'de', 'es', 'ru']);

/** The reading language of a page's declared or guessed language ("fr-CA" → "fr"); English otherwise. */
export function readLanguageOf(lang: string): ReadLanguage {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return READ_LANGUAGES.has(base) ? (base as ReadLanguage) : 'en';
}

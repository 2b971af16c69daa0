// Guesses an article's language from its most frequent function words, for pages that do not
// declare one (`<html>` without `lang`). Only the languages news pages most often come in.

/** Ten very frequent function words per language; source: general knowledge of each language. */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was']),
  es: new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'pour']),
  de: new Set(['der', 'die', 'und', 'das', 'ist', 'den', 'nicht', 'mit', 'sich', 'auf']),
  pt: new Set(['o', 'a', 'os', 'de', 'que', 'e', 'do', 'da', 'em', 'não']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'per', 'non', 'una', 'del', 'sono']),
  ru: new Set(['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'к']),
};

/** The language whose function words are most frequent in `text`, or "" when none stands out. */
export function guessLanguage(text: string): string {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  if (words.length < 20) return '';
  let best = '';
  let bestCount = 0;
  for (const [lang, set] of Object.entries(FUNCTION_WORDS)) {
    const count = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return bestCount / words.length >= 0.05 ? best : '';
}

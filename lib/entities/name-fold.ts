// The form two mentions of one name are compared in: folded, and in a language that inflects names
// reduced to what its forms share ("Лаврова", "Лавровым" → "лавров"; German "Putins" → "putin").
import { fold } from './token-utils';
import { readingLanguage } from './tables/language';
import { russianStem } from './tables/russian-forms';

/** A German genitive's -s after a name ("Putins Krieg"); a short word or "-ss" keeps its s. */
function germanStem(folded: string): string {
  return folded.length > 4 && folded.endsWith('s') && !folded.endsWith('ss') ? folded.slice(0, -1) : folded;
}

/** One name word as mentions of it are compared in the reading language. */
export function foldName(word: string): string {
  const folded = fold(word);
  switch (readingLanguage()) {
    case 'ru':
      return russianStem(folded);
    case 'de':
      return germanStem(folded);
    default:
      return folded;
  }
}

/** Russian patronymics ("Викторович", "Сергеевна"): a middle name the short form of a name leaves out. */
export function isPatronymic(word: string): boolean {
  return readingLanguage() === 'ru' && /(?:вич|вна|ична|ьич)(?:а|у|ем|ом|е|ы|ой|ой)?$/u.test(word);
}

/** A full name's words as its mentions are compared: folded, patronymics left out. */
export function nameKeyWords(words: readonly string[]): string[] {
  return words.filter((w) => !isPatronymic(w)).map(foldName);
}

/** A name of several words as its forms are compared ("Минские соглашения", "Минских соглашений"). */
export function foldPhrase(phrase: string): string {
  return phrase.split(/\s+/).map(foldName).join(' ');
}

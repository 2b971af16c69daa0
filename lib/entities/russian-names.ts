// A Russian name written only in an oblique case ("Владимира Путина", "с Марией Захаровой") back to the
// nominative a card looks up and shows: the given name tells the case and the gender, and the
// patronymic and surname are undone by the endings of that case.
import { RUSSIAN_GIVEN_NOMINATIVES } from './tables/lang-ru';
import { RUSSIAN_GIVEN_NAMES } from './tables/given-names-languages';

type Case = 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
type Gender = 'm' | 'f';

/** Names in -а/-я that are men's ("Никита Михалков", "Илья Яшин"). */
const MASCULINE_IN_A = new Set(
  'Никита Илья Фома Кузьма Лука Савва Данила Гаврила Саша Дима Миша Паша Коля Петя Вася Ваня Гоша Лёша Леша Серёжа Сережа Витя Костя Толя Юра Слава'.split(
    ' ',
  ),
);

/** The case forms of a given name, each with its case (the accusative of a man's name is its genitive). */
function taggedForms(nominative: string): Array<[string, Case, Gender]> {
  const stem = (n: number) => nominative.slice(0, nominative.length - n);
  const man = !/[ая]$/u.test(nominative) || MASCULINE_IN_A.has(nominative);
  const g: Gender = man ? 'm' : 'f';
  if (nominative.endsWith('ия'))
    return [[`${stem(2)}ии`, 'gen', g], [`${stem(2)}ию`, 'acc', g], [`${stem(2)}ией`, 'ins', g]];
  if (nominative.endsWith('а')) {
    const genitive = /[гкхжшчщ]а$/u.test(nominative) ? 'и' : 'ы';
    return [[`${stem(1)}${genitive}`, 'gen', g], [`${stem(1)}у`, 'acc', g], [`${stem(1)}ой`, 'ins', g], [`${stem(1)}е`, 'dat', g]];
  }
  if (nominative.endsWith('я'))
    return [[`${stem(1)}и`, 'gen', g], [`${stem(1)}ю`, 'acc', g], [`${stem(1)}ей`, 'ins', g], [`${stem(1)}е`, 'dat', g]];
  if (/[йь]$/u.test(nominative))
    return [[`${stem(1)}я`, 'gen', g], [`${stem(1)}ю`, 'dat', g], [`${stem(1)}ем`, 'ins', g], [`${stem(1)}е`, 'pre', g]];
  if (/[оеиуюэы]$/u.test(nominative)) return [];
  return [[`${nominative}а`, 'gen', g], [`${nominative}у`, 'dat', g], [`${nominative}ом`, 'ins', g], [`${nominative}е`, 'pre', g]];
} // prettier-ignore

let oblique: Map<string, { nominative: string; case: Case; gender: Gender }> | undefined;

/** Oblique form of a given name → its nominative, case and gender (built on first use). */
function obliqueGivenNames() {
  if (!oblique) {
    oblique = new Map();
    const names = `${RUSSIAN_GIVEN_NOMINATIVES} ${RUSSIAN_GIVEN_NAMES}`.split(/\s+/).filter(Boolean);
    const nominatives = new Set(names);
    // A form that is another name's nominative ("Никола") is left as written.
    for (const nominative of names)
      for (const [form, c, gender] of taggedForms(nominative))
        if (!oblique.has(form) && !nominatives.has(form)) oblique.set(form, { nominative, case: c, gender });
  }
  return oblique;
}

/** Replaces the first of `endings` the word has ("ского" → "ский"); the word unchanged when none. */
function undo(word: string, endings: Array<[string, string]>): string {
  for (const [from, to] of endings) if (word.length > from.length + 2 && word.endsWith(from)) return word.slice(0, -from.length) + to;
  return word;
} // prettier-ignore

/** A patronymic or surname in `c` back to the nominative, for a man or a woman. */
function nominativeOf(word: string, c: Case, gender: Gender): string {
  if (gender === 'f') {
    if (c === 'acc') return undo(word, [['скую', 'ская'], ['цкую', 'цкая'], ['у', 'а']]);
    return undo(word, [['ской', 'ская'], ['цкой', 'цкая'], ['ой', 'а'], ['вны', 'вна'], ['вне', 'вна'], ['чны', 'чна'], ['чне', 'чна']]);
  }
  const endings: Record<Case, [string, string]> = { gen: ['ого', 'а'], acc: ['ого', 'а'], dat: ['ому', 'у'], ins: ['им', 'ым'], pre: ['ом', 'е'] };
  const [adjective, ending] = endings[c];
  const cut = undo(word, [[`ск${adjective}`, 'ский'], [`цк${adjective}`, 'цкий']]);
  if (cut !== word) return cut;
  if (c === 'ins') return undo(word, [['ым', ''], ['ом', ''], ['ем', '']]);
  return /[бвгджзклмнпрстфхцчшщ]$/u.test(word.slice(0, -1)) ? undo(word, [[ending, '']]) : word;
} // prettier-ignore

/**
 * The nominative of a Russian full name whose given name is in an oblique case ("Владимира Путина" →
 * "Владимир Путин"), or null when its first word is no given name's oblique form.
 */
export function russianNominative(name: string): string | null {
  const words = name.split(/\s+/);
  const found = obliqueGivenNames().get(words[0] ?? '');
  if (!found || words.length < 2) return null;
  return [found.nominative, ...words.slice(1).map((w) => nominativeOf(w, found.case, found.gender))].join(' ');
}

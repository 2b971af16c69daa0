// Russian declines names: "Лавров", "Лаврова", "Лаврову", "Лавровым" are one man. The tables list
// nominatives and get every case form from here; mentions are compared by their stem.

/** Case endings by the nominative's ending: what replaces it in genitive, dative, accusative, instrumental, prepositional. */
const ENDINGS: Array<[RegExp, string, string[]]> = [
  [/ия$/u, 'ия', ['ии', 'ию', 'ией', 'иею']],
  [/ая$/u, 'ая', ['ой', 'ую']],
  [/ий$/u, 'ий', ['ого', 'ому', 'им', 'ом', 'ия', 'ию', 'ием', 'ии']],
  [/ый$/u, 'ый', ['ого', 'ому', 'ым', 'ом']],
  [/ой$/u, 'ой', ['ого', 'ому', 'ым', 'ом']],
  [/й$/u, 'й', ['я', 'ю', 'ем', 'е']],
  [/а$/u, 'а', ['ы', 'и', 'е', 'у', 'ой', 'ою']],
  [/я$/u, 'я', ['и', 'е', 'ю', 'ей', 'ею']],
  [/ь$/u, 'ь', ['я', 'ю', 'ем', 'е', 'и', 'ью']],
  [/[оеиуюэы]$/u, '', []], // indeclinable: "Шевченко", "Гёте"
];

/** Every case form of a Russian noun or name in the nominative (the nominative included). */
export function russianForms(nominative: string): string[] {
  for (const [pattern, ending, replacements] of ENDINGS) {
    if (!pattern.test(nominative)) continue;
    const stem = nominative.slice(0, nominative.length - ending.length);
    return [nominative, ...replacements.map((r) => stem + r)];
  }
  // A consonant: "Путин", "Лавров", "Пашинян"; surnames in -ов/-ев/-ин take -ым in the instrumental.
  const instrumental = /(?:ов|ев|ёв|ин|ын)$/u.test(nominative) ? 'ым' : 'ом';
  return [nominative, ...['а', 'у', instrumental, 'е'].map((e) => nominative + e)];
}

/** Every case form of each nominative in a space-separated list, as one space-separated list. */
export function withRussianForms(nominatives: string): string {
  return nominatives.split(/\s+/).filter(Boolean).flatMap(russianForms).join(' ');
}

/**
 * Endings stripped to compare two written forms of a Russian name, longest first. No "-ей": it would
 * cut "Сергей" to "серг" while "Сергея" gives "серге".
 */
const CASE_ENDINGS = [
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ией', 'иею', 'ием', 'ой', 'ий', 'ый', 'ую', 'юю', 'ым',
  'им', 'ом', 'ем', 'ию', 'ии', 'ия', 'ою', 'ею', 'ие', 'ые', 'ая', 'ое', 'их', 'ых', 'ям', 'ями', 'ях',
  'иям', 'иями', 'иях', 'ам', 'ами', 'ах',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'й', 'ь',
]; // prettier-ignore

/** Longest first, so "-иями" is cut before "-ями" and "-и". */
const BY_LENGTH = [...CASE_ENDINGS].sort((a, b) => b.length - a.length);

/** The stem two case forms of one Russian name share ("лаврова", "лавровым" → "лавров"); other words unchanged. */
export function russianStem(folded: string): string {
  if (!/[\u0400-\u04ff]$/u.test(folded)) return folded;
  for (const ending of BY_LENGTH) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 3) return folded.slice(0, -ending.length);
  }
  return folded;
}

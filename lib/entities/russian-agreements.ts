// A Russian agreement named by a place adjective and its head, in the case the text gives it ("о
// Пражском заявлении", "Минских соглашений"), back to the nominative its Wikipedia article is titled
// in ("Пражское заявление", "Минские соглашения"): the adjective says the number, the head the gender.

type Gender = 'm' | 'f' | 'n';

/** Heads in the nominative singular, with their gender and the subtype of agreement they name. */
const HEADS: Array<[string, Gender, string]> = [
  ['договор', 'm', 'treaty'], ['протокол', 'm', 'protocol'], ['пакт', 'm', 'pact'], ['формат', 'm', 'format'],
  ['меморандум', 'm', 'memorandum'], ['документ', 'm', 'declaration'], ['акт', 'm', 'declaration'],
  ['устав', 'm', 'charter'], ['соглашение', 'n', 'agreement'], ['заявление', 'n', 'declaration'],
  ['партнерство', 'n', 'agreement'], ['партнёрство', 'n', 'agreement'], ['обязательство', 'n', 'agreement'],
  ['декларация', 'f', 'declaration'], ['конвенция', 'f', 'convention'], ['хартия', 'f', 'charter'],
  ['инициатива', 'f', 'initiative'], ['поправка', 'f', 'protocol'],
  ['договорённость', 'f', 'agreement'], ['договоренность', 'f', 'agreement'],
]; // prettier-ignore

interface HeadForm {
  singular: string;
  plural: string;
  gender: Gender;
  subtype: string;
  /** The form is plural only (or singular only); undefined when it can be either. */
  number?: 'sg' | 'pl';
}

/** Every case form of each head → its nominatives and gender. */
const FORMS = new Map<string, HeadForm>();
for (const [head, gender, subtype] of HEADS) {
  let singular: string[];
  let plural: string[];
  if (gender === 'm') {
    singular = [head, `${head}а`, `${head}у`, `${head}ом`, `${head}е`];
    plural = [`${head}ы`, `${head}ов`, `${head}ам`, `${head}ами`, `${head}ах`];
  } else if (gender === 'n' && head.endsWith('во')) {
    const stem = head.slice(0, -1);
    singular = [head, `${stem}а`, `${stem}у`, `${stem}ом`, `${stem}е`];
    plural = [`${stem}а`, stem, `${stem}ам`, `${stem}ами`, `${stem}ах`];
  } else if (gender === 'n') {
    const stem = head.slice(0, -1);
    singular = [head, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}и`];
    plural = [`${stem}я`, `${stem}й`, `${stem}ям`, `${stem}ями`, `${stem}ях`];
  } else if (head.endsWith('ь')) {
    const stem = head.slice(0, -1);
    singular = [head, `${stem}и`, `${stem}ью`];
    plural = [`${stem}и`, `${stem}ей`, `${stem}ям`, `${stem}ями`, `${stem}ях`];
  } else if (head.endsWith('ия')) {
    const stem = head.slice(0, -1);
    singular = [head, `${stem}и`, `${stem}ю`, `${stem}ей`];
    plural = [`${stem}и`, `${stem}й`, `${stem}ям`, `${stem}ями`, `${stem}ях`];
  } else {
    // "инициатива", "поправка": -ы (-и after к, г, х) in the genitive, -е in the dative and prepositional.
    const stem = head.slice(0, -1);
    const y = /[кгхжшчщ]$/u.test(stem) ? 'и' : 'ы';
    singular = [head, `${stem}${y}`, `${stem}е`, `${stem}у`, `${stem}ой`];
    plural = [`${stem}${y}`, stem, `${stem}ам`, `${stem}ами`, `${stem}ах`];
  }
  const nominativePlural = plural[0] as string;
  for (const form of singular)
    FORMS.set(form, { singular: head, plural: nominativePlural, gender, subtype, number: 'sg' });
  for (const form of plural) {
    const both = FORMS.has(form);
    FORMS.set(form, { singular: head, plural: nominativePlural, gender, subtype, ...(both ? {} : { number: 'pl' }) });
  }
}

/** A head's form ("договора", "Инициативой"), its nominatives and subtype; undefined for other words. */
export function russianHead(word: string): HeadForm | undefined {
  return FORMS.get(word.toLowerCase());
}

const ADJECTIVE_ENDING = /(ыми|ими|ого|его|ому|ему|ая|яя|ое|ее|ые|ие|ый|ий|ой|ую|юю|ых|их|ым|им|ом|ем)$/u;
const PLURAL_ADJECTIVE = /(?:ые|ие|ых|их|ыми|ими)$/u;

/** The adjective in the nominative for a head of `gender` (or plural), from any of its forms. */
function adjectiveNominative(adjective: string, gender: Gender | 'pl'): string {
  const stem = adjective.replace(ADJECTIVE_ENDING, '');
  const soft = /[кгхжшчщ]$/u.test(stem);
  const ending = { pl: soft ? 'ие' : 'ые', m: soft ? 'ий' : 'ый', f: 'ая', n: 'ое' }[gender];
  return stem + ending;
}

/**
 * "Пражском заявлении" → "Пражское заявление", "Минских соглашений" → "Минские соглашения"; null
 * when the name is not an adjective and a head this knows.
 */
export function russianAgreementNominative(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length !== 2) return null;
  const [adjective, head] = words as [string, string];
  const form = FORMS.get(head);
  if (!form || !ADJECTIVE_ENDING.test(adjective)) return null;
  // "-им"/"-ым" is a dative plural or an instrumental singular: the head's form decides.
  const plural = form.number === 'pl' || (form.number !== 'sg' && PLURAL_ADJECTIVE.test(adjective));
  return plural
    ? `${adjectiveNominative(adjective, 'pl')} ${form.plural}`
    : `${adjectiveNominative(adjective, form.gender)} ${form.singular}`;
}

// Words that shape personal names: particles inside names, honorifics before them, suffixes after
// them, and surname endings typical of many languages. Source: written for Backstory from
// naming conventions (Dutch/German/Romance particles, Arabic nasab, Slavic/Armenian/Georgian
// surname suffixes); each entry is a signal, never proof.
import { wordSet } from './words';
import { perLanguage, perLanguageList } from './language';

/** Lower-case words that may sit inside a name between capitalized parts ("von der Leyen"). */
const ENGLISH_NAME_PARTICLES: ReadonlySet<string> = wordSet(
  'von van der den de del della dei di da das dos do du le la bin bint ibn ben zu af ap ter ten y e al el',
);

/** Honorifics: the next capitalized word is a person ("Mr Blunkett", "Dr. Tedros"). */
const ENGLISH_HONORIFICS: ReadonlySet<string> = wordSet(
  'Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Professor Madam Monsieur Herr Frau Señor Señora',
);

/** Generational suffixes that belong to the name ("Martin Luther King Jr."). */
export const NAME_SUFFIXES = wordSet('Jr Sr II III IV');

/** Surname endings: a capitalized word ending so is probably a family name (weak evidence). */
const ENGLISH_SURNAME_ENDINGS = [
  'ov', 'ova', 'ev', 'eva', 'yov', 'sky', 'ski', 'ska', 'skaya', 'enko', 'chuk', 'yuk',
  'vich', 'vič', 'vić', 'ić', 'yan', 'ian', 'dze', 'shvili', 'adze', 'oğlu', 'oglu', 'zadeh', 'pour',
  'escu', 'poulos', 'akis', 'idis', 'opoulos', 'ez', 'sson', 'sen', 'berg', 'stein', 'mann', 'wicz',
  'czyk', 'ović', 'ovich', 'ishvili', 'yev', 'yeva', 'iyev', 'iyeva',
] as const; // prettier-ignore

/** Words that, before a name, place it rather than name a person's context ("at Roland Garros"). */
const ENGLISH_LOCATIVE_PREPOSITIONS: ReadonlySet<string> = wordSet('at in near outside inside across');

/** Nouns that, after a possessive, show its owner is a person ("Guardiola’s side", "Lavrov’s wife"). */
const ENGLISH_PERSONAL_NOUNS: ReadonlySet<string> = wordSet(`
wife husband son daughter sons daughters mother father brother sister family parents children
widow lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides side
biographer bodyguard chief-of-staff successor predecessor grandson granddaughter fiancée fiancé
girlfriend boyfriend teammate teammates coach agent
`);

/** Family names that East Asian names put first ("Xi Jinping" → "Xi", "Son Heung-min" → "Son"). */
export const FAMILY_NAME_FIRST = wordSet(`
Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
Yao Lu Jiang Cui Zhong Tan Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Han Oh Seo Kwon Hwang
Ahn Song Yoo Hong Jeon Ko Moon Son Yang Bae Baek Heo Nam Shim Noh Ha Kwak Sung Cha Joo Woo Min Ryu
Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Hun
`);

/**
 * Given names that as a capitalized word alone are more often a law, a verb, a country, a title or a
 * virtue ("Bill", "Will", "Chad", "Earl", "Grace"): a name only before a surname, and then no evidence of
 * one by itself. Words that open organizations' names as often ("Marine Corps", "Christian Science
 * Monitor", "Crystal Palace") are left out: before a surname they are no name here.
 */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(
  'Bill Will Chad Earl Earle Dean Mark Frank Gene Rich Rob Pat Sue Drew Guy Grace Wade Dick'.split(' '),
);

/** Name particles, with the reading language's own. */
export const NAME_PARTICLES = perLanguage(ENGLISH_NAME_PARTICLES, 'nameParticles', true);

/** Honorifics, with the reading language's own ("M.", "Frau", "Sra."). */
export const HONORIFICS = perLanguage(ENGLISH_HONORIFICS, 'honorifics', true);

/** Locative prepositions of the reading language. */
export const LOCATIVE_PREPOSITIONS = perLanguage(ENGLISH_LOCATIVE_PREPOSITIONS, 'locativePrepositions', false);

/** Personal nouns after a possessive, with the reading language's own. */
export const PERSONAL_NOUNS = perLanguage(ENGLISH_PERSONAL_NOUNS, 'personalNouns', true);

/** Particles that never open a particle sequence in the reading language (German "der" outside "von der"). */
export const PARTICLES_NOT_FIRST = perLanguage(new Set(), 'particlesNotFirst', false);

/** Particles that join a name only after a given name in the reading language (German "von"). */
export const PARTICLES_AFTER_GIVEN_NAME = perLanguage(new Set(), 'particlesAfterGivenName', false);

/** Particles that join a name only in a run a given name, honorific or initial opens (French "de"). */
export const PARTICLES_IN_PERSONAL_NAME = perLanguage(new Set(), 'particlesInPersonalName', false);

/** Surname endings, with the reading language's own (Cyrillic "-ов", "-ян"). */
export const surnameEndings = perLanguageList(ENGLISH_SURNAME_ENDINGS, 'surnameEndings');

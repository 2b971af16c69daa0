// The words each language adds to (or puts in place of) the English tables, by table. English's own
// tables stay in their modules; French, German, Spanish and Russian bring theirs from one file each.
import { FRENCH } from './lang-fr';
import { GERMAN } from './lang-de';
import { SPANISH } from './lang-es';
import { RUSSIAN } from './lang-ru';

import type { ReadLanguage } from '../read-language';

/** Space-separated words per table; "word:value" pairs where the table maps words to values. */
export interface LanguageWords {
  /** Capitalized only because they open a sentence: never a name's first word. */
  nonNameWords?: string;
  /** Month names (every case form) with their numbers: "janvier:1", "января:1". */
  months?: string;
  weekdays?: string;
  speechVerbs?: string;
  /** Auxiliaries between a name and its verb of speech ("a" in "Macron a déclaré"). */
  speechAuxiliaries?: string;
  titleWords?: string;
  titleHeads?: string;
  /** Endings of compound titles ("Außenministerin", "Regierungssprecher"): a word ending so is a title. */
  titleSuffixes?: string;
  roleNouns?: string;
  roleModifiers?: string;
  honorifics?: string;
  nameParticles?: string;
  personalNouns?: string;
  locativePrepositions?: string;
  countries?: string;
  cities?: string;
  demonyms?: string;
  directions?: string;
  nonPersonHeads?: string;
  /** Endings of compound organization and place names ("Bundesregierung", "Friedrich-Ebert-Stiftung"). */
  nonPersonSuffixes?: string;
  /** Capitalized agreement heads with their subtypes: "Traité:treaty". */
  agreementHeads?: string;
  /** Lower-case heads that open a named agreement before a capitalized name ("accord de Paris"). */
  headFirstAgreements?: string;
  /** Lower-case heads after an adjective made from a place ("Минские соглашения", "Prager Erklärung"). */
  adjectiveAgreementHeads?: string;
  tailOpeners?: string;
  tailConnectors?: string;
  givenNames?: string;
  surnameEndings?: string;
  /** The language's "of", "and"/"or", articles, "who" and "according to" (one-word forms). */
  ofWords?: string;
  andWords?: string;
  articles?: string;
  relativeWho?: string;
  accordingTo?: string;
}

export const LANGUAGE_WORDS: Partial<Record<ReadLanguage, LanguageWords>> = {
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
  ru: RUSSIAN,
};

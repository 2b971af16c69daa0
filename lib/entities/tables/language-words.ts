// The words each language adds to (or puts in place of) the English tables, by table. English's own
// tables stay in their modules; French, German, Spanish and Russian bring theirs from one file each.
import { FRENCH } from './lang-fr';
import { GERMAN } from './lang-de';
import { SPANISH } from './lang-es';
import { RUSSIAN } from './lang-ru';
import {
  FRENCH_GIVEN_NAMES,
  GERMAN_GIVEN_NAMES,
  RUSSIAN_GIVEN_NAMES,
  SPANISH_GIVEN_NAMES,
} from './given-names-languages';
import { withRussianForms } from './russian-forms';

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
  /** Every noun is capitalized: a capitalized word after a name may be a noun, not a name. */
  capitalizesNouns?: boolean;
  /** Particles that join a name only after a given name ("Ursula von der Leyen", never "Ecke von Christopher …"). */
  particlesAfterGivenName?: string;
  /** Particles that join a name only in a run a given name opens ("Valéry Giscard d’Estaing", not "Proche d’…"). */
  particlesInPersonalName?: string;
  /** Particles that join a name only after another ("der" in "von der Leyen", never "Reform der …"). */
  particlesNotFirst?: string;
  personalNouns?: string;
  locativePrepositions?: string;
  /** Lower-case heads right before a name that make it a place's or body's ("aeropuerto Adolfo Suárez"). */
  placeHeadsBefore?: string;
  countries?: string;
  cities?: string;
  demonyms?: string;
  directions?: string;
  nonPersonHeads?: string;
  /** Endings of compound organization and place names ("Bundesregierung", "Friedrich-Ebert-Stiftung"). */
  nonPersonSuffixes?: string;
  /** Capitalized agreement heads with their subtypes: "Traité:treaty". */
  agreementHeads?: string;
  /** Endings of compound agreement heads with their subtypes ("abkommen:agreement" for "Klimaabkommen"). */
  agreementSuffixes?: string;
  /** Lower-case heads that open a named agreement before a capitalized name ("accord de Paris"). */
  headFirstAgreements?: string;
  /** Lower-case heads after an adjective made from a place ("Минские соглашения", "Prager Erklärung"). */
  adjectiveAgreementHeads?: string;
  /** Heads before a quoted name ("l’initiative « Carrefour de la paix »", "формата «3+3»"). */
  quotedHeadsBefore?: string;
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

/** French, German and Spanish news name each other's people: their given names serve all three. */
const LATIN_GIVEN_NAMES = [
  ...[FRENCH, GERMAN, SPANISH].map((words) => words.givenNames ?? ''),
  FRENCH_GIVEN_NAMES,
  GERMAN_GIVEN_NAMES,
  SPANISH_GIVEN_NAMES,
].join(' ');

export const LANGUAGE_WORDS: Partial<Record<ReadLanguage, LanguageWords>> = {
  fr: { ...FRENCH, givenNames: LATIN_GIVEN_NAMES },
  de: { ...GERMAN, givenNames: LATIN_GIVEN_NAMES },
  es: { ...SPANISH, givenNames: LATIN_GIVEN_NAMES },
  ru: { ...RUSSIAN, givenNames: `${RUSSIAN.givenNames ?? ''} ${withRussianForms(RUSSIAN_GIVEN_NAMES)}` },
};

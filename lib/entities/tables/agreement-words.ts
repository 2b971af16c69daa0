// The vocabulary of agreements and of the organizations treaties created.
// Source: written for Backstory from the kinds of instruments international news names, and a short
// gazetteer of treaty organizations and alliances whose names or acronyms carry no head word.
import { wordSet } from './words';
import { pairMap, perActiveLanguage, perLanguage, perLanguageMap } from './language';

/** Capitalized heads that end (or, with "of"/"on", start) an agreement's name. Value: subtype. */
const ENGLISH_AGREEMENT_HEADS: ReadonlyMap<string, string> = new Map([
  ['Declaration', 'declaration'], ['Declarations', 'declaration'], ['Treaty', 'treaty'],
  ['Treaties', 'treaty'], ['Accord', 'accord'], ['Accords', 'accord'], ['Agreement', 'agreement'],
  ['Agreements', 'agreement'], ['Statute', 'statute'], ['Pact', 'pact'], ['Convention', 'convention'],
  ['Conventions', 'convention'], ['Protocol', 'protocol'], ['Protocols', 'protocol'],
  ['Charter', 'charter'], ['Deal', 'deal'], ['Initiative', 'initiative'], ['Memorandum', 'memorandum'],
  ['Plan', 'plan'], ['Framework', 'framework'], ['Compact', 'compact'], ['Format', 'format'],
  ['Communiqué', 'declaration'], ['Communique', 'declaration'], ['Understanding', 'memorandum'],
  ['Arrangement', 'arrangement'], ['Regulations', 'regulations'], ['Shield', 'framework'], ['Arrangements', 'arrangement'], ['Roadmap', 'roadmap'],
]); // prettier-ignore

/** Lower-case heads after a quoted name ("“Crossroads of Peace” initiative", "the “3+3” format"). */
export const QUOTED_HEADS = wordSet(`
initiative initiatives format formats plan deal agreement accord accords treaty declaration process
platform framework pact program programme roadmap formula compact protocol charter memorandum
project corridor vision
`);

/** Lower-case heads of named deals written in lower case ("the Iran nuclear deal"). */
export const LOWER_DEAL_HEADS = wordSet('deal deals accord accords agreement agreements treaty pact');

/** Lower-case words that may sit between the proper name and the head of such a deal. */
export const DEAL_MODIFIERS = wordSet(`
nuclear climate peace trade grain gas oil arms ceasefire truce security defence defense migration
withdrawal debt border energy investment fishing data tariff customs free-trade partnership
association cooperation co-operation normalization normalisation hostage prisoner water
`);

/** Words after an agreement's name that make it an organization's ("Treaty Organization"). */
export const TREATY_ORG_HEADS = wordSet('Organization Organisation Alliance Union Community League Bloc Commonwealth');

/**
 * Treaty organizations, alliances and agreements known by a bare name or acronym. Each entry:
 * names and acronyms that refer to it, then its kind and subtype.
 */
export const KNOWN_TREATY_BODIES: ReadonlyArray<{ names: string[]; kind: 'agreement' | 'organization'; subtype: string }> = [
  { names: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'NATO', 'Nato'], kind: 'organization', subtype: 'alliance' },
  { names: ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation', 'CSTO'], kind: 'organization', subtype: 'alliance' },
  { names: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'OSCE'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['European Union', 'EU'], kind: 'organization', subtype: 'union' },
  { names: ['United Nations', 'UN', 'U.N.'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Association of Southeast Asian Nations', 'ASEAN', 'Asean'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['African Union'], kind: 'organization', subtype: 'union' },
  { names: ['Arab League', 'League of Arab States'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Organization of the Petroleum Exporting Countries', 'OPEC', 'Opec'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['OPEC+', 'Opec+'], kind: 'organization', subtype: 'alliance' },
  { names: ['Mercosur', 'Mercosul'], kind: 'organization', subtype: 'trade bloc' },
  { names: ['Gulf Cooperation Council', 'GCC'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Commonwealth of Independent States', 'CIS'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Eurasian Economic Union', 'EAEU'], kind: 'organization', subtype: 'union' },
  { names: ['Council of Europe'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Organization of American States', 'OAS'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Economic Community of West African States', 'ECOWAS', 'Ecowas'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Intergovernmental Authority on Development', 'IGAD'], kind: 'organization', subtype: 'treaty organization' },
  { names: ['Warsaw Pact'], kind: 'organization', subtype: 'alliance' },
  { names: ['AUKUS', 'Aukus'], kind: 'agreement', subtype: 'pact' },
  { names: ['Joint Comprehensive Plan of Action', 'JCPOA', 'Iran nuclear deal'], kind: 'agreement', subtype: 'plan' },
  { names: ['New START'], kind: 'agreement', subtype: 'treaty' },
  { names: ['North American Free Trade Agreement', 'NAFTA', 'Nafta'], kind: 'agreement', subtype: 'agreement' },
  { names: ['United States–Mexico–Canada Agreement', 'USMCA'], kind: 'agreement', subtype: 'agreement' },
  { names: ['Treaty on the Non-Proliferation of Nuclear Weapons', 'Non-Proliferation Treaty', 'NPT'], kind: 'agreement', subtype: 'treaty' },
  { names: ['Comprehensive Nuclear-Test-Ban Treaty', 'CTBT'], kind: 'agreement', subtype: 'treaty' },
  { names: ['General Agreement on Tariffs and Trade', 'GATT'], kind: 'agreement', subtype: 'agreement' },
  { names: ['Trans-Pacific Partnership', 'TPP'], kind: 'agreement', subtype: 'agreement' },
  { names: ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership', 'CPTPP'], kind: 'agreement', subtype: 'agreement' },
  { names: ['Regional Comprehensive Economic Partnership', 'RCEP'], kind: 'agreement', subtype: 'agreement' },
  { names: ['Comprehensive Economic and Trade Agreement', 'CETA'], kind: 'agreement', subtype: 'agreement' },
]; // prettier-ignore

/** Words that make an acronym-defined name a treaty body rather than any organization (FBI, NRA). */
export const TREATY_ORG_MARKERS = wordSet(`
Treaty Cooperation Co-operation Nations Alliance Union Community League Commonwealth Countries
Atlantic Pact Intergovernmental
`);

/** Heads an acronym-defined treaty body's name ends with (or opens with, before "of"/"for"). */
export const TREATY_BODY_HEADS = wordSet(`
Organization Organisation Alliance Union Community League Council Group Bloc Commonwealth
Association Forum Pact Conference Authority Agency Bank Fund Court Commission Assembly
`);

/**
 * Regional bodies without a head word of their own ("East African Community", "Organisation of African
 * Unity"): every word but the head must be one of these, and one of them a region's name.
 */
export const REGIONAL_BODY_WORDS = wordSet(`
of for the and East West North South Central Southern Northern Eastern Western Economic Monetary
Customs Unity States Nations Countries Cooperation Co-operation Development Islamic Free Trade
`);
export const REGIONS = wordSet(`
African Africa European Europe American Americas Asian Asia Arab Caribbean Pacific Atlantic Eurasian
Nordic Baltic Gulf Andean Sahel Sahelian Latin Mediterranean Danube Black Sea Southeast Indian Ocean
`);
export const REGIONAL_BODY_HEADS = wordSet('Community Union Organisation Organization League');

/** Heads of named bodies of a treaty organization ("OSCE Minsk Group", "NATO Council"). */
export const BODY_HEADS = wordSet(
  'Group Mission Council Commission Assembly Secretariat Parliament Court Summit Command Force',
);

/** Words that open the tail of a head-first name ("Treaty of Versailles", "Convention on …"). */
const ENGLISH_TAIL_OPENERS: ReadonlySet<string> = wordSet(
  'of on for between concerning Establishing establishing Regarding regarding',
);

/** Lower-case words allowed inside such a tail between capitalized words. */
const ENGLISH_TAIL_CONNECTORS: ReadonlySet<string> = wordSet(
  'of the and on for in de du des la le beyond against within',
);

/** Lower-case heads of a short reference back to a named agreement ("the tobacco convention"). */
export const REFERENCE_HEADS: ReadonlyMap<string, string> = new Map([
  ['convention', 'convention'], ['declaration', 'declaration'], ['protocol', 'protocol'], ['charter', 'charter'],
  ['initiative', 'initiative'], ['framework', 'framework'], ['statute', 'statute'], ['treaty', 'treaty'],
  ['agreement', 'agreement'], ['accord', 'accord'], ['pact', 'pact'],
]); // prettier-ignore

/** Tail openers, with the reading language's ("de", "von", "о"). */
export const TAIL_OPENERS = perLanguage(ENGLISH_TAIL_OPENERS, 'tailOpeners', true);

/** Tail connectors, with the reading language's. */
export const TAIL_CONNECTORS = perLanguage(ENGLISH_TAIL_CONNECTORS, 'tailConnectors', true);

/** Capitalized agreement heads and their subtypes, with the reading language's ("Traité", "Abkommen"). */
export const AGREEMENT_HEADS = perLanguageMap(ENGLISH_AGREEMENT_HEADS, (words) =>
  pairMap(words.agreementHeads, String),
);

/** Heads written before a quoted name, in the reading language ("initiative", "формата"). */
export const QUOTED_HEADS_BEFORE = perLanguage(new Set(), 'quotedHeadsBefore', false);

/** Endings of compound heads, "ending:subtype" ("abkommen:agreement": "Klimaabkommen" is an agreement's head). */
export const AGREEMENT_SUFFIXES = perActiveLanguage<ReadonlyArray<readonly [string, string]>>([], (words) => [
  ...pairMap(words.agreementSuffixes, String),
]);

/** Lower-case heads that open a named agreement before a capitalized name ("accord de Paris", "tratado de Lisboa"). */
export const HEAD_FIRST_AGREEMENTS = perLanguageMap(
  new Map<string, string>(),
  (words) => pairMap(words.headFirstAgreements, String),
  false,
);

/** Heads after an adjective made from a place ("Минские соглашения", "Prager Erklärung"). */
export const ADJECTIVE_AGREEMENT_HEADS = perLanguageMap(
  new Map<string, string>(),
  (words) => pairMap(words.adjectiveAgreementHeads, String),
  false,
);

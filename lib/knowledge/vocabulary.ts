// The Wikidata properties and classes the cards use, and the words that tell an article's kind
// from its description. Source: Wikidata's property pages (P31, P569…) and common descriptions.

export const P = {
  instanceOf: 'P31',
  born: 'P569',
  citizenship: 'P27',
  positionHeld: 'P39',
  start: 'P580',
  end: 'P582',
  pointInTime: 'P585',
  published: 'P577',
  inception: 'P571',
  effective: 'P7588',
  dissolved: 'P576',
  signatory: 'P1891',
  participant: 'P710',
  memberCount: 'P2124',
  headquarters: 'P159',
  memberOf: 'P463',
} as const;

/** Classes that settle a candidate's kind outright. */
export const HUMAN = 'Q5';
export const DISAMBIGUATION = 'Q4167410';
/** A human, and the characters of fiction the news names as people (human, fictional human, fictional character). */
export const PERSON_CLASSES = new Set([HUMAN, 'Q15632617', 'Q95074']);
export const AGREEMENT_CLASSES = new Set(['Q131569', 'Q625298']); // treaty, peace treaty
// organization, international org., intergovernmental org., military alliance, regional org., supranational union
export const ORGANIZATION_CLASSES = new Set(['Q43229', 'Q484652', 'Q245065', 'Q1127126', 'Q4120211', 'Q1335818']);

/** Items that are a name, not someone who bears it (family name, given name, male and female given name). */
export const NAME_CLASSES = new Set(['Q101352', 'Q202444', 'Q12308941', 'Q11879590']);

/** Words in a description or extract that say what kind of thing an article is about. */
export const KIND_WORDS = {
  person:
    /\b(?:born|politician|diplomat|minister|president|statesman|stateswoman|leader|footballer|player|athlete|actor|actress|singer|writer|journalist|economist|lawyer|judge|businessman|businesswoman|official|general|officer|scientist|activist|monarch|king|queen|prince|princess|coach|manager)\b/i,
  agreement:
    /\b(?:treaty|agreement|declaration|statement|accord|accords|protocol|convention|charter|pact|initiative|memorandum|deal|resolution|framework|format|plan|statute|compact|arrangement|regulations|signed)\b/i,
  organization:
    /\b(?:organi[sz]ation|alliance|union|bloc|group|community|league|council|association|forum|commonwealth|intergovernmental|international body)\b/i,
  place:
    /\b(?:city|town|village|capital|municipality|province|region|district|county|river|mountain|island|country|state in|neighbourhood|neighborhood)\b/i,
} as const;

/** Linking thresholds: below `accept` the card says "No confident match"; within `margin` of the best, a rival makes it ambiguous. */
export const LINKING = { accept: 0.5, margin: 0.08 } as const;

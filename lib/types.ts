// The domain's shared shapes: what an article, an entity, a mention, a quote and a date are.
// Plain data only (no DOM, no browser APIs) so every layer and the CLI can pass them around.

export type EntityKind = 'person' | 'agreement' | 'organization';

/** A span of the article text: `text === articleText.slice(start, end)`. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  /** Stable across runs on the same text: kind plus a slug of the canonical name. */
  id: string;
  kind: EntityKind;
  /** Canonical name: a person's fullest form, an agreement's or organization's expansion. */
  name: string;
  /** What the article calls the entity ("Armenian Foreign Minister"), when it says. */
  role?: string;
  /** For agreements: "declaration", "treaty", "initiative"…; for organizations: "alliance"… */
  subtype?: string;
  /** Short form defined by the text ("CSTO"). */
  acronym?: string;
  /** Year the text gives the agreement ("the 1991 Alma-Ata Declaration"). */
  year?: number;
  /** Full date the text gives, ISO (`2022-10-06`), when it gives one. */
  date?: string;
  /** For a dated agreement: the places its sentences name beside it ("Armenia", "Azerbaijan"). */
  places?: string[];
  mentions: Mention[];
}

export interface Quote {
  /** Entity id of the speaker. */
  speaker: string;
  text: string;
  start: number;
  end: number;
}

export interface DateMention {
  text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the text gives no year and none can be inferred. */
  iso: string | null;
  start: number;
  end: number;
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  outlet: string | null;
  publishedTime: string | null;
  /** Primary language subtag, lower case ("en"); "" when the page does not say. */
  lang: string;
}

/** What the entity finder returns for one article text. */
export interface EntityAnalysis {
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  /** Full names the rules doubt (below their threshold, or just above it): the knowledge look-up's questions. */
  doubtful?: string[];
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** What the content script sends the background for a look-up: names, kinds, roles, years — never page text. */
export interface EntityQuery {
  /** The entity's id in the article ("person:sergey-lavrov"). */
  id: string;
  name: string;
  kind: EntityKind;
  role?: string;
  year?: number;
  /** Places named beside a dated agreement: they pick the right document among same-named ones. */
  places?: string[];
  /** A person's article's date (ISO): an office-holder whose term spans it beats a namesake. */
  date?: string;
  acronym?: string;
  /** How often the article mentions it, to look the most mentioned up first. */
  mentions: number;
}

export type CardKind = EntityKind | 'other';

export interface Fact {
  label: string;
  value: string;
}

/** An office held, with ISO dates when Wikidata gives them. */
export interface Position {
  label: string;
  start?: string;
  end?: string;
}

/** Background on one Wikipedia article, as the hover card shows it. */
export interface Card {
  /** `${lang}:${title}`. */
  key: string;
  lang: string;
  title: string;
  url: string;
  wikidataId?: string;
  description?: string;
  /** Two or three sentences of the article's introduction, plain text. */
  extract?: string;
  thumbnail?: { url: string; width: number; height: number };
  kind: CardKind;
  facts: Fact[];
  positions: Position[];
  fetchedAt: number;
}

export interface Candidate {
  title: string;
  description?: string;
  wikidataId?: string;
}

export type LinkStatus = 'linked' | 'ambiguous' | 'no-match' | 'failed' | 'offline';

/** The outcome of linking an entity to Wikipedia. */
export interface LinkResult {
  status: LinkStatus;
  card?: Card;
  /** 0–1: how well the chosen article fits the entity. */
  confidence: number;
  /** The runners-up (or, when ambiguous, every plausible match). */
  candidates: Candidate[];
  /** Why there is no card, in a few words ("No network", "No confident match"…). */
  reason?: string;
  /** The same-named item of another year the title look-up found instead, when that is why (`reason` says it in English). */
  namesake?: { year: number; title: string; what: 'document' | 'person' | 'organization' };
  /** The card is older than its lifetime and is being refreshed. */
  stale?: boolean;
}

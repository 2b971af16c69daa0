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
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

// What the article itself says about an entity, for the "In this article" part of its card: the role
// it gives, how often it mentions it, the first quote by the person, the year or date it gives.
import type { Entity, EntityAnalysis, EntityQuery } from '../types';

export interface InArticle {
  role?: string;
  mentions: number;
  quote?: string;
  /** "1991" or "2022-10-06": the year or date the text gives an agreement. */
  when?: string;
}

const MAX_QUOTE = 240;

export function inArticle(entity: Entity, analysis: EntityAnalysis): InArticle {
  const quote = analysis.quotes.find((q) => q.speaker === entity.id)?.text;
  const when = entity.date ?? (entity.year !== undefined ? String(entity.year) : undefined);
  return {
    ...(entity.role ? { role: entity.role } : {}),
    mentions: entity.mentions.length,
    ...(quote ? { quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote } : {}),
    ...(when ? { when } : {}),
  };
}

/** The look-up the background gets for an entity: its name, kind, role, year, places and date — no page text. */
export function toQuery(entity: Entity, articleDate?: string | null): EntityQuery {
  // The article's day, for people only: it tells an office-holder of that time from a namesake.
  const date = entity.kind === 'person' ? articleDate?.match(/^\d{4}(?:-\d\d){0,2}/)?.[0] : undefined;
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    mentions: entity.mentions.length,
    ...(entity.role ? { role: entity.role.slice(0, 300) } : {}),
    ...(entity.year !== undefined ? { year: entity.year } : {}),
    ...(entity.places ? { places: entity.places } : {}),
    ...(date ? { date } : {}),
    ...(entity.acronym ? { acronym: entity.acronym } : {}),
  };
}

// Key facts from Wikidata; for people, the office held at the article's date and now.
import type { Card } from '../lib/types';
import { officesAt } from '../lib/knowledge/card';

export interface CardFactsProps {
  card: Card;
  /** ISO date of the article, when the page gives one. */
  articleDate?: string | null | undefined;
  today: string;
}

function join(labels: string[]): string {
  return labels.slice(0, 2).join('; ');
}

export function CardFacts({ card, articleDate, today }: CardFactsProps) {
  const rows = card.facts.map((f) => [f.label, f.value] as const);
  if (card.positions.length > 0) {
    const now = join(officesAt(card.positions, today).map((p) => p.label));
    const then = articleDate ? join(officesAt(card.positions, articleDate.slice(0, 10)).map((p) => p.label)) : '';
    if (then && then !== now) rows.push(['Office then', then]);
    if (now) rows.push([then && then !== now ? 'Office now' : 'Office', now]);
  }
  if (rows.length === 0) return null;
  return (
    <dl class="facts">
      {rows.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
    </dl>
  );
}

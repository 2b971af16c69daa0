// Key facts from Wikidata, labels and dates in the UI language; for people, the office held at the
// article's date and now.
import type { Card } from '../lib/types';
import { officesAt } from '../lib/knowledge/card';
import { date, number, t } from '../platform/i18n';
import { factText } from './card-text';

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
  const rows = card.facts.map((f) => factText(f, { t, date, number }));
  if (card.positions.length > 0) {
    const now = join(officesAt(card.positions, today).map((p) => p.label));
    const then = articleDate ? join(officesAt(card.positions, articleDate.slice(0, 10)).map((p) => p.label)) : '';
    if (then && then !== now) rows.push({ label: t('factOfficeThen'), value: then });
    if (now) rows.push({ label: t(then && then !== now ? 'factOfficeNow' : 'factOffice'), value: now });
  }
  if (rows.length === 0) return null;
  return (
    <dl class="facts">
      {rows.map(({ label, value }) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
    </dl>
  );
}

// Quotes grouped by speaker; clicking a quote scrolls the page to it.
import type { Briefing } from '../lib/briefing/build-briefing';
import { t } from '../platform/i18n';

export interface QuoteListProps {
  groups: Briefing['quotes'];
  onSelect(start: number, end: number): void;
}

export function QuoteList({ groups, onSelect }: QuoteListProps) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="quotes">
      <h2 id="quotes">{t('briefingQuotes')}</h2>
      {groups.map((group) => (
        <div class="speaker" key={group.speakerId}>
          <h3>{group.speaker}</h3>
          {group.quotes.map((q) => (
            <button
              type="button"
              class="link quote"
              key={q.start}
              onClick={() => onSelect(q.start, q.start + q.text.length)}
            >
              {t('quoted', { text: q.text })}
            </button>
          ))}
        </div>
      ))}
    </section>
  );
}

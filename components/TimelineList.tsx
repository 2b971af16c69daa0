// The timeline: the dates the article mentions, in order; clicking one scrolls to where it is said.
import type { TimelineEntry } from '../lib/briefing/timeline';
import { date, t } from '../platform/i18n';

export interface TimelineListProps {
  entries: TimelineEntry[];
  onSelect(entry: TimelineEntry): void;
}

export function TimelineList({ entries, onSelect }: TimelineListProps) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('briefingTimeline')}</h2>
      <ol class="timeline">
        {entries.map((entry) => (
          <li key={entry.start}>
            <button type="button" class="link" onClick={() => onSelect(entry)}>
              {entry.iso ? (
                <time class="iso" dateTime={entry.iso}>
                  {date(entry.iso)}
                </time>
              ) : (
                <span class="iso">{t('briefingNoYear')}</span>
              )}{' '}
              — {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

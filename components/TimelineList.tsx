// The timeline: the dates the article mentions, in order; clicking one scrolls to where it is said.
import type { TimelineEntry } from '../lib/briefing/timeline';

export interface TimelineListProps {
  entries: TimelineEntry[];
  onSelect(entry: TimelineEntry): void;
}

export function TimelineList({ entries, onSelect }: TimelineListProps) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ol class="timeline">
        {entries.map((entry) => (
          <li key={entry.start}>
            <button type="button" class="link" onClick={() => onSelect(entry)}>
              <span class="iso">{entry.iso ?? 'year not given'}</span> — {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

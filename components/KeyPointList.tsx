// Key points: sentences of the article; clicking one scrolls the page to it and flashes it.
import type { KeyPoint } from '../lib/briefing/key-points';
import { t } from '../platform/i18n';

export interface KeyPointListProps {
  points: KeyPoint[];
  onSelect(point: KeyPoint): void;
}

export function KeyPointList({ points, onSelect }: KeyPointListProps) {
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="key-points">
      <h2 id="key-points">{t('briefingKeyPoints')}</h2>
      <ol class="key-points">
        {points.map((p) => (
          <li key={p.start}>
            <button type="button" class="link" onClick={() => onSelect(p)}>
              {p.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

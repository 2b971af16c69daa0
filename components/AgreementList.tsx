// Agreements (or treaty organizations) with the year or date the article gives them.
import type { BriefingEntity } from '../lib/briefing/build-briefing';

export interface AgreementListProps {
  title: string;
  items: BriefingEntity[];
  onSelect(id: string): void;
}

export function AgreementList({ title, items, onSelect }: AgreementListProps) {
  if (items.length === 0) return null;
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="agreements">
        {items.map((item) => (
          <li key={item.id} data-entity={item.id}>
            <button type="button" class="link name" onClick={() => onSelect(item.id)}>
              <span class={`dot ${item.kind}`} />
              {item.name}
            </button>
            {item.when ? <span class="when"> ({item.when})</span> : null}
            {item.subtype ? <span class="muted"> · {item.subtype}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

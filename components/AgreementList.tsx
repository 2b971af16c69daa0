// Agreements (or treaty organizations) with the year or date the article gives them.
import type { BriefingEntity } from '../lib/briefing/build-briefing';
import { date, t } from '../platform/i18n';

export interface AgreementListProps {
  kind: BriefingEntity['kind'];
  items: BriefingEntity[];
  onSelect(id: string): void;
}

const HEADINGS = {
  agreement: { id: 'agreements', title: 'briefingAgreements' },
  organization: { id: 'organizations', title: 'briefingOrganizations' },
} as const;

export function AgreementList({ kind, items, onSelect }: AgreementListProps) {
  if (items.length === 0) return null;
  const { id, title } = HEADINGS[kind];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      <ul class="agreements">
        {items.map((item) => (
          <li key={item.id} data-entity={item.id}>
            <button type="button" class="link name" onClick={() => onSelect(item.id)}>
              <span class={`dot ${item.kind}`} />
              {item.name}
            </button>
            {item.when ? (
              <span class="when">
                {' ('}
                <time dateTime={item.when}>{date(item.when)}</time>
                {')'}
              </span>
            ) : null}
            {item.subtype ? <span class="muted"> · {item.subtype}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

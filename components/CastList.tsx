// The cast: people ranked by mentions, with the role the article gives and their quotes.
import type { CastMember } from '../lib/briefing/build-briefing';
import { number, plural, t } from '../platform/i18n';

export interface CastListProps {
  cast: CastMember[];
  onSelect(id: string): void;
}

export function CastList({ cast, onSelect }: CastListProps) {
  if (cast.length === 0) return null;
  return (
    <section aria-labelledby="cast">
      <h2 id="cast">{t('briefingCast')}</h2>
      <ul class="cast">
        {cast.map((person) => (
          <li key={person.id} data-entity={person.id}>
            <button type="button" class="link name" onClick={() => onSelect(person.id)}>
              <span class="dot person" />
              {person.name}
            </button>
            <span class="muted" title={plural('mentionedTimes', person.mentions)}>
              {' · '}
              {number(person.mentions)}×
            </span>
            {person.role ? <div class="role muted">{person.role}</div> : null}
            {person.quotes.slice(0, 2).map((q) => (
              <blockquote class="quote" key={q}>
                {t('quoted', { text: q })}
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

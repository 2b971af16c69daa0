// The top of a card: thumbnail, title, kind and one-line description.
import type { Card, EntityKind } from '../lib/types';
import { t, type PlainMessageKey } from '../platform/i18n';

export interface CardHeaderProps {
  name: string;
  kind: EntityKind;
  card?: Card | undefined;
  /** The article's language, for the name as it writes it (before or without a card). */
  pageLang: string;
}

const KIND_LABEL: Record<EntityKind, PlainMessageKey> = {
  person: 'cardKindPerson',
  agreement: 'cardKindAgreement',
  organization: 'cardKindOrganization',
};

/** Only https images from the API are shown; anything else is dropped. */
function safeImage(url: string | undefined): string | undefined {
  return url && /^https:\/\//.test(url) ? url : undefined;
}

export function CardHeader({ name, kind, card, pageLang }: CardHeaderProps) {
  const thumb = safeImage(card?.thumbnail?.url);
  return (
    <div class="head">
      {thumb ? <img class="thumb" src={thumb} alt="" width={56} height={56} referrerPolicy="no-referrer" /> : null}
      <div>
        <span class="kind">{t(KIND_LABEL[kind])}</span>
        {/* Wikipedia's title is in its edition's language; the name as the article writes it, in the page's. */}
        <h2 class="title" lang={card ? card.lang : pageLang}>
          {card?.title ?? name}
        </h2>
        {card?.description ? (
          <p class="description" lang={card.lang}>
            {card.description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

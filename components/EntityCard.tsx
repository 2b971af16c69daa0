// The background card for one entity: what Wikipedia and Wikidata say (or why nothing is shown),
// then what the article itself says, then links to Wikipedia and to the next mention.
import type { EntityKind, LinkResult } from '../lib/types';
import type { InArticle } from '../lib/page/in-article';
import { t, uiLocale } from '../platform/i18n';
import { CardHeader } from './CardHeader';
import { CardFacts } from './CardFacts';
import { CardCandidates } from './CardCandidates';
import { InArticleSection } from './InArticleSection';
import { namesakeText, reasonText, wikipediaLinkText } from './card-text';

export interface EntityCardProps {
  name: string;
  kind: EntityKind;
  /** The article's language ("fr"; "" when the page does not say): its own words on the card are in it. */
  pageLang: string;
  info: InArticle;
  /** Null while the look-up is under way. */
  result: LinkResult | null;
  articleDate?: string | null;
  today: string;
  hasNextMention: boolean;
  onChoose(title: string): void;
  onNextMention(): void;
}

function Skeleton() {
  return (
    <div class="loading" aria-label={t('cardLoading')}>
      <div class="skeleton" style="width: 90%" />
      <div class="skeleton" style="width: 75%" />
      <div class="skeleton" style="width: 60%" />
    </div>
  );
}

export function EntityCard(props: EntityCardProps) {
  const { result } = props;
  const card = result?.status === 'linked' ? result.card : undefined;
  return (
    <div class="card" role="dialog" lang={uiLocale()} aria-label={t('cardLabel', { name: card?.title ?? props.name })}>
      <CardHeader name={props.name} kind={props.kind} card={card} pageLang={props.pageLang} />
      {result === null ? <Skeleton /> : null}
      {card?.extract ? (
        <p class="extract" lang={card.lang}>
          {card.extract}
        </p>
      ) : null}
      {card ? <CardFacts card={card} articleDate={props.articleDate} today={props.today} /> : null}
      {result?.stale ? <p class="stale">{t('cardRefreshing')}</p> : null}
      {result && !card ? (
        <p class="reason">{result.namesake ? namesakeText(result.namesake, t) : reasonText(result.reason, { t })}</p>
      ) : null}
      {result && !card && result.candidates.length > 0 ? (
        <CardCandidates candidates={result.candidates} onChoose={props.onChoose} />
      ) : null}
      <InArticleSection info={props.info} pageLang={props.pageLang} />
      <div class="actions">
        {card ? (
          <a href={card.url} hreflang={card.lang || undefined} target="_blank" rel="noopener noreferrer">
            {wikipediaLinkText(card.lang, { t, uiLocale })}
          </a>
        ) : (
          <span />
        )}
        {props.hasNextMention ? (
          <button type="button" onClick={props.onNextMention}>
            {t('cardNextMention')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

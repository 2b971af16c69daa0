// "In this article": what the page itself says — always shown, even offline or without a match.
import type { InArticle } from '../lib/page/in-article';
import { date, plural, t } from '../platform/i18n';

export interface InArticleSectionProps {
  info: InArticle;
}

export function InArticleSection({ info }: InArticleSectionProps) {
  return (
    <div class="section in-article">
      <h3>{t('cardInArticle')}</h3>
      {info.role ? <div class="role">{info.role}</div> : null}
      {info.when ? <div class="when">{t('cardDatedInText', { date: date(info.when) })}</div> : null}
      <div class="mentions">{plural('mentionedTimes', info.mentions)}</div>
      {info.quote ? <blockquote class="quote">{t('quoted', { text: info.quote })}</blockquote> : null}
    </div>
  );
}

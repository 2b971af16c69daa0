// "In this article": what the page itself says — always shown, even offline or without a match.
import type { InArticle } from '../lib/page/in-article';
import { date, plural, t } from '../platform/i18n';

export interface InArticleSectionProps {
  info: InArticle;
  /** The article's language ("" when the page does not say): the role and the quote are its words. */
  pageLang: string;
}

export function InArticleSection({ info, pageLang }: InArticleSectionProps) {
  return (
    <div class="section in-article">
      <h3>{t('cardInArticle')}</h3>
      {info.role ? (
        <div class="role" lang={pageLang}>
          {info.role}
        </div>
      ) : null}
      {info.when ? <div class="when">{t('cardDatedInText', { date: date(info.when) })}</div> : null}
      <div class="mentions">{plural('mentionedTimes', info.mentions)}</div>
      {info.quote ? (
        <blockquote class="quote" lang={pageLang}>
          {t('quoted', { text: info.quote })}
        </blockquote>
      ) : null}
    </div>
  );
}

// "In this article": what the page itself says — always shown, even offline or without a match.
import type { InArticle } from '../lib/page/in-article';

export interface InArticleSectionProps {
  info: InArticle;
}

export function InArticleSection({ info }: InArticleSectionProps) {
  return (
    <div class="section in-article">
      <h3>In this article</h3>
      {info.role ? <div class="role">{info.role}</div> : null}
      {info.when ? <div class="when">Dated in the text: {info.when}</div> : null}
      <div class="mentions">
        Mentioned {info.mentions} {info.mentions === 1 ? 'time' : 'times'}
      </div>
      {info.quote ? <blockquote class="quote">“{info.quote}”</blockquote> : null}
    </div>
  );
}

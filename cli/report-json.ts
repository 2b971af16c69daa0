// The CLI's JSON shape (checked by ../shared/tools/check-analyze-contract.mjs): article metadata,
// body text, entities with mention offsets into that text, quotes and dates.
import type { PageAnalysis } from '../lib/analyze';

export function toJsonReport(result: PageAnalysis): Record<string, unknown> {
  const { check, article, analysis } = result;
  const meta = article?.meta;
  return {
    isArticle: check.isArticle,
    reason: check.reason,
    title: meta?.title ?? null,
    byline: meta?.byline ?? null,
    outlet: meta?.outlet ?? null,
    lang: meta?.lang ?? null,
    publishedTime: meta?.publishedTime ?? null,
    text: article?.text.text ?? '',
    entities: analysis.entities,
    headline: article?.headlineText ? { text: article.headlineText.text, mentions: result.headlineMentions } : null,
    quotes: analysis.quotes,
    dates: analysis.dates,
  };
}

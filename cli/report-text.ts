// The CLI's readable summary: the article, its people with roles and mention counts, its
// agreements and treaty bodies with the years the text gives, quotes and dates.
import type { PageAnalysis } from '../lib/analyze';
import type { Entity } from '../lib/types';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function agreementLine(e: Entity): string {
  const details = [e.subtype, e.acronym, e.date ?? e.year].filter((d) => d !== undefined && d !== '').join(', ');
  return `  ${e.name}${details ? ` (${details})` : ''} — ${plural(e.mentions.length, 'mention')}`;
}

export function toTextReport(result: PageAnalysis): string {
  const { check, article, analysis } = result;
  if (!check.isArticle || !article) return `Not an article: ${check.reason}.\n`;
  const { meta } = article;
  const words = article.text.text.split(/\s+/).filter(Boolean).length;
  const lines = [
    meta.title,
    [meta.outlet, meta.byline, meta.lang, meta.publishedTime].filter(Boolean).join(' · '),
    `Article (${check.reason}); body of ${plural(words, 'word')}.`,
  ];
  const people = analysis.entities.filter((e) => e.kind === 'person');
  const others = analysis.entities.filter((e) => e.kind !== 'person');
  lines.push('', `People (${people.length})`);
  for (const p of [...people].sort((a, b) => b.mentions.length - a.mentions.length)) {
    lines.push(`  ${p.name}${p.role ? ` — ${p.role}` : ''} — ${plural(p.mentions.length, 'mention')}`);
  }
  lines.push('', `Agreements and treaty bodies (${others.length})`, ...others.map(agreementLine));
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  lines.push('', `Quotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) {
    const text = q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text;
    lines.push(`  ${names.get(q.speaker) ?? q.speaker}: “${text}”`);
  }
  lines.push('', `Dates: ${analysis.dates.map((d) => d.text).join(', ') || 'none'}`, '');
  return lines.join('\n');
}

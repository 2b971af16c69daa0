// What the marks on a golden page should be: every occurrence of every labelled form in the body and
// headline (longest form first), split into required (people, agreements) and allowed (optional
// entries, other organizations, which may be marked or not).
import { readFileSync } from 'node:fs';
import { parsePage } from '../../../cli/load-page';
import { checkArticle } from '../../../lib/article/is-article';
import { extractArticle } from '../../../lib/article/extract';
import { findWholeWord } from '../../../lib/entities/alias-mentions';
import { ClaimedSpans } from '../../../lib/entities/spans';
import type { GoldEntity, GoldFile } from '../../../cli/eval/gold';
import { analyzeDocument } from '../../../lib/analyze';

/** The mentions the engine finds in Node for the page, body and headline, as sorted mark texts. */
export function engineMarks(pagePath: string): string[] {
  const result = analyzeDocument(parsePage(readFileSync(pagePath, 'utf8')));
  return [
    ...result.analysis.entities.flatMap((e) => e.mentions.map((m) => m.text)),
    ...result.headlineMentions.map((m) => m.text),
  ].sort();
}

export interface ExpectedMarks {
  /** Mark texts that must appear, each as many times as listed. */
  required: string[];
  /** Mark texts that may appear. */
  allowed: Set<string>;
  /** Labelled entity → its forms, to check that one entity's marks share one id. */
  groups: Array<{ name: string; forms: Set<string> }>;
}

function occurrences(
  text: string,
  entries: Array<{ form: string; required: boolean }>,
): Array<{ form: string; required: boolean }> {
  const claimed = new ClaimedSpans();
  const found: Array<{ form: string; required: boolean }> = [];
  for (const entry of [...entries].sort((a, b) => b.form.length - a.form.length)) {
    for (const start of findWholeWord(text, entry.form)) {
      if (claimed.claim(start, start + entry.form.length)) found.push(entry);
    }
  }
  return found;
}

export function expectedMarks(pagePath: string, gold: GoldFile): ExpectedMarks {
  const doc = parsePage(readFileSync(pagePath, 'utf8'));
  const article = extractArticle(doc, checkArticle(doc));
  if (!article) throw new Error(`${pagePath} is not extracted as an article`);
  const entries: Array<{ form: string; required: boolean }> = [];
  const add = (list: GoldEntity[] | undefined, required: boolean) => {
    for (const entity of list ?? [])
      for (const form of entity.mentions) entries.push({ form, required: required && !entity.optional });
  };
  add(gold.people, true);
  add(gold.agreements, true);
  add(gold.organizations, false);
  const texts = [article.text.text, article.headlineText?.text ?? ''];
  const found = texts.flatMap((t) => occurrences(t, entries));
  return {
    required: found
      .filter((f) => f.required)
      .map((f) => f.form)
      .sort(),
    allowed: new Set(found.filter((f) => !f.required).map((f) => f.form)),
    groups: [...(gold.people ?? []), ...(gold.agreements ?? [])].map((e) => ({
      name: e.name,
      forms: new Set(e.mentions),
    })),
  };
}

// The reference body of a corpus article: the corpus's own expected text (HTML or plain text), or the
// text of the elements we selected by hand (include selectors, less exclude selectors).
import { parsePage } from '../load-page';
import { blockText } from './block-text';
import { decodePage, readBlob } from './mirror';
import type { CorpusPage } from './manifest';

/** Text of the elements matching `include` (outermost only, document order) minus `exclude` subtrees. */
export function selectedText(doc: Document, include: string[], exclude: string[] = []): string {
  const chosen = new Set<Element>();
  for (const selector of include) for (const el of Array.from(doc.querySelectorAll(selector))) chosen.add(el);
  const outermost = [...chosen].filter((el) => ![...chosen].some((other) => other !== el && other.contains(el)));
  const order = Array.from(doc.querySelectorAll('*'));
  const position = new Map(order.map((el, i) => [el, i]));
  outermost.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const excluded = new Set<Element>();
  for (const selector of exclude) for (const el of Array.from(doc.querySelectorAll(selector))) excluded.add(el);
  return outermost.map((el) => blockText(el, (e) => excluded.has(e))).join('\n');
}

/** The reference body's text, or null for a non-article or when the mirror lacks the file. */
export function referenceText(page: CorpusPage, html: string): string | null {
  const ref = page.reference;
  if (!ref) return null;
  if ('include' in ref) return selectedText(parsePage(html), ref.include, ref.exclude);
  const bytes = readBlob(page.repo, page.commit, ref.path);
  if (!bytes) return null;
  const content = decodePage(bytes);
  if (ref.format === 'text') return content.trim();
  return blockText(parsePage(`<!doctype html><html><body>${content}</body></html>`).body);
}

// The real-web entity corpus: hand-made people, agreement and organization labels for real saved news
// pages of the real-web corpus (tests/real-web/entities/*.json), scored on the pages read from the mirrors.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../corpus/manifest';
import { decodePage, readBlob } from '../corpus/mirror';
import { referenceText } from '../corpus/reference';
import { parsePage } from '../load-page';
import { evaluateDocument, type CaseResult } from './run-eval';
import type { GoldFile } from './gold';
import type { NameLookup } from '../../lib/entities/verdicts';

export const ENTITY_LABELS_DIR = path.resolve(import.meta.dirname, '../../tests/real-web/entities');

export interface EntityLabel extends GoldFile {
  /** The corpus page's id ("readability/nytimes-1"). */
  id: string;
  split: 'dev' | 'test';
  about?: string;
}

/** Every labelled page, in file then entry order. */
export function readEntityLabels(dir = ENTITY_LABELS_DIR): EntityLabel[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as EntityLabel[]);
}

/**
 * The labelled pages of `split` scored, and the ids whose page is not in the mirrors. `lookup`: the
 * knowledge look-up replayed (online); without it, the rules alone (offline).
 */
export function evaluateRealWeb(
  split: 'dev' | 'test',
  lookup?: NameLookup,
  lang = 'en',
): { results: CaseResult[]; missing: string[] } {
  const pages = new Map(readCorpus().map((p) => [p.id, p]));
  const results: CaseResult[] = [];
  const missing: string[] = [];
  for (const label of readEntityLabels().filter((l) => l.split === split)) {
    const page = pages.get(label.id);
    if (page && page.lang !== lang) continue;
    const bytes = page ? readBlob(page.repo, page.commit, page.path) : null;
    if (!page || !bytes) {
      missing.push(label.id);
      continue;
    }
    const html = decodePage(bytes);
    // The labels were made on the corpus's reference body: names only our extraction keeps are not scored.
    const labelled = referenceText(page, html) ?? undefined;
    results.push(evaluateDocument(label.id, parsePage(html, page.url), label, labelled, lookup));
  }
  return { results, missing };
}

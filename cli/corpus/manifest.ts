// The real-web corpus: saved pages from public test corpora, read from git mirrors of their repositories
// (never copied into this project), with our hand-made labels in tests/real-web/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** How the reference body of an article is given: a file of its corpus, or selectors we chose by hand. */
export type ReferenceBody = { path: string; format: 'html' | 'text' } | { include: string[]; exclude?: string[] };

export interface CorpusPage {
  /** "<source>/<name>", unique. */
  id: string;
  /** GitHub owner/name of the corpus the page comes from. */
  repo: string;
  /** The commit the page was read at (40 hex digits). */
  commit: string;
  /** The saved page's path in that repository. */
  path: string;
  /** The repository's licence (SPDX). */
  licence: string;
  /** The page's original address, when the corpus records it. */
  url?: string;
  /** Primary language subtag of the article text, checked by hand. */
  lang: string;
  kind: 'article' | 'non-article';
  /** Article: news, opinion, feature, blog, review, live, wire…; non-article: home, section, tag, search… */
  category: string;
  /** `dev` pages are for development; `test` pages are scored only at the end. */
  split: 'dev' | 'test';
  reference?: ReferenceBody;
  /** The publication date the page carries (YYYY-MM-DD), null when it carries none; checked by hand. */
  published?: string | null;
  /** The author name(s) the page shows, null when it shows none; checked by hand. */
  byline?: string | null;
  note?: string;
}

export const LABELS_DIR = path.resolve(import.meta.dirname, '../../tests/real-web');

/** Every labelled page, in file then entry order. */
export function readCorpus(dir = LABELS_DIR): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const entries = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CorpusPage[];
    pages.push(...entries);
  }
  const seen = new Set<string>();
  for (const page of pages) {
    if (seen.has(page.id)) throw new Error(`corpus: the id ${page.id} is labelled twice`);
    seen.add(page.id);
  }
  return pages;
}

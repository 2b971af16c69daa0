// The benchmark's pages: the seed, three of our articles, the knowledge look-up's page, three real saved
// news pages of different sizes, every non-article fixture, and two it builds itself — a ~20,000-word
// article made of our fixtures' paragraphs, and a ~100,000-node page.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { readCorpus } from '../../cli/corpus/manifest';
import path from 'node:path';
import { fixtureCases, SEED_PAGE } from '../../cli/eval/gold';
import { parsePage } from '../../cli/load-page';
import { analyzeDocument } from '../../lib/analyze';

export interface BenchPage {
  name: string;
  /** A real saved news page (../shared/corpus/readability), held to the whole-cost budget against Readability. */
  real?: boolean;
  /** URL path on the benchmark's static server. */
  url: string;
  /** File on disk (for the Node runs). */
  file: string;
  /**
   * 'non-article-read': a non-article only its evidence refuses (documentation, a plain-text document, a
   * list of excerpts): it looks like an article until read, and pays for the reading.
   */
  kind: 'article' | 'non-article' | 'non-article-read';
}

export const GENERATED_DIR = path.resolve(import.meta.dirname, '../../bench/generated');
/** The 40 real saved news pages next to the project (absent on a machine without ../shared). */
export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/readability');

/** Three real saved articles of different sizes: the pages at the 10th, 50th and 90th percentile of size. */
function realPages(): BenchPage[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const refused = new Set(
    readCorpus()
      .filter((p) => p.id.startsWith('readability/') && p.kind === 'non-article')
      .map((p) => p.id.slice('readability/'.length)),
  );
  const sized = readdirSync(CORPUS_DIR)
    .filter((name) => !refused.has(name) && existsSync(path.join(CORPUS_DIR, name, 'source.html')))
    .map((name) => ({ name, size: statSync(path.join(CORPUS_DIR, name, 'source.html')).size }))
    .sort((a, b) => a.size - b.size);
  const at = (q: number) => sized[Math.min(sized.length - 1, Math.floor(q * sized.length))];
  return [at(0.1), at(0.5), at(0.9)]
    .filter((p): p is { name: string; size: number } => p !== undefined)
    .map(({ name, size }) => ({
      name: `real: ${name} (${Math.round(size / 1024)} KB)`,
      url: `/corpus/${name}/source.html`,
      file: path.join(CORPUS_DIR, name, 'source.html'),
      kind: 'article' as const,
      real: true,
    }));
}
const ARTICLES = ['trade-deal-wordpress', 'nuclear-talks-guardian-like', 'live-blog-election'];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Body paragraphs of every golden article, as our extractor reads them. */
function fixtureParagraphs(): string[] {
  return fixtureCases()
    .filter((c) => c.gold.isArticle !== false)
    .flatMap(
      (c) => analyzeDocument(parsePage(readFileSync(c.pagePath, 'utf8'))).article?.text.text.split(/\n\n+/) ?? [],
    )
    .filter((p) => p.split(/\s+/).length > 12);
}

function page(title: string, body: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}"}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>${title}</h1>
<div class="entry-content">${body}</div></article>${extra}</main><footer><p>© The Benchmark Gazette</p></footer></body></html>`;
}

/** About 20,000 words: the fixtures' paragraphs, repeated until long enough. */
function longArticle(): string {
  const paragraphs = fixtureParagraphs();
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < 20_000; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    out.push(`<p>${escapeHtml(p)}</p>`);
    words += p.split(/\s+/).length;
  }
  return page('A very long read on trade, treaties and talks', out.join('\n'));
}

/** About 100,000 DOM nodes: a normal article followed by thousands of comment threads. */
function hugePage(): string {
  const paragraphs = fixtureParagraphs()
    .slice(0, 30)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const comment = (i: number) =>
    `<li class="comment"><div class="comment-author"><b>Reader ${i}</b> <span>says:</span></div><p>Comment number ${i}, with <em>a few</em> words <a href="#c${i}">in it</a>.</p><a class="reply" href="#r">Reply</a></li>`;
  const comments = Array.from({ length: 6500 }, (_, i) => comment(i)).join('');
  return page(
    'An article with a hundred thousand nodes',
    paragraphs,
    `<section id="comments"><ol class="comment-list">${comments}</ol></section>`,
  );
}

export function benchPages(): BenchPage[] {
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(path.join(GENERATED_DIR, 'long-article.html'), longArticle());
  writeFileSync(path.join(GENERATED_DIR, 'huge-page.html'), hugePage());
  const pages: BenchPage[] = [];
  if (existsSync(SEED_PAGE))
    pages.push({ name: 'seed', url: '/seed/lavrov-yerevan.html', file: SEED_PAGE, kind: 'article' });
  // A story whose marks the knowledge look-up changes: one person added, one newspaper unmarked.
  pages.push({
    name: 'knowledge-confirmed-names',
    url: '/knowledge/confirmed-names.html',
    file: path.resolve(import.meta.dirname, '../../tests/fixtures/knowledge/confirmed-names.html'),
    kind: 'article',
  });
  for (const name of ARTICLES) {
    pages.push({
      name,
      url: `/fixtures/${name}/source.html`,
      file: path.resolve(import.meta.dirname, `../../tests/fixtures/pages/${name}/source.html`),
      kind: 'article',
    });
  }
  pages.push(...realPages());
  pages.push({
    name: 'long article (~20k words)',
    url: '/bench/long-article.html',
    file: path.join(GENERATED_DIR, 'long-article.html'),
    kind: 'article',
  });
  pages.push({
    name: 'huge page (~100k nodes)',
    url: '/bench/huge-page.html',
    file: path.join(GENERATED_DIR, 'huge-page.html'),
    kind: 'article',
  });
  for (const c of fixtureCases().filter((f) => f.gold.isArticle === false)) {
    // A page with an address is loaded where it lives on its site ("/", "/es/": the static server's /@site/ addresses).
    const url = c.gold.address ? `/@site/${c.name}${c.gold.address}` : `/fixtures/${c.name}/source.html`;
    pages.push({
      name: c.name,
      url,
      file: c.pagePath,
      kind: c.gold.refusedAfterReading ? 'non-article-read' : 'non-article',
    });
  }
  return pages;
}

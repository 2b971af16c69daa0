// The same pipeline in Node (the CLI's path, linkedom): each stage timed over repeated runs on the
// same pages, parsing left out.
import { readFileSync } from 'node:fs';
import { parsePage } from '../../cli/load-page';
import { readDeclaredSignals } from '../../lib/article/declared-signals';
import { checkArticle } from '../../lib/article/is-article';
import { extractArticle } from '../../lib/article/extract';
import { findEntities } from '../../lib/entities/pipeline';
import { MarkSet } from '../../lib/highlight/marks';
import type { BenchPage } from './pages';
import { summarize, type Summary } from './stats';

export interface NodeResult {
  page: string;
  stages: Record<'check' | 'extract' | 'entities' | 'mark' | 'total', Summary>;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export function runInNode(pages: BenchPage[], runs: number): NodeResult[] {
  return pages.map((page) => {
    const html = readFileSync(page.file, 'utf8');
    const samples: Array<Record<'check' | 'extract' | 'entities' | 'mark', number>> = [];
    for (let i = 0; i <= runs; i++) {
      const doc = parsePage(html);
      const [check, tCheck] = time(() => checkArticle(doc, readDeclaredSignals(doc)));
      const [article, tExtract] = time(() => (check.isArticle ? extractArticle(doc, check) : null));
      const [analysis, tEntities] = time(() =>
        article ? findEntities(article.text.text, { referenceDate: article.meta.publishedTime }) : null,
      );
      const [, tMark] = time(() => {
        if (!article || !analysis) return;
        const requests = analysis.entities.flatMap((e) =>
          e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id, kind: e.kind })),
        );
        new MarkSet().wrap(doc, article.text, requests);
      });
      if (i > 0) samples.push({ check: tCheck, extract: tExtract, entities: tEntities, mark: tMark }); // run 0 warms the JIT
    }
    const of = (k: 'check' | 'extract' | 'entities' | 'mark') => summarize(samples.map((s) => s[k]));
    return {
      page: page.name,
      stages: {
        check: of('check'),
        extract: of('extract'),
        entities: of('entities'),
        mark: of('mark'),
        total: summarize(samples.map((s) => s.check + s.extract + s.entities + s.mark)),
      },
    };
  });
}

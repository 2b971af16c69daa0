// `npm run eval:extract [-- --split dev|test|all] [--only <id part>] [--verbose]`: Backstory's article
// check and body extraction against Readability.js on the real-web corpus (tests/real-web/*.json; the
// pages are read from git mirrors of their public corpora, see README), side by side.
import { readCorpus } from './corpus/manifest';
import { decodePage, hasMirror, MIRRORS_DIR, readBlob } from './corpus/mirror';
import { referenceText } from './corpus/reference';
import { runBackstory, runReadability } from './eval/extract-runs';
import { printExtractReport, type PageResult } from './eval/extract-report';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = flag('--split') ?? 'dev';
const only = flag('--only');
const verbose = args.includes('--verbose') || args.includes('-v');
if (!['dev', 'test', 'all'].includes(split)) throw new Error('--split is dev, test or all');

const pages = readCorpus().filter((p) => (split === 'all' || p.split === split) && (!only || p.id.includes(only)));
const missing = [...new Set(pages.filter((p) => !hasMirror(p.repo)).map((p) => p.repo))];
if (missing.length > 0) {
  console.log(
    `No mirror under ${MIRRORS_DIR} of: ${missing.join(', ')} (set BACKSTORY_MIRRORS); their pages are left out.`,
  );
}

const results: PageResult[] = [];
for (const page of pages) {
  const bytes = readBlob(page.repo, page.commit, page.path);
  if (!bytes) continue;
  const html = decodePage(bytes);
  results.push({
    page,
    reference: page.kind === 'article' ? referenceText(page, html) : null,
    backstory: runBackstory(html, page.url),
    readability: runReadability(html, page.url),
  });
}
const ok = printExtractReport(results, `Real-web corpus, ${split} split`, verbose);
process.exit(ok ? 0 : 1);

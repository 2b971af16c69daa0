// `npm run corpus -- <command>`: the real-web corpus's labels and pages, for labelling and checking.
//   list                         every labelled page: id, split, kind, language, category
//   check                        every entry's page and reference are readable; counts by kind/language
//   show <id>                    an entry's reference body text
//   try <repo> <commit> <path> [--include sel]… [--exclude sel]…   text the selectors give on a page
import { readCorpus, type CorpusPage } from './corpus/manifest';
import { decodePage, hasMirror, MIRRORS_DIR, readBlob } from './corpus/mirror';
import { referenceText, selectedText } from './corpus/reference';
import { parsePage } from './load-page';

function pageHtml(page: Pick<CorpusPage, 'repo' | 'commit' | 'path'>): string | null {
  const bytes = readBlob(page.repo, page.commit, page.path);
  return bytes ? decodePage(bytes) : null;
}

function countBy(pages: CorpusPage[], key: (p: CorpusPage) => string): string {
  const counts = new Map<string, number>();
  for (const p of pages) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function flagValues(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1] as string] : []));
}

const [command = 'list', ...rest] = process.argv.slice(2);
let failed = false;
if (command === 'try') {
  const [repo = '', commit = '', file = ''] = rest;
  const html = pageHtml({ repo, commit, path: file });
  if (!html) throw new Error(`no page at ${repo}@${commit}:${file} under ${MIRRORS_DIR}`);
  console.log(selectedText(parsePage(html), flagValues(rest, '--include'), flagValues(rest, '--exclude')));
} else {
  const pages = readCorpus();
  if (command === 'list') {
    for (const p of pages) console.log([p.id, p.split, p.kind, p.lang, p.category].join('\t'));
  } else if (command === 'show') {
    const page = pages.find((p) => p.id === rest[0]);
    if (!page) throw new Error(`no labelled page ${rest[0]}`);
    const html = pageHtml(page);
    console.log(html ? (referenceText(page, html) ?? '(no reference body)') : '(page not in the mirror)');
  } else if (command === 'check') {
    for (const page of pages) {
      const problem = !hasMirror(page.repo)
        ? `no mirror of ${page.repo} under ${MIRRORS_DIR}`
        : !pageHtml(page)
          ? 'page not found at its commit'
          : page.kind === 'article' && !(referenceText(page, pageHtml(page) ?? '') ?? '').trim()
            ? 'empty reference body'
            : null;
      if (problem) {
        failed = true;
        console.log(`${page.id}: ${problem}`);
      }
    }
    const articles = pages.filter((p) => p.kind === 'article');
    console.log(`${pages.length} pages: ${articles.length} articles, ${pages.length - articles.length} non-articles`);
    console.log(`splits: ${countBy(pages, (p) => `${p.split}/${p.kind}`)}`);
    console.log(`languages: ${countBy(pages, (p) => p.lang)}`);
    console.log(`categories: ${countBy(pages, (p) => `${p.kind === 'article' ? '' : 'non-article '}${p.category}`)}`);
  } else {
    throw new Error(`unknown command ${command}`);
  }
}
process.exit(failed ? 1 : 0);

// The cheap check reads pages through XPath in the browser (no element wrappers) and through the DOM in
// Node: both must give the same answers. On every fixture, hostile and corpus page, and on pages built
// to sit on the XPath reader's edges, every answer and the verdict are the DOM reader's.
import { test, expect, chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from '../../scripts/chromium';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/readability');

const prose = (chars: number) => 'Lorem ipsum, dolor sit amet. '.repeat(Math.ceil(chars / 29)).slice(0, chars);
const teasers = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<article><h3><a href="/s/${i}">Story ${i}</a></h3><p>${prose(90)}</p></article>`,
  ).join('');
const html = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** Pages on the XPath reader's edges: attribute case, hidden fields, prose it can only bound. */
const EDGES: Record<string, string> = {
  'JSON-LD type in capitals': html('<script type="Application/LD+JSON">{"@type":"NewsArticle"}</script>', ''),
  'broken and graph JSON-LD': html(
    '<script type="application/ld+json">{oops</script><script type="application/ld+json">{"@graph":[{"@type":"CollectionPage"}]}</script>',
    `<p>${prose(300)}</p>`,
  ),
  'canonical in capitals on a teaser grid': html(
    '<meta property="og:type" content="article"><link rel="Canonical" href="https://example.com/tag/news/">',
    teasers(8),
  ),
  'og:url archive address': html(
    '<meta property="og:type" content="article"><meta property="og:url" content="https://example.com/page/2">',
    teasers(8),
  ),
  'first og:type without content': html(
    '<meta property="og:type"><meta property="og:type" content="article">',
    `<p>${prose(900)}</p>`,
  ),
  'password in capitals': html('', `<form><input type="PASSWORD"></form><p>${prose(200)}</p>`),
  'only hidden passwords': html(
    '',
    `<input type="password" style="display: none"><input type="password" hidden><input type="password" aria-hidden="true"><p>${prose(700)}</p>`,
  ),
  'styled but visible password': html('', `<input type="password" style="width: 10em"><p>${prose(200)}</p>`),
  'teasers beside one long column': html('', `${teasers(8)}<div>${prose(700)}<p>${prose(700)}</p></div>`),
  'teasers beside many short paragraphs': html('', `${teasers(8)}<div>${`<p>${prose(100)}</p>`.repeat(14)}</div>`),
  'whitespace-padded paragraphs': html(
    '',
    `<p>${'&nbsp; \n'.repeat(30)}${prose(130)}${'\u2003'.repeat(20)}</p>`.repeat(3),
  ),
  'prose between line breaks': html('', `<div>${prose(400)}<br>${prose(400)}<br></div>`),
  'long paragraphs in list items': html('', `<ul>${`<li><p>${prose(600)}</p></li>`.repeat(3)}</ul>`),
  'hidden long paragraph': html('', `<p hidden>${prose(900)}</p><p>${prose(100)}</p>`),
  'paragraphs just under the score': html('', `<p>${prose(160)}</p>`.repeat(4)),
  'paragraphs either side of 540': html('', `<p>${prose(540)}</p><p>${prose(541)}</p>`),
  'a paragraph and a <br> div near the score': html('', `<p>${prose(300)}</p><div>${prose(200)}<br>${prose(60)}</div>`),
  'more paragraphs than XPath is asked about': html('', `${teasers(8)}${`<p>${prose(150)}</p>`.repeat(210)}`),
  'empty page': html('', ''),
  'password in a header popup': html(
    '',
    `<header><div class="Login-Popup"><input type="password"></div></header><p>${prose(200)}</p>`,
  ),
  'password in a modal named by id': html(
    '',
    `<div id="signInModal"><input type="password"></div><p>${prose(200)}</p>`,
  ),
  'Japanese title and short paragraphs': html(
    '<title>総務省が試算を公表 - ニュース</title>',
    `<p>${'軽減税率の効果について総務省が試算をまとめた。'.repeat(3)}</p>`.repeat(4),
  ),
  'Korean page by its lang': html('', `<p>${'정부는 오늘 새로운 정책을 발표했다. '.repeat(6)}</p>`.repeat(3)).replace(
    '<html>',
    '<html lang="ko">',
  ),
  'root canonical and a relative og:url': html(
    '<link rel="CANONICAL" href="https://news.example/"><meta property="og:url" content="/threads/123">',
    `<p>${prose(900)}</p>`,
  ),
  'og:type product': html('<meta property="og:type" content="product">', `<p>${prose(900)}</p>`),
};

function pagesUnder(dir: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pagesUnder(full);
    return entry.name.endsWith('.html') && entry.name !== 'expected.html' ? [[path.relative(ROOT, full), full]] : [];
  }) as Array<[string, string]>;
}

let browser: Browser;
let bundle: string;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const built = await build({
    entryPoints: [path.join(import.meta.dirname, 'support/signal-readers-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
  });
  bundle = built.outputFiles[0]?.text ?? '';
});

test.afterAll(async () => {
  await browser.close();
});

async function compare(name: string, source: string): Promise<void> {
  // Page scripts off: a page that patches JSON or Array would patch the bundle's world too.
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.setContent(source, { waitUntil: 'domcontentloaded' });
  const { dom, xpath } = (await page.evaluate(`${bundle}\n;globalThis.__compareSignalReaders()`)) as {
    dom: unknown;
    xpath: unknown;
  };
  await page.close();
  expect(xpath, name).toEqual(dom);
}

test('on pages built on its edges, the XPath reader answers as the DOM reader does', async () => {
  for (const [name, source] of Object.entries(EDGES)) await compare(name, source);
});

test('on every fixture and hostile page, the XPath reader answers as the DOM reader does', async () => {
  const pages = [
    ...pagesUnder(path.join(ROOT, 'tests/fixtures/pages')),
    ...pagesUnder(path.join(ROOT, 'tests/fixtures/hostile')),
  ];
  expect(pages.length).toBeGreaterThan(20);
  for (const [name, file] of pages) await compare(name, readFileSync(file, 'utf8'));
});

test('on the 40 saved real pages, the XPath reader answers as the DOM reader does', async () => {
  test.skip(!existsSync(CORPUS), `../shared is not next to the project (${CORPUS}): the corpus is skipped`);
  const pages = pagesUnder(CORPUS).filter(([name]) => name.endsWith('source.html'));
  expect(pages.length).toBe(40);
  for (const [name, file] of pages) await compare(name, readFileSync(file, 'utf8'));
});

// A static file server on loopback for the demo and the e2e tests: our fixture pages under
// /fixtures/, the French, German, Spanish and Russian ones under /languages/<lang>/, the hostile pages
// under /hostile/, the knowledge look-up page under /knowledge/, the seed under /seed/ (when ../shared
// is present), and an index of them at /.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve(import.meta.dirname, '..');
const MOUNTS: Record<string, string> = {
  '/fixtures/': path.join(ROOT, 'tests/fixtures/pages'),
  '/languages/': path.join(ROOT, 'tests/fixtures/languages'),
  '/seed/': path.resolve(ROOT, '../shared/seed'),
  '/hostile/': path.join(ROOT, 'tests/fixtures/hostile'),
  '/knowledge/': path.join(ROOT, 'tests/fixtures/knowledge'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface StaticServer {
  /** The address of a path; `/@site/<fixture>/<address>` is that fixture served at that address of its own site. */
  url(pathname: string): string;
  close(): Promise<void>;
}

/** A page linking every fixture page, so the demo starts somewhere useful. */
function indexPage(): string {
  const dir = MOUNTS['/fixtures/'] as string;
  const slugs = readdirSync(dir).filter((slug) => existsSync(path.join(dir, slug, 'source.html')));
  const links = slugs.map((slug) => `<li><a href="/fixtures/${slug}/source.html">${slug}</a></li>`).join('');
  return `<!doctype html><meta charset="utf-8"><title>Backstory demo pages</title><h1>Backstory demo pages</h1><p>Articles get marks; the other pages stay as they are.</p><ul>${links}</ul>`;
}

/** The page a fixture's own site serves: ours in English, or a language's ("fr-accueil-quotidien-regional"). */
function sitePage(slug: string): string {
  const english = path.join(MOUNTS['/fixtures/'] as string, slug, 'source.html');
  if (existsSync(english)) return english;
  const languages = MOUNTS['/languages/'] as string;
  const lang = /^([a-z]{2})-/.exec(slug)?.[1] ?? '';
  return path.join(languages, lang, slug, 'source.html');
}

/** `extra` adds mounts (URL prefix → folder), e.g. the benchmark's generated pages. */
export async function startStaticServer(port = 0, extra: Record<string, string> = {}): Promise<StaticServer> {
  const mounts = { ...MOUNTS, ...extra };
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // http://<fixture>.localhost:<port>/ is that fixture at its site's root, and at any address of that
    // site outside the mounts ("/es/"): a home page must be served where home pages live (the cheap check
    // reads the address). Browsers resolve *.localhost to loopback.
    const site = /^([a-z0-9-]+)\.localhost(?::\d+)?$/i.exec(req.headers.host ?? '')?.[1];
    const rootPage = site ? sitePage(site) : '';
    const mounted = Object.keys(mounts).some((m) => pathname.startsWith(m));
    if (site && !mounted && existsSync(rootPage)) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(readFileSync(rootPage));
      return;
    }
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(indexPage());
      return;
    }
    const mount = Object.keys(mounts).find((m) => pathname.startsWith(m));
    const dir = mount ? (mounts[mount] as string) : '';
    const file = mount ? path.join(dir, pathname.slice(mount.length)) : '';
    if (!mount || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: (pathname) => {
      const [, site, address] = /^\/@site\/([a-z0-9-]+)(\/.*)$/.exec(pathname) ?? [];
      return site ? `http://${site}.localhost:${bound}${address}` : `http://127.0.0.1:${bound}${pathname}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

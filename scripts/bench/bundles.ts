// Sizes of every built file, raw and gzipped, the content script first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function bundleSizes(buildDir: string): BundleSize[] {
  const files = walk(buildDir).filter((f) => /\.(js|css|html|json)$/.test(f));
  const sizes = files.map((f) => {
    const data = readFileSync(f);
    return { file: path.relative(buildDir, f), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  // The content scripts first: the sentinel (every page), the analyzer it loads on articles, the cards.
  const order = ['sentinel.js', 'analyzer.js', 'cards.js'];
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return sizes.sort((a, b) => rank(a.file) - rank(b.file) || b.gzip - a.gzip);
}

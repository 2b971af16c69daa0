// Reads a corpus page's bytes out of a git mirror of its repository (`<mirrors>/<owner>+<name>/repo`)
// and decodes them with the charset the page declares, as a browser would.
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const MIRRORS_DIR = path.resolve(
  process.env.BACKSTORY_MIRRORS ?? path.join(import.meta.dirname, '../../../.mirror'),
);

export function mirrorOf(repo: string): string {
  return path.join(MIRRORS_DIR, repo.replace('/', '+'), 'repo');
}

export function hasMirror(repo: string): boolean {
  return existsSync(mirrorOf(repo));
}

/** The file's bytes at `commit`, or null when the mirror or the file is not there. */
export function readBlob(repo: string, commit: string, file: string): Buffer | null {
  if (!hasMirror(repo)) return null;
  try {
    const bytes = execFileSync('git', ['--git-dir', mirrorOf(repo), 'cat-file', 'blob', `${commit}:${file}`], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Some corpora store pages gzipped (".html.gz").
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  } catch {
    return null;
  }
}

/** The charset a page declares in its first bytes (BOM, <meta charset>, http-equiv), if any. */
function declaredCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a saved page: as UTF-8 when its bytes are valid UTF-8 (a saved copy often keeps a stale
 * `<meta charset>` while the file was written in UTF-8, as the server's header had said), else in
 * the charset it declares, else windows-1252, a browser's fallback.
 */
export function decodePage(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a legacy charset.
  }
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall back as a browser does.
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

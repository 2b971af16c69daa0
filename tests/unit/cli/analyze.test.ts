// The CLI as a user runs it: JSON with offsets that index into the text, a readable summary,
// a clear one-line error and exit code 2 for bad input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtures, SEED_PAGE, SHARED_AVAILABLE } from '../helpers';
import { SHARED_DIR } from '../../../cli/eval/gold';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function analyze(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', () => {
  const article = fixtures().find((c) => c.name === 'trade-deal-wordpress');
  const listing = fixtures().find((c) => c.gold.isArticle === false);

  it('prints the promised JSON shape for an article, mentions indexing into text', () => {
    const { code, stdout } = analyze(article!.pagePath, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ isArticle: true, lang: 'en', title: expect.any(String) });
    expect(out.entities.length).toBeGreaterThan(5);
    for (const e of out.entities) {
      expect(['person', 'agreement', 'organization']).toContain(e.kind);
      for (const m of e.mentions) expect(out.text.slice(m.start, m.end)).toBe(m.text);
    }
    const ids = new Set(out.entities.map((e: { id: string }) => e.id));
    for (const q of out.quotes) expect(ids.has(q.speaker)).toBe(true);
  });

  it('prints isArticle false and no entities for a non-article', () => {
    const out = JSON.parse(analyze(listing!.pagePath, '--json').stdout);
    expect(out.isArticle).toBe(false);
    expect(out.entities).toEqual([]);
  });

  it('prints a readable summary without --json', () => {
    const { stdout } = analyze(article!.pagePath);
    expect(stdout).toMatch(/^People \(\d+\)$/m);
    expect(stdout).toContain('Luiz Inácio Lula da Silva');
    expect(stdout).toMatch(/Treaty of Asunción \(treaty, 1991\)/);
  });

  it('fails with one line and exit code 2 for a missing, empty or non-HTML file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backstory-'));
    writeFileSync(path.join(dir, 'empty.html'), '');
    writeFileSync(path.join(dir, 'notes.txt'), 'just some words');
    for (const file of [path.join(dir, 'missing.html'), path.join(dir, 'empty.html'), path.join(dir, 'notes.txt')]) {
      const { code, stderr, stdout } = analyze(file, '--json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it.skipIf(!SHARED_AVAILABLE)(
    'passes ../shared/tools/check-analyze-contract.mjs on the seed with its six people',
    () => {
      const run = spawnSync(process.execPath, [path.join(SHARED_DIR, 'tools/check-analyze-contract.mjs'), SEED_PAGE], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.stdout).toContain('contract holds');
      const out = JSON.parse(analyze(SEED_PAGE, '--json').stdout);
      expect(out.entities.filter((e: { kind: string }) => e.kind === 'person')).toHaveLength(6);
    },
  );
});

// The hand-made labels of the real-web corpora stay consistent with the corpus they describe: every
// entity-labelled page is a labelled article of the corpus, in the same split, and every entry is usable.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../cli/corpus/manifest';
import { readEntityLabels } from '../../cli/eval/real-web-entities';

describe('real-web entity labels', () => {
  const pages = new Map(readCorpus().map((p) => [p.id, p]));
  const labels = readEntityLabels();

  it('label at least 40 pages, with a dev and a test part', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40);
    expect(labels.some((l) => l.split === 'dev')).toBe(true);
    expect(labels.some((l) => l.split === 'test')).toBe(true);
  });

  it('label articles of the corpus, each once, in the split the corpus gives them', () => {
    const problems = labels.flatMap((l) => {
      const page = pages.get(l.id);
      if (!page) return [`${l.id}: not in the corpus`];
      if (page.kind !== 'article') return [`${l.id}: not an article`];
      return page.split === l.split ? [] : [`${l.id}: split ${l.split}, corpus says ${page.split}`];
    });
    expect(problems).toEqual([]);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
  });

  it('give every person and agreement a name and the forms it takes in the text', () => {
    const problems = labels.flatMap((l) =>
      [...(l.people ?? []), ...(l.agreements ?? [])]
        .filter((e) => !e.name?.trim() || !Array.isArray(e.mentions) || e.mentions.length === 0)
        .map((e) => `${l.id}: ${JSON.stringify(e)}`),
    );
    expect(problems).toEqual([]);
  });
});

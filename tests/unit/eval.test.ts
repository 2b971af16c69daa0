// `npm run eval`'s floors, asserted: over our golden articles people F1 ≥ 0.95 and agreements F1 ≥ 0.90.
import { describe, expect, it } from 'vitest';
import { articleFixtures } from './helpers';
import { evaluateCase, FLOORS, total } from '../../cli/eval/run-eval';
import { f1, scorePage } from '../../cli/eval/score';
import { recordedLookup } from '../../cli/eval/recorded-knowledge';
import type { Entity } from '../../lib/types';

describe('entity finding on the golden articles', () => {
  const results = articleFixtures().map(evaluateCase);
  const sum = total(results);

  it('covers at least 10 articles', () => {
    expect(results.length).toBeGreaterThanOrEqual(10);
  });

  it(`finds people with F1 ≥ ${FLOORS.peopleF1}`, () => {
    expect(f1(sum.people).f1).toBeGreaterThanOrEqual(FLOORS.peopleF1);
  });

  it(`finds agreements and treaty bodies with F1 ≥ ${FLOORS.agreementsF1}`, () => {
    expect(f1(sum.agreements).f1).toBeGreaterThanOrEqual(FLOORS.agreementsF1);
  });

  it('takes no not_people entry for a person on any page', () => {
    expect(results.flatMap((r) => r.score.notPeopleFound.map((n) => `${r.name}: ${n}`))).toEqual([]);
  });
});

describe('scoring a real page on the text its labels were made from', () => {
  const person = (name: string): Entity =>
    ({
      id: name,
      kind: 'person',
      name,
      mentions: [{ start: 0, end: name.length, text: name }],
    }) as unknown as Entity;
  const gold = { people: [{ name: 'Ana Torres', mentions: ['Ana Torres', 'Torres'] }] };

  it('counts a name outside the labelled text neither right nor wrong, and one inside it as found', () => {
    const labelled = 'Ana Torres said the talks went well.';
    const score = scorePage([person('Ana Torres'), person('Dana Bash')], gold, labelled);
    expect(score.people).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.notes).toContain('outside the labelled text: "Dana Bash"');
  });

  it('still counts a false person inside the labelled text', () => {
    const score = scorePage([person('Ana Torres'), person('Jerry World')], gold, 'Ana Torres opened Jerry World.');
    expect(score.people).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('the recorded knowledge file, replayed as the background asks', () => {
  it('answers each name as wbgetentities would, through the background’s own parser', () => {
    const lookup = recordedLookup();
    expect(lookup).not.toBeNull();
    const answers = lookup?.(['Amy Poehler', 'Rodong Sinmun', 'Aerospace Writer Marcia Dunn', 'Never Recorded']);
    expect([...(answers ?? [])]).toEqual([
      ['amy poehler', 'person'],
      ['rodong sinmun', 'not-person'],
      ['aerospace writer marcia dunn', null],
      ['never recorded', null],
    ]);
  });
});

// `npm run eval`'s floors, asserted: over our golden articles people F1 ≥ 0.95 and agreements F1 ≥ 0.90.
import { describe, expect, it } from 'vitest';
import { articleFixtures } from './helpers';
import { evaluateCase, FLOORS, total } from '../../cli/eval/run-eval';
import { f1 } from '../../cli/eval/score';

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

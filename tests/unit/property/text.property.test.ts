// Property: the allocation-free length of whitespace-collapsed text agrees with collapsing it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizedLength, normalizeSpace } from '../../../lib/article/dom-utils';
import { SETTINGS } from './arbitraries';

const whitespacey = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u200b'),
});

describe('normalizedLength (property)', () => {
  it(`equals normalizeSpace(s).length (${SETTINGS.numRuns} cases)`, () => {
    fc.assert(
      fc.property(whitespacey, (s) => {
        expect(normalizedLength(s)).toBe(normalizeSpace(s).length);
      }),
      SETTINGS,
    );
  });
});

// The page's checks of the side panel's requests: valid ones pass through, anything else — wrong
// types, negative or reversed offsets, missing fields, random values — is refused with an error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFocusEntity, parseScrollToText, parseSettings } from '../../../platform/content-requests';
import { SEED } from '../property/arbitraries';

describe('content requests', () => {
  it('pass valid requests through', () => {
    expect(parseScrollToText({ start: 3, end: 9 })).toEqual({ start: 3, end: 9 });
    expect(parseFocusEntity({ id: 'person:sergey-lavrov' })).toEqual({ id: 'person:sergey-lavrov' });
  });

  it('refuse malformed ones', () => {
    for (const data of [
      null,
      undefined,
      7,
      'x',
      {},
      { start: -1, end: 2 },
      { start: 1.5, end: 2 },
      { start: 5, end: 2 },
      { start: '1', end: 2 },
    ]) {
      expect(() => parseScrollToText(data)).toThrow(/Malformed scrollToText/);
    }
    for (const data of [null, {}, { id: 7 }, { id: '' }, { id: 'x'.repeat(201) }]) {
      expect(() => parseFocusEntity(data)).toThrow(/Malformed focusEntity/);
    }
  });

  it('read settings leniently: wrong types and unknown kinds dropped, never a throw', () => {
    expect(parseSettings({ disabledSites: ['a.com', 3], markedKinds: ['person', 'city', null] })).toEqual({
      disabledSites: ['a.com'],
      markedKinds: ['person'],
    });
    expect(parseSettings(null)).toEqual({ disabledSites: [], markedKinds: ['person', 'agreement', 'organization'] });
    fc.assert(
      fc.property(fc.anything(), (data) => void parseSettings(data)),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('return exactly the checked fields or throw, for any value (1000 cases)', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        try {
          const parsed = parseScrollToText(data);
          expect(Number.isInteger(parsed.start) && parsed.end >= parsed.start).toBe(true);
        } catch (error) {
          expect(String(error)).toMatch(/Malformed scrollToText/);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

// The visible headline the metadata readers scope by: the h1 that matches the declared title, and of
// two equal copies the one in the article's own container (a menu tab or sticky bar can repeat it).
import { describe, expect, it } from 'vitest';
import { findHeadline } from '../../../lib/article/headline';
import { page } from '../helpers';

describe('findHeadline', () => {
  it('picks the h1 whose words match the declared title, not the site logo', () => {
    const doc = page('<h1>The Daily</h1><article><h1>Ministers meet in Yerevan</h1><p>Text.</p></article>');
    expect(findHeadline(doc, 'Ministers meet in Yerevan')?.textContent).toBe('Ministers meet in Yerevan');
  });

  it("prefers the copy in the body's container to an equal one before it", () => {
    const doc = page(
      '<div class="tab"><h1>Ministers meet in Yerevan</h1></div><article><h1 id="own">Ministers meet in Yerevan</h1><p id="p">Text.</p></article>',
    );
    const body = doc.getElementById('p');
    expect(findHeadline(doc, 'Ministers meet in Yerevan', body)?.id).toBe('own');
    // Without the body, the first copy.
    expect(findHeadline(doc, 'Ministers meet in Yerevan')?.id).toBe('');
  });

  it('gives none when no heading matches', () => {
    expect(findHeadline(page('<h1>Weather</h1>'), 'Ministers meet in Yerevan')).toBeNull();
  });
});

// The text map: whitespace collapsed, blocks on their own lines, skipped subtrees left out, and every
// character traceable to its DOM text node and offset.
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../lib/article/text-map';
import { isSkippedTag } from '../../../lib/article/dom-utils';
import { page } from '../helpers';

describe('buildTextMap', () => {
  it('collapses whitespace, separates blocks and skips scripts', () => {
    const doc = page(
      '<div id="r"><p>  Sergey\n   <b>Lavrov</b> met\tthe press. </p><script>var x = 1;</script><ul><li>One</li><li>Two</li></ul></div>',
    );
    const map = buildTextMap([{ root: doc.getElementById('r') as Element }], isSkippedTag);
    expect(map.text).toBe('Sergey Lavrov met the press.\n\nOne\n\nTwo\n\n');
  });

  it('maps every character back to its node and raw offset', () => {
    const doc = page('<p id="r">A  <i>quoted</i>\n name</p>');
    const map = buildTextMap([{ root: doc.getElementById('r') as Element }], isSkippedTag);
    for (const segment of map.segments) {
      for (let i = segment.start; i < segment.end; i++) {
        const raw = segment.raw ? (segment.raw[i - segment.start] as number) : i - segment.start;
        const ch = segment.node.data.charAt(raw);
        expect(ch === map.text.charAt(i) || (/\s/.test(ch) && map.text.charAt(i) === ' ')).toBe(true);
      }
    }
    expect(map.text.trim()).toBe('A quoted name');
  });

  it('reads only the included children of a region and flags code as unmarkable', () => {
    const doc = page('<div id="r"><p id="a">Kept <code>Lavrov()</code></p><p id="b">Dropped</p></div>');
    const root = doc.getElementById('r') as Element;
    const map = buildTextMap([{ root, include: new Set([doc.getElementById('a') as Element]) }], isSkippedTag);
    expect(map.text.trim()).toBe('Kept Lavrov()');
    expect(map.segments.find((s) => s.node.data.includes('Lavrov'))?.markable).toBe(false);
  });
});

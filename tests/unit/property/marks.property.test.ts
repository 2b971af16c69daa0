// Property: on any DOM tree and any mention spans, marking keeps the page's text identical, never nests
// marks, and unmarking restores the exact DOM — every node, attribute and text-node boundary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkSet, MARK_TAG, type MarkRequest } from '../../../lib/highlight/marks';
import { buildTextMap } from '../../../lib/article/text-map';
import { page } from '../helpers';
import { bodies, build, spans, SETTINGS } from './arbitraries';

/** The DOM below `node` as data: element tags and attributes, and each text node on its own. */
function snapshot(node: Node): unknown {
  if (node.nodeType === 3) return { text: (node as Text).data };
  const el = node as Element;
  return {
    tag: el.localName,
    attrs: Array.from(el.attributes ?? [], (a) => `${a.name}=${a.value}`),
    kids: Array.from(node.childNodes, snapshot),
  };
}

describe('marking (property)', () => {
  it(`keeps textContent, never nests marks, and unwraps to the exact DOM (${SETTINGS.numRuns} cases)`, () => {
    const cases = bodies.chain((trees) => {
      const doc = page('');
      build(doc, doc.body, trees);
      const length = buildTextMap([{ root: doc.body }], () => false).text.length;
      return fc.tuple(fc.constant(trees), spans(length));
    });
    fc.assert(
      fc.property(cases, ([trees, ranges]) => {
        const doc = page('');
        build(doc, doc.body, trees);
        const before = snapshot(doc.body);
        const text = doc.body.textContent;
        const map = buildTextMap([{ root: doc.body }], () => false);
        const requests: MarkRequest[] = ranges.map((r, i) => ({ ...r, entityId: `e${i}`, kind: 'person' }));
        const marks = new MarkSet();
        marks.wrap(doc, map, requests);
        expect(doc.body.textContent).toBe(text);
        expect(doc.querySelectorAll(`${MARK_TAG} ${MARK_TAG}`).length).toBe(0);
        for (const mark of doc.querySelectorAll(MARK_TAG)) expect(mark.textContent).not.toBe('');
        // Nothing is wrapped inside code or pre.
        expect(doc.querySelectorAll(`code ${MARK_TAG}, pre ${MARK_TAG}`).length).toBe(0);
        marks.unwrapAll();
        expect(snapshot(doc.body)).toEqual(before);
      }),
      SETTINGS,
    );
  });

  it('keeps the page’s next text node its own, even after the page normalized away the split’s empty rest', () => {
    const doc = page('<p></p>');
    const p = doc.querySelector('p') as Element;
    p.append(doc.createTextNode('Ana Lee'), doc.createTextNode(' spoke'));
    const marks = new MarkSet();
    marks.wrap(
      doc,
      buildTextMap([{ root: doc.body }], () => false),
      [{ start: 4, end: 7, entityId: 'e', kind: 'person' }],
    );
    expect(p.querySelector(MARK_TAG)?.textContent).toBe('Lee');
    p.normalize(); // a page script: drops the empty text node the split left after the mark
    marks.unwrapAll();
    expect(Array.from(p.childNodes, (n) => n.textContent)).toEqual(['Ana Lee', ' spoke']);
  });
});

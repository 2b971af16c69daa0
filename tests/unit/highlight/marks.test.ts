// Marking: wrapping keeps the text, running twice changes nothing, code and form fields are never
// touched, and unwrapping restores the exact DOM.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { MarkSet, MARK_TAG, type MarkRequest } from '../../../lib/highlight/marks';
import { buildTextMap } from '../../../lib/article/text-map';
import { articleFixtures, loadDocument, page } from '../helpers';

function requests(result: ReturnType<typeof analyzeDocument>): MarkRequest[] {
  return result.analysis.entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id, kind: e.kind })),
  );
}

describe('MarkSet', () => {
  for (const c of articleFixtures().slice(0, 6)) {
    it(`${c.name}: wraps every mention, keeps the text, unwraps exactly`, () => {
      const doc = loadDocument(c.pagePath);
      const html = doc.documentElement.outerHTML;
      const text = doc.body.textContent;
      const result = analyzeDocument(doc);
      const marks = new MarkSet();
      marks.wrap(doc, result.article!.text, requests(result));
      expect(doc.querySelectorAll(MARK_TAG).length).toBe(requests(result).length);
      expect(doc.body.textContent).toBe(text);
      // A second run over the marked page finds the same mentions and adds nothing.
      const again = analyzeDocument(doc);
      marks.wrap(doc, again.article!.text, requests(again));
      expect(doc.querySelectorAll(MARK_TAG).length).toBe(requests(result).length);
      marks.unwrapAll();
      expect(doc.documentElement.outerHTML).toBe(html);
    });
  }

  it('wraps a name split across inline elements piece by piece, with one tab stop', () => {
    const doc = page('<p id="p">Talks with Sergey <b>Lavrov</b> ended.</p>');
    const html = doc.body.innerHTML;
    const textMap = buildTextMap([{ root: doc.getElementById('p') as Element }], () => false);
    const start = textMap.text.indexOf('Sergey');
    const marks = new MarkSet();
    marks.wrap(doc, textMap, [
      { start, end: start + 'Sergey Lavrov'.length, entityId: 'person:sergey-lavrov', kind: 'person' },
    ]);
    const pieces = Array.from(doc.querySelectorAll(MARK_TAG));
    expect(pieces.map((m) => m.textContent)).toEqual(['Sergey ', 'Lavrov']);
    expect(pieces.map((m) => m.getAttribute('tabindex'))).toEqual(['0', null]);
    marks.unwrapAll();
    expect(doc.body.innerHTML).toBe(html);
  });

  it('never wraps inside code', () => {
    const doc = page('<p id="p">Call <code>Lavrov</code> now.</p>');
    const textMap = buildTextMap([{ root: doc.getElementById('p') as Element }], () => false);
    const start = textMap.text.indexOf('Lavrov');
    new MarkSet().wrap(doc, textMap, [{ start, end: start + 6, entityId: 'person:x', kind: 'person' }]);
    expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  });
});

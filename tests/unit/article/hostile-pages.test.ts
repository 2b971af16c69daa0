// The hostile pages (tests/fixtures/hostile) in Node: what their scripts do in a browser is done here
// with DOM calls. Deep nesting reads as the flat page does, a 1 MB text node is read whole, a French
// article gets no entities, and a page's shadow-root and iframe text is not the article's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/load-page';
import { analyzeDocument } from '../../../lib/analyze';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/hostile');
const load = (name: string) => parsePage(readFileSync(path.join(DIR, name), 'utf8'));
const names = (doc: Document) => analyzeDocument(doc).analysis.entities.map((e) => e.name);

describe('hostile pages', () => {
  it('an article wrapped 2,000 elements deep reads exactly as the flat one', () => {
    const flat = analyzeDocument(load('deep-nesting.html'));
    const doc = load('deep-nesting.html');
    let outer = doc.getElementById('story') as Element;
    for (let i = 0; i < 2000; i++) {
      const wrapper = doc.createElement(i % 2 ? 'div' : 'section');
      outer.parentNode?.insertBefore(wrapper, outer);
      wrapper.appendChild(outer);
      outer = wrapper;
    }
    const deep = analyzeDocument(doc);
    expect(deep.article?.text.text).toBe(flat.article?.text.text);
    expect(deep.analysis.entities.map((e) => e.name)).toContain('Haris Doukas');
  });

  it('a 1 MB text node is read whole, and the names around it are found', () => {
    const doc = load('huge-text.html');
    const line = 'The committee noted the report of the treasurer and agreed the budget. ';
    doc.getElementById('minutes')?.appendChild(doc.createTextNode(line.repeat(Math.ceil(1_048_576 / line.length))));
    const result = analyzeDocument(doc);
    expect(result.article?.text.text.length).toBeGreaterThan(1_048_576);
    expect(result.analysis.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['James Lewis', 'Alan Lamb']));
  });

  it('an Italian article, a language the finder does not read, is detected but gets no entities', () => {
    const result = analyzeDocument(load('unread-language.html'));
    expect(result.article?.meta.lang).toBe('it');
    expect(result.analysis.entities).toEqual([]);
  });

  it('the iframe’s text is not part of the article', () => {
    const result = analyzeDocument(load('shadow-iframe.html'));
    expect(result.article?.text.text).not.toContain('host Kari Nordmann');
    expect(names(load('shadow-iframe.html'))).not.toContain('Kari Nordmann');
  });
});

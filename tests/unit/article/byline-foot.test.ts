// Bylines that stand apart from the byline elements: a name beside the date ("Name | 29.07.2006"), and
// the closing lines of the story's body (a sign-off, an agency's reporter, a compiler's credit, an
// author's bio in italics), read after the page's own byline lines and before a desk's credit.
import { describe, expect, it } from 'vitest';
import { resolveByline } from '../../../lib/article/byline';
import { collectBylineClues } from '../../../lib/article/byline-clues';
import { readMetaValues } from '../../../lib/article/meta-values';
import { page } from '../helpers';

const PARAGRAPH = '<p>Some long paragraph of text about the things that happened.</p>';
const inArticle = (inner: string, after = '') =>
  `<article><h1>Ministers meet</h1>${inner}${PARAGRAPH}${after}</article>`;

describe('byline: beside the date, and at the foot of the story', () => {
  /** The byline of a page whose body is its <article>, as metadata.ts passes the extracted body. */
  function footBylineOf(body: string, outlet: string | null = null): string | null {
    const doc = page(body);
    const clues = collectBylineClues(
      doc,
      readMetaValues(doc),
      null,
      outlet,
      doc.querySelector('h1'),
      doc.querySelector('article'),
    );
    return resolveByline(clues, outlet);
  }

  it('reads a name standing beside the date, on one line or across line breaks', () => {
    expect(footBylineOf(inArticle('<div class="right"><span>Malte Welding </span> | 29.07.2006 um 14:26</div>'))).toBe(
      'Malte Welding',
    );
    const broken = '<div class="m-bar">Max Blumenthal<br><a href="/">The Grayzone</a><br>Thu, 14 May 2020</div>';
    expect(footBylineOf(inArticle(broken))).toBe('Max Blumenthal');
  });

  it('does not take a name beside a year that is no date, nor a section beside a date', () => {
    expect(footBylineOf(inArticle('<div>World Cup | Qatar 2022</div>'))).toBeNull();
    expect(footBylineOf(inArticle('<div>Breaking News | 29.07.2006</div>'))).toBeNull();
  });

  it('reads a sign-off closing the story, ahead of a desk credited above it', () => {
    const story = `<div class="story">${PARAGRAPH.repeat(90)}<p>-- By Michael Russell</p></div>`;
    const related = `<ul>${'<li><a href="/x">Another story</a></li>'.repeat(40)}</ul>`;
    const body = `<article><h1>Ministers meet</h1><div class="byline">By National Desk</div>${story}${related}</article>`;
    expect(footBylineOf(body)).toBe('Michael Russell');
  });

  it("reads an agency's reporter and a compiler's credit closing the last paragraph", () => {
    expect(
      footBylineOf(inArticle('', '<p>政府は攻撃を行う意図を維持していると指摘している。(c)AFP/Aminu ABUBAKAR</p>')),
    ).toBe('Aminu ABUBAKAR');
    expect(footBylineOf(inArticle('', '<p>DeepMind已将其研究结果发表在《自然》上。（编译/林靖东）</p>'))).toBe(
      '林靖东',
    );
  });

  it("reads the authors an italic bio presents at the foot, and not a story's last sentence", () => {
    const bio =
      '<p><b><i>Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es abogado y analista político.</i></b></p>';
    expect(footBylineOf(inArticle('', bio))).toBe('Andrés Malamud, Martín Schapiro');
    const plain =
      '<p>Andrés Malamud es politólogo e investigador en la Universidad de Lisboa, y lo que dijo ayer en la radio fue escuchado por todos los que estaban atentos a la discusión sobre el Estado.</p>';
    expect(footBylineOf(inArticle('', plain))).toBeNull();
  });
});

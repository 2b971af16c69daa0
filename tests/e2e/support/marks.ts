// Reads Backstory's marks out of a page: one entry per mention (pieces of a name split across inline
// elements are joined), with its text, kind and entity id.
import type { Page } from '@playwright/test';

export interface PageMark {
  text: string;
  kind: string;
  entity: string;
}

export async function readMarks(page: Page): Promise<PageMark[]> {
  return page.evaluate(() => {
    const marks: PageMark[] = [];
    for (const el of Array.from(document.querySelectorAll('backstory-mark'))) {
      const piece = {
        text: el.textContent ?? '',
        kind: el.getAttribute('data-backstory-kind') ?? '',
        entity: el.getAttribute('data-backstory-entity') ?? '',
      };
      const last = marks[marks.length - 1];
      // A continuation piece has no tab stop of its own.
      if (!el.hasAttribute('tabindex') && last && last.entity === piece.entity) last.text += piece.text;
      else marks.push(piece);
    }
    return marks;
  });
}

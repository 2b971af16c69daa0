// The article's publication date from the clues the page gathered (date-clues.ts): declared dates
// first, then the first date element or date line that gives a publication (not a modification), a
// declared creation date, the dateline, the address, the title; a modification date only when the page
// gives nothing else.
// Plain string work: it runs in the background, off the page's thread.
import { dateInAddress, parseDateText } from './date-text';
import type { DateClues, DatedElement } from './date-clues';

/** Words of a date line that gives a modification, not the publication ("Updated May 4", "更新"). */
const MODIFIED_LINE =
  /updated?|modified|edited|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|zaktualizowano|更新|수정/i;
/** Words that name the publication: a modification word after them is another date's ("Publié le 29/10/2012 Mis à jour le…"). */
const PUBLISHED_WORD =
  /publi|posted|veröffentlicht|erschienen|opublikowano|gepubliceerd|опубликовано|公開|配信|发布|發布|발행|게재/i;
/** A dateline opening the first paragraph: "Feb. 23, 2015 -- …", "3 mai 2019 – …". */
const DATELINE = /^(.{6,30}?)\s*(?:--|—|–|-|:)\s/;

function firstParsed(values: readonly string[], monthFirst: boolean): string | null {
  for (const value of values) {
    const parsed = parseDateText(value, monthFirst);
    if (parsed) return parsed;
  }
  return null;
}

/** The date an element gives in its attributes or its text; `modified` when it is a modification's. */
function fromElement(el: DatedElement, monthFirst: boolean): { date: string; modified: boolean } | null {
  const attribute = firstParsed(el.values, monthFirst);
  if (attribute) return { date: attribute, modified: el.modifiedProp };
  const parsed = el.text ? parseDateText(el.text, monthFirst) : null;
  return parsed ? { date: parsed, modified: el.modifiedProp || isModificationLine(el.text ?? '') } : null;
}

/** A line that gives a modification: a modification word not preceded by a publication word. */
function isModificationLine(text: string): boolean {
  const modified = MODIFIED_LINE.exec(text);
  return modified !== null && !PUBLISHED_WORD.test(text.slice(0, modified.index));
}

/** The publication date the page carries, as "YYYY-MM-DD" or an ISO timestamp; null when none. */
export function resolvePublishedDate(clues: DateClues): string | null {
  const { monthFirst } = clues;
  const declared = firstParsed(clues.declared, monthFirst);
  if (declared) return declared;
  let modified: string | null = null;
  for (const el of clues.elements) {
    const found = fromElement(el, monthFirst);
    if (found && !found.modified) return found.date;
    if (found) modified ??= found.date;
  }
  const created = firstParsed(clues.created, monthFirst);
  if (created) return created;
  // "Feb. 23, 2015 -- Life-threatening…": the date a wire story's first paragraph opens with.
  const dateline = clues.leading ? DATELINE.exec(clues.leading)?.[1] : undefined;
  const visible = dateline ? parseDateText(dateline, monthFirst) : null;
  if (visible) return visible;
  for (const address of clues.addresses) {
    const parsed = dateInAddress(address);
    if (parsed) return parsed;
  }
  // A dated title ("… - 07.12.2017 - LA NACION").
  return parseDateText(clues.title, monthFirst) ?? firstParsed(clues.modified, monthFirst) ?? modified;
}

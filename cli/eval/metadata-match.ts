// Does an extracted publication date or byline agree with the hand-made label? Dates within a day
// (a UTC timestamp can fall on the next or previous calendar day of the page's own zone); bylines
// when every labelled author's family name (or the agency's name) appears in what was found.

function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

export function sameDate(found: string | null | undefined, label: string): boolean {
  if (!found) return false;
  const a = dayNumber(found);
  const b = dayNumber(label);
  return a !== null && b !== null && Math.abs(a - b) <= 1;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The last word of each name in a label ("Jane Doe, John Roe" → ["doe", "roe"]). */
function familyNames(label: string): string[] {
  return label
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b)\s*/i)
    .map((name) => fold(name).match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((words) => words.length > 0)
    .map((words) => words[words.length - 1] as string);
}

export function sameByline(found: string | null | undefined, label: string): boolean {
  if (!found) return false;
  const haystack = new Set(fold(found).match(/[\p{L}\p{N}]+/gu) ?? []);
  const names = familyNames(label);
  return names.length > 0 && names.every((name) => haystack.has(name));
}

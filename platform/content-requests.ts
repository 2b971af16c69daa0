// Checks the side panel's requests to a page (scroll to a span, focus an entity) without a schema
// library: the page's bundle stays small, and anything malformed gets an error back.

function malformed(name: string): never {
  throw new Error(`Malformed ${name} message`);
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function parseScrollToText(data: unknown): { start: number; end: number } {
  const { start, end } = (data ?? {}) as { start?: unknown; end?: unknown };
  if (!isOffset(start) || !isOffset(end) || end < start) malformed('scrollToText');
  return { start, end };
}

export function parseFocusEntity(data: unknown): { id: string } {
  const { id } = (data ?? {}) as { id?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) malformed('focusEntity');
  return { id };
}

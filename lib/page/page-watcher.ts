// Watches the live page for content that arrives after the first read (lazy paragraphs, "read more")
// and asks for a fresh read, debounced, ignoring the changes our own marks make.
import { MARK_TAG } from '../highlight/marks';

export interface PageWatcher {
  /** Runs `fn` (which may change the DOM) without that change triggering a re-read. */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

/** Nodes added that are page content rather than our own marks or split text. */
function addsContent(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === 1 && (node as Element).localName !== MARK_TAG) return true;
    }
  }
  return false;
}

/**
 * Calls `onGrow` (at most every `delayMs`) when elements are added under `root`.
 * `limit` bounds how many re-reads one page can cause, so a page that never stops changing costs little.
 */
export function watchPage(root: Node, onGrow: () => void, delayMs = 400, limit = 20): PageWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let runs = 0;
  const observer = new MutationObserver((records) => {
    if (!addsContent(records) || runs >= limit) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      runs++;
      onGrow();
    }, delayMs);
  });
  const observe = () => observer.observe(root, { childList: true, subtree: true });
  observe();
  return {
    quietly<T>(fn: () => T): T {
      observer.disconnect();
      try {
        return fn();
      } finally {
        observer.takeRecords();
        observe();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}

// Follows single-page navigations (history.pushState and the like): the Navigation API's event where
// the browser has it, else a look at the address every second. Used by the sentinel on pages that were
// not articles and by the analyzer on pages it reads.

/** How often to look for a single-page navigation where the Navigation API is missing. */
const URL_POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
  removeEventListener(type: 'navigatesuccess', listener: () => void): void;
}

/** Calls `onChange` after the page's address changes without a load (history navigation). */
export function watchAddress(win: Window, onChange: () => void): () => void {
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', onChange);
    return () => navigation.removeEventListener('navigatesuccess', onChange);
  }
  let last = win.location.href;
  const timer = win.setInterval(() => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  }, URL_POLL_MS);
  return () => win.clearInterval(timer);
}

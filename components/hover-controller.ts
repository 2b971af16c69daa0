// When the card shows and hides: after ~350 ms of hover on a mark or at once on keyboard focus; it
// hides ~300 ms after the pointer leaves both mark and card, or on Escape, and stays dismissed until the
// pointer comes back or focus moves (WCAG 1.4.13). One card at a time, placed beside the mark.
import { placeCard } from './place-card';
import { MARK_TAG } from '../lib/highlight/marks';

/**
 * About 350 ms, but not a whole number of frames: pointer events arrive at the start of a frame, and a
 * delay of exactly 21 frames (350 ms at 60 Hz) ends just after a frame has begun, so the card would wait
 * a whole frame more to be painted. 340 ms ends mid-frame (60, 90, 120 Hz), in time for the next paint.
 */
export const SHOW_DELAY_MS = 340;
export const HIDE_DELAY_MS = 300;

export interface HoverTarget {
  mark: Element;
  entityId: string;
}

export interface HoverControllerOptions {
  /** Renders the card for a mark into the floating element and returns it. */
  open(target: HoverTarget): HTMLElement;
  close(): void;
}

function markOf(node: EventTarget | null): Element | null {
  const el = node instanceof Element ? node : null;
  return el?.closest(MARK_TAG) ?? null;
}

export class HoverController {
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private current: { mark: Element; card: HTMLElement; byKeyboard: boolean } | null = null;
  /** Watches the page while a card is open: the card goes when the page removes or rewrites its mark. */
  private anchorWatch: MutationObserver | null = null;
  private readonly listeners: Array<[EventTarget, string, EventListener]> = [];
  /** The mark whose card Escape dismissed while the pointer was on it: no card until the pointer leaves. */
  private dismissed: Element | null = null;
  /** True while Escape hands focus back to the mark, whose focus must not open the card again. */
  private refocusing = false;

  constructor(
    private readonly doc: Document,
    private readonly options: HoverControllerOptions,
  ) {
    this.listen(doc, 'pointerover', (e) => this.onPointerOver(e as PointerEvent));
    this.listen(doc, 'pointerout', (e) => this.onPointerOut(e as PointerEvent));
    this.listen(doc, 'focusin', (e) => this.onFocusIn(e));
    this.listen(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
  }

  private listen(target: EventTarget, type: string, handler: EventListener): void {
    target.addEventListener(type, handler, true);
    this.listeners.push([target, type, handler]);
  }

  get openMark(): Element | null {
    return this.current?.mark ?? null;
  }

  private entityOf(mark: Element): string {
    return mark.getAttribute('data-backstory-entity') ?? '';
  }

  private isCard(node: EventTarget | null): boolean {
    return (
      !!this.current &&
      node instanceof Node &&
      (this.current.card === node ||
        this.current.card.contains(node) ||
        (node as Element).localName === 'backstory-card')
    );
  }

  private onPointerOver(event: PointerEvent): void {
    if (this.isCard(event.target)) return clearTimeout(this.hideTimer);
    const mark = markOf(event.target);
    if (mark) this.pointerRests(mark, performance.now());
  }

  /** The pointer came to rest on `mark` at `since` (a performance.now() time): show its card after the delay. */
  pointerRests(mark: Element, since: number): void {
    clearTimeout(this.hideTimer);
    if (this.current?.mark === mark || this.dismissed === mark) return;
    clearTimeout(this.showTimer);
    const remaining = Math.max(0, SHOW_DELAY_MS - (performance.now() - since));
    this.showTimer = setTimeout(() => this.show(mark, false), remaining);
  }

  private onPointerOut(event: PointerEvent): void {
    const from = markOf(event.target) ?? (this.isCard(event.target) ? this.current?.mark : null);
    if (!from) return;
    const to = event.relatedTarget;
    if (markOf(to) === from || this.isCard(to)) return;
    if (from === this.dismissed) this.dismissed = null; // re-entering it shows the card again
    clearTimeout(this.showTimer);
    if (this.current && !this.current.byKeyboard) this.hideTimer = setTimeout(() => this.hide(false), HIDE_DELAY_MS);
  }

  private onFocusIn(event: Event): void {
    if (this.refocusing) return;
    const mark = markOf(event.target);
    if (mark && mark.getAttribute('tabindex') !== null) {
      clearTimeout(this.showTimer);
      clearTimeout(this.hideTimer);
      this.show(mark, true);
    } else if (this.current && !this.isCard(event.target)) {
      this.hide(false);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.current) return;
    const { mark } = this.current;
    // Focus goes back to the mark only from the card (or stays on the mark): a card opened by hover
    // leaves focus wherever the reader had it.
    const active = this.doc.activeElement;
    const focusNearCard = active === mark || this.isCard(active);
    this.dismissed = mark;
    this.hide(focusNearCard);
  }

  /** Opens the card for `mark` (closing any other). */
  show(mark: Element, byKeyboard: boolean): void {
    if (this.current?.mark === mark) return;
    if (this.current) this.hide(false);
    this.dismissed = null;
    const card = this.options.open({ mark, entityId: this.entityOf(mark) });
    this.current = { mark, card, byKeyboard };
    mark.setAttribute('data-backstory-active', '');
    this.watchAnchor(mark);
    void this.place();
  }

  private watchAnchor(mark: Element): void {
    const text = mark.textContent;
    const View = this.doc.defaultView?.MutationObserver;
    if (!View) return;
    this.anchorWatch = new View(() => {
      if (this.current?.mark === mark && (!mark.isConnected || mark.textContent !== text)) this.hide(false);
    });
    this.anchorWatch.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Re-places the open card (after its content changed size). */
  place(): void {
    const current = this.current;
    if (!current) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const { x, y, maxHeight } = placeCard(
      current.mark.getBoundingClientRect(),
      { width: current.card.offsetWidth, height: current.card.scrollHeight },
      { width: view.innerWidth, height: view.innerHeight },
    );
    current.card.style.setProperty('max-height', `${maxHeight}px`, 'important');
    current.card.style.setProperty('overflow', 'auto', 'important');
    if (this.current !== current) return;
    current.card.style.setProperty('left', `${Math.round(x)}px`, 'important');
    current.card.style.setProperty('top', `${Math.round(y)}px`, 'important');
  }

  hide(returnFocus: boolean): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    const current = this.current;
    if (!current) return;
    this.current = null;
    this.anchorWatch?.disconnect();
    this.anchorWatch = null;
    current.mark.removeAttribute('data-backstory-active');
    this.options.close();
    if (returnFocus && current.mark.isConnected && current.mark instanceof HTMLElement) {
      this.refocusing = true;
      try {
        current.mark.focus();
      } finally {
        this.refocusing = false;
      }
    }
  }

  destroy(): void {
    this.hide(false);
    for (const [target, type, handler] of this.listeners) target.removeEventListener(type, handler, true);
  }
}

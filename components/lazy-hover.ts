// Stands in for the hover controller until the reader first rests the pointer on a mark or focuses
// one: then it loads the card UI (most pages are read without a single hover), hands it that first
// intent, and steps aside.
import type { HoverController } from './hover-controller';
import { MARK_TAG } from '../lib/highlight/marks';

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARK_TAG) : null;
}

export class LazyHover {
  private hover: HoverController | null = null;
  private loading: Promise<HoverController> | null = null;
  /** The mark the pointer rests on while the UI loads, and since when. */
  private resting: { mark: Element; since: number } | null = null;
  private destroyed = false;
  private readonly listeners: Array<[string, EventListener]> = [
    ['pointerover', (e) => this.onPointerOver(e)],
    ['pointerout', (e) => this.onPointerOut(e)],
    ['focusin', (e) => this.onFocusIn(e)],
  ];

  constructor(
    private readonly doc: Document,
    private readonly load: () => Promise<HoverController>,
  ) {
    for (const [type, handler] of this.listeners) doc.addEventListener(type, handler, true);
  }

  private onPointerOver(event: Event): void {
    const mark = markOf(event.target);
    if (!mark) return;
    this.resting = { mark, since: performance.now() };
    void this.ready().then((hover) => {
      if (this.resting?.mark === mark) hover.pointerRests(mark, this.resting.since);
    });
  }

  private onPointerOut(event: Event): void {
    if (this.resting && markOf(event.target) === this.resting.mark) this.resting = null;
  }

  private onFocusIn(event: Event): void {
    const mark = markOf(event.target);
    if (mark && mark.getAttribute('tabindex') !== null) void this.show(mark, true);
  }

  /** The card UI, loaded once; from then on it listens for itself. */
  private ready(): Promise<HoverController> {
    this.loading ??= this.load().then((hover) => {
      this.stopListening();
      if (this.destroyed) hover.destroy();
      else this.hover = hover;
      return hover;
    });
    return this.loading;
  }

  private stopListening(): void {
    for (const [type, handler] of this.listeners) this.doc.removeEventListener(type, handler, true);
  }

  /** Opens the card of `mark` (loading the UI first if need be). */
  async show(mark: Element, byKeyboard: boolean): Promise<void> {
    const hover = await this.ready();
    if (!this.destroyed) hover.show(mark, byKeyboard);
  }

  hide(returnFocus: boolean): void {
    this.resting = null;
    this.hover?.hide(returnFocus);
  }

  destroy(): void {
    this.destroyed = true;
    this.stopListening();
    this.hover?.destroy();
    this.hover = null;
  }
}

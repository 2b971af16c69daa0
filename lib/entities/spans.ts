// Spans of the article text and a set of claimed spans, so that once a longer name claims
// characters ("EU-Mercosur Partnership Agreement"), no shorter one ("Mercosur") can claim them too.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export class ClaimedSpans {
  /** Disjoint, sorted by start. */
  private spans: Array<{ start: number; end: number }> = [];

  /** Index of the first claimed span that ends after `start`. */
  private firstEndingAfter(start: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as { end: number }).end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const candidate = this.spans[this.firstEndingAfter(start)];
    return candidate !== undefined && candidate.start < end;
  }

  /** Claims the span unless it overlaps one already claimed; says whether it did. */
  claim(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    this.spans.splice(this.firstEndingAfter(start), 0, { start, end });
    return true;
  }
}

// Small statistics for the benchmark: medians and maxima of repeated runs.

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function max(values: number[]): number {
  return values.length === 0 ? NaN : Math.max(...values);
}

export interface Summary {
  median: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  return { median: median(values), max: max(values) };
}

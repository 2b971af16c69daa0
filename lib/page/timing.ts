// Times the pipeline's stages as User Timing measures ("backstory:check", …), which the benchmark and
// DevTools read from the page's performance timeline. No-ops where the API is missing.

export const MEASURE_PREFIX = 'backstory:';

/** Runs `fn` and records how long it took as the measure `backstory:<name>`. */
export function timed<T>(name: string, fn: () => T): T {
  const perf = globalThis.performance;
  if (!perf || typeof perf.measure !== 'function') return fn();
  const start = perf.now();
  try {
    return fn();
  } finally {
    try {
      perf.measure(`${MEASURE_PREFIX}${name}`, { start, end: perf.now() });
    } catch {
      // Old engines without the options form of measure(): timing is optional.
    }
  }
}

/** Records a stage that ran in slices: it started at `start` and kept the main thread `busyMs` in all. */
export function recordMeasure(name: string, start: number, busyMs: number): void {
  try {
    globalThis.performance?.measure(`${MEASURE_PREFIX}${name}`, { start, duration: busyMs });
  } catch {
    // Timing is optional.
  }
}

// Long DOM work written as generators that pause at checkpoints. The content script runs them in
// short slices and hands the page's main thread back in between (no long tasks on big pages); Node,
// tests and the CLI run the same generators straight through.

/** Work that yields at checkpoints and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the work to its end without pausing. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many units (nodes, pieces) pass between checkpoints: cheap to count, fine enough to slice. */
export const CHECKPOINT_EVERY = 200;

export interface SliceOptions {
  /** Longest run between pauses, in ms: well under the 50 ms that makes a long task. */
  sliceMs: number;
  /** Gives the main thread back to the page until it is idle again. */
  pause: () => Promise<void>;
  now?: () => number;
  /** Reports a stage's main-thread time (the slices' sum) and when it started. */
  record?: (stage: string, start: number, busyMs: number) => void;
  /** Reports each slice as it ran (the benchmark finds the tasks that ran our code by them). */
  recordSlice?: (start: number, ms: number) => void;
}

export type SliceRunner = <T>(stage: string, steps: Steps<T>) => Promise<T>;

/** Runs work in slices of at most `sliceMs` (checkpoint to checkpoint), pausing between slices. */
export function sliceRunner(options: SliceOptions): SliceRunner {
  const now = options.now ?? (() => performance.now());
  return async <T>(stage: string, steps: Steps<T>): Promise<T> => {
    const start = now();
    let busy = 0;
    for (;;) {
      const sliceStart = now();
      let step = steps.next();
      while (!step.done && now() - sliceStart < options.sliceMs) step = steps.next();
      const sliceMs = now() - sliceStart;
      busy += sliceMs;
      options.recordSlice?.(sliceStart, sliceMs);
      if (step.done) {
        options.record?.(stage, start, busy);
        return step.value;
      }
      await options.pause();
    }
  };
}

/** A runner that never pauses (tests, Node): the same stages, one task each. */
export function straightRunner(record?: SliceOptions['record']): SliceRunner {
  return sliceRunner({ sliceMs: Infinity, pause: () => Promise.resolve(), ...(record ? { record } : {}) });
}

/**
 * The browser's way to yield: `scheduler.yield()` where it exists (it keeps our place in the queue),
 * else a message-channel task (setTimeout would be clamped to 4 ms after a few nested calls).
 */
export function pauseForBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The work, stopped at the next checkpoint once `alive()` turns false (a read that was superseded). */
export function* whileAlive<T>(steps: Steps<T>, alive: () => boolean): Steps<T | undefined> {
  for (;;) {
    if (!alive()) {
      steps.return(undefined as T);
      return undefined;
    }
    const step = steps.next();
    if (step.done) return step.value;
    yield;
  }
}

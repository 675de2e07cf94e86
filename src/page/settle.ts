// Platforms render their pages late (client-side bundles, lazy sections). Wait until the DOM has been quiet for a
// moment and the content is there, but never longer than a cap: a page that never settles is given up, not watched
// forever. One MutationObserver per visit, disconnected on every exit path.

export interface SettleOptions {
  /** The DOM counts as settled after this long without mutations. */
  quietMs: number;
  /** Give up after this long, reading once more. */
  capMs: number;
  signal: AbortSignal;
}

export const DEFAULT_SETTLE = { quietMs: 400, capMs: 15_000 } as const;

/**
 * Resolve with the first `read()` that `isDone` accepts, taken after a quiet period, or with one last `read()` at the
 * cap (the caller explains why it is not good enough). Resolves null when aborted (navigation away, invalidation).
 */
export function waitForSettled<T>(
  root: Node,
  read: () => T,
  isDone: (value: T) => boolean,
  options: SettleOptions,
): Promise<T | null> {
  return new Promise((resolve) => {
    if (options.signal.aborted) return resolve(null);
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | null) => {
      clearTimeout(quietTimer);
      clearTimeout(capTimer);
      observer.disconnect();
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const onQuiet = () => {
      const value = read();
      if (isDone(value)) finish(value);
      // Not there yet: keep observing; the next quiet period after more mutations reads again.
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(onQuiet, options.quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const capTimer = setTimeout(() => finish(options.signal.aborted ? null : read()), options.capMs);
    options.signal.addEventListener('abort', onAbort);
    quietTimer = setTimeout(onQuiet, options.quietMs);
  });
}

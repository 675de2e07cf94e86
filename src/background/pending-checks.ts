import { storage } from 'wxt/utils/storage';

// A background-check run in progress is written down before it starts and crossed out when it ends. Chrome may stop
// the service worker in the middle of a run (a fetch, the offscreen parse or the analysis); the next worker then finds
// the entry and runs the checks again instead of waiting for the next alarm, a day later. Documents the run had
// already checked are checked again, which costs a fetch and stores nothing twice (the store sees the same text).

export interface PendingRun<Options> {
  options: Options;
  /** How many times this run was already resumed: a run that keeps taking the worker down is given up. */
  resumed: number;
  startedAt: string;
}

export const MAX_RESUMES = 2;

const pendingRunItem = storage.defineItem<PendingRun<unknown> | null>('local:checks.pendingRun', {
  fallback: null,
  version: 1,
});

/** Run `task` with the run written down until it settles (left written down only if the worker dies meanwhile). */
export async function trackRun<Options, T>(options: Options, resumed: number, task: () => Promise<T>): Promise<T> {
  await pendingRunItem.setValue({ options, resumed, startedAt: new Date().toISOString() });
  try {
    return await task();
  } finally {
    await pendingRunItem.setValue(null);
  }
}

/** The run a stopped worker left unfinished, or null; gives it up (with a warning) after MAX_RESUMES resumptions. */
export async function takeInterruptedRun<Options>(): Promise<PendingRun<Options> | null> {
  const pending = (await pendingRunItem.getValue()) as PendingRun<Options> | null;
  if (!pending) return null;
  if (pending.resumed >= MAX_RESUMES) {
    console.warn(`[policy-watch] background checks started ${pending.startedAt} were interrupted again; given up`);
    await pendingRunItem.setValue(null);
    return null;
  }
  return pending;
}

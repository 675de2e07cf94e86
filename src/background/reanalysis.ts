import { historyNeedsReanalysis, reanalyseHistory } from '../history/store';
import { reanalysisStatusItem } from '../settings';
import { refreshActionBadge } from './badge';

// After an update of the analysis, the stored versions are analysed again in the background (src/history/reanalyse.ts),
// with the progress in storage for the history page. Started at every start of the worker (an update restarts it, and
// a run cut short by the worker being stopped resumes at the next start) and after an import from the history page.
// One run at a time per worker; the store's writes are safe if another context runs one too.

let running: Promise<void> | null = null;

export function resumeReanalysis(): Promise<void> {
  running ??= (async () => {
    if (!(await historyNeedsReanalysis())) return;
    const result = await reanalyseHistory((progress) => reanalysisStatusItem.setValue(progress));
    if (result.reanalysed > 0) console.info(`[policy-watch] history: ${result.reanalysed} versions analysed again`);
    if (result.unseenCleared > 0) await refreshActionBadge();
  })().finally(() => {
    running = null;
  });
  return running;
}

import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import { type ReanalysisStatus, reanalysisStatusItem } from '../../settings';

// The progress of the background re-analysis (after an update of the analysis), live: the worker writes it to
// storage after each version, this line follows. Shown while it runs and, once, the day it finished.

const SHOW_DONE_MS = 24 * 3600 * 1000;

function paint(line: HTMLElement, status: ReanalysisStatus | null, lang: Language, now: number): void {
  const progress = line.querySelector('progress');
  const text = line.querySelector('.reanalysis-text');
  if (!status || !progress || !text) {
    line.hidden = true;
    return;
  }
  const finished = status.finishedAt !== null;
  line.hidden = finished && now - Date.parse(status.finishedAt as string) > SHOW_DONE_MS;
  line.dataset.state = finished ? 'done' : 'running';
  progress.max = Math.max(1, status.total);
  progress.value = finished ? progress.max : status.done;
  text.textContent = finished
    ? t('history.reanalysis.done', lang, { total: status.total })
    : t('history.reanalysis.running', lang, { done: status.done, total: status.total });
}

/**
 * The status line and a function to stop following it. `onFinished` runs when a run this page watched finishes
 * (the readings changed: the overview is drawn again).
 */
export async function renderReanalysisStatus(
  lang: Language,
  onFinished: () => void,
): Promise<{ element: HTMLElement; stop: () => void }> {
  const element = h(
    'p',
    { class: 'reanalysis', id: 'reanalysis-status', role: 'status', hidden: true },
    h('span', { class: 'reanalysis-text' }),
    ' ',
    h('progress', { 'aria-label': t('history.reanalysis.label', lang) }),
  );
  paint(element, await reanalysisStatusItem.getValue(), lang, Date.now());
  const stop = reanalysisStatusItem.watch((status, previous) => {
    paint(element, status, lang, Date.now());
    if (status?.finishedAt && !previous?.finishedAt) onFinished();
  });
  return { element, stop };
}

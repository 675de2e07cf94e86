import type { Flag, Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import { t } from '../../i18n';
import { changeAnchorId, flagNote, type Layout } from './change-row';
import type { Comparison } from './compare';
import { buildDiffModel, type DiffModel, opensOnWhatMatters } from './diff-model';
import { type DiffRender, renderDiffRows, revealChange } from './diff-view';
import { formatDate, pageLanguage } from './format';

// The comparison of two versions: title, what-matters summary (every flag explained, with "show in text" and the
// objection button), the view controls (side by side / inline, "what matters") and the document rows.

export interface DiffPanelState {
  layout: Layout;
  /** null: decided by the comparison (a long far-apart one opens on "what matters"); then the user's choice. */
  mattersOnly: boolean | null;
}

export interface DiffPanel {
  element: HTMLElement;
  /** Resolves with the milliseconds the first full render took. */
  firstRender: Promise<number>;
}

function anchorOfFlag(model: DiffModel, flag: Flag): string | null {
  for (const row of model.rows) if (row.type === 'change' && row.flags.includes(flag)) return changeAnchorId(row.index);
  return null;
}

function summary(comparison: Comparison, model: DiffModel, rows: HTMLElement, lang: Language): HTMLElement {
  const { report } = comparison;
  const ctx = { layout: 'side' as const, lang, platformId: comparison.newer.platformId, version: comparison.newer };
  if (report.notAnalysed) {
    const language = pageLanguage(comparison.newer, lang);
    return h('section', { class: 'summary' }, h('p', null, t('history.summary.notAnalysed', lang, { language })));
  }
  if (report.flags.length === 0) {
    const key = report.material ? 'history.summary.noFlags' : 'history.summary.notMaterial';
    return h('section', { class: 'summary' }, h('p', null, t(key, lang)));
  }
  return h(
    'section',
    { class: 'summary' },
    h('h3', null, t('history.summary.title', lang, { count: report.flags.length })),
    report.flags.map((flag) => {
      const note = flagNote(flag, ctx);
      const anchor = anchorOfFlag(model, flag);
      if (flag.section) note.prepend(h('span', { class: 'flag-section' }, flag.section));
      if (anchor) {
        const show = h('button', { type: 'button', class: 'link' }, t('history.flag.showInText', lang));
        show.addEventListener('click', () => revealChange(rows, anchor));
        note.append(show);
      }
      return note;
    }),
  );
}

function stats(comparison: Comparison, lang: Language): HTMLElement {
  const s = comparison.report.stats;
  const line = h(
    'p',
    { class: 'stats' },
    t('history.diff.stats', lang, { added: s.added, removed: s.removed, modified: s.modified, unchanged: s.unchanged }),
  );
  if (!s.coarse) return line;
  // Never a silent loss: the user is told that this comparison is coarser than usual and its flags may be incomplete.
  return h('div', {}, line, h('p', { class: 'coarse-note', role: 'note' }, t('history.diff.coarse', lang)));
}

function toggle(label: string, checked: boolean, onChange: (on: boolean) => void, name: string): HTMLElement {
  const input = h('input', { type: 'checkbox', name, checked });
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { class: 'toggle' }, input, label);
}

export function renderDiffPanel(comparison: Comparison, state: DiffPanelState, lang: Language): DiffPanel {
  const model = buildDiffModel(comparison.report, comparison.newText, comparison.oldText);
  const mattersOnly =
    state.mattersOnly ?? opensOnWhatMatters(model, comparison.newer.previousId === comparison.older.id);
  state.mattersOnly = mattersOnly;
  const rows = h('div', { class: 'diff-rows', 'data-layout': state.layout });
  const platformId = comparison.newer.platformId;
  let current: DiffRender | null = null;

  const rerender = (): Promise<number> => {
    current?.cancel();
    rows.dataset.layout = state.layout;
    current = renderDiffRows(rows, model, {
      layout: state.layout,
      mattersOnly: state.mattersOnly === true,
      lang,
      platformId,
      version: comparison.newer,
    });
    return current.done.then((ms) => {
      if (ms >= 0) rows.dataset.renderMs = ms.toFixed(1);
      return ms;
    });
  };

  const layoutButton = h('button', { type: 'button', class: 'layout-toggle', 'aria-pressed': 'false' });
  const setLayoutLabel = () => {
    layoutButton.textContent = t(state.layout === 'side' ? 'history.diff.showInline' : 'history.diff.showSide', lang);
  };
  setLayoutLabel();
  layoutButton.addEventListener('click', () => {
    state.layout = state.layout === 'side' ? 'inline' : 'side';
    setLayoutLabel();
    void rerender();
  });

  const element = h(
    'section',
    { class: 'diff-panel', 'aria-label': t('history.diff.title', lang) },
    h(
      'h2',
      null,
      t('history.diff.heading', lang, {
        from: formatDate(comparison.older.capturedAt, lang),
        to: formatDate(comparison.newer.capturedAt, lang),
      }),
    ),
    // Counts of a comparison that was not made ("0 added, 0 removed") would say the versions are alike.
    comparison.report.notAnalysed ? null : stats(comparison, lang),
    summary(comparison, model, rows, lang),
    h(
      'div',
      { class: 'diff-toolbar' },
      layoutButton,
      toggle(
        t('history.diff.mattersOnly', lang),
        mattersOnly,
        (on) => {
          state.mattersOnly = on;
          void rerender();
        },
        'matters-only',
      ),
    ),
    rows,
  );
  element.dataset.platform = platformId;
  return { element, firstRender: rerender() };
}

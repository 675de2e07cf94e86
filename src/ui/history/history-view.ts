import type { Language } from '../../analysis/types';
import { h, replaceChildren } from '../../dom/safe-dom';
import { getVersion, listDocuments, listVersions, markSeen } from '../../history/store';
import type { DocumentKey, DocumentSummary, PolicyVersion } from '../../history/types';
import { t } from '../../i18n';
import { compareVersions, MissingTextError } from './compare';
import { type DiffPanelState, renderDiffPanel } from './diff-panel';
import { renderDocumentList, renderTimeline, sameDocument } from './timeline';

// The history section: documents, the chosen document's timeline, and the diff of the two chosen versions. By
// default it opens on the latest change of the document with unseen changes (what the notification was about);
// the route #/diff/<versionId> opens that version against its previous one.

export interface HistoryViewOptions {
  lang: Language;
  /** From the route #/diff/<versionId>. */
  versionId: string | null;
}

interface State {
  docs: DocumentSummary[];
  doc: DocumentKey | null;
  versions: PolicyVersion[];
  selected: string[];
  diff: DiffPanelState;
}

function defaultSelection(versions: readonly PolicyVersion[]): string[] {
  const latest = versions[versions.length - 1];
  if (!latest) return [];
  return latest.previousId && versions.some((v) => v.id === latest.previousId)
    ? [latest.previousId, latest.id]
    : [latest.id];
}

/** The page's parts and what they show; shared by the steps below. */
interface View {
  lang: Language;
  sidebar: HTMLElement;
  main: HTMLElement;
  state: State;
  /** The comparison last asked for: an older one that finishes late is dropped. */
  compareToken: number;
  /** The pair on screen, as sorted ids: another pair decides "what matters" again. */
  shownPair: string;
}

function renderEmptyState(root: HTMLElement, lang: Language): void {
  replaceChildren(
    root,
    h(
      'section',
      { class: 'empty-state' },
      h('h2', null, t('history.empty.title', lang)),
      h('p', null, t('history.empty.text', lang)),
      h('a', { class: 'button', href: '#/data' }, t('history.empty.import', lang)),
    ),
  );
}

function comparisonError(error: unknown, lang: Language): HTMLElement {
  const message =
    error instanceof MissingTextError
      ? t('history.diff.missingText', lang)
      : t('history.error', lang, { error: error instanceof Error ? error.message : String(error) });
  return h('p', { class: 'error', role: 'alert' }, message);
}

async function showComparison(view: View): Promise<void> {
  const { state, main, lang } = view;
  const token = ++view.compareToken;
  const pair = state.selected.map((id) => state.versions.find((v) => v.id === id)).filter((v) => v !== undefined);
  const pairKey = pair
    .map((v) => v.id)
    .sort()
    .join(' ');
  if (pairKey !== view.shownPair) state.diff.mattersOnly = null;
  view.shownPair = pairKey;
  if (pair.length < 2) {
    replaceChildren(main, h('p', { class: 'hint' }, t('history.diff.pickTwo', lang)));
    return;
  }
  replaceChildren(main, h('p', { class: 'busy', role: 'status' }, t('history.diff.comparing', lang)));
  // Let the status paint before the analysis occupies the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const comparison = await compareVersions(pair[0] as PolicyVersion, pair[1] as PolicyVersion);
    if (token !== view.compareToken) return;
    const panel = renderDiffPanel(comparison, state.diff, lang);
    panel.element.dataset.compareMs = comparison.ms.toFixed(1);
    replaceChildren(main, panel.element);
    await panel.firstRender;
    if (comparison.newer.unseen) await markSeen(comparison.newer.id);
  } catch (error) {
    if (token !== view.compareToken) return;
    replaceChildren(main, comparisonError(error, lang));
  }
}

function renderSidebar(view: View): void {
  const { state, sidebar, lang } = view;
  const select = (ids: string[]) => {
    state.selected = ids;
    renderSidebar(view);
    void showComparison(view);
  };
  replaceChildren(
    sidebar,
    renderDocumentList(state.docs, state.doc, lang, (doc) => void selectDocument(view, doc, null)),
    renderTimeline(state.versions, state.selected, lang, {
      onToggle: (version, checked) =>
        select(
          checked
            ? [...state.selected.filter((id) => id !== version.id), version.id].slice(-2)
            : state.selected.filter((id) => id !== version.id),
        ),
      onComparePrevious: (version) => select(version.previousId ? [version.previousId, version.id] : [version.id]),
    }),
  );
  // Bring the compared versions into view in the (scrolling) timeline; 'container' keeps the page itself still.
  sidebar
    .querySelector('.version.selected')
    ?.scrollIntoView({ block: 'nearest', container: 'nearest' } as ScrollIntoViewOptions);
}

async function selectDocument(view: View, doc: DocumentKey, version: PolicyVersion | null): Promise<void> {
  const { state } = view;
  state.doc = doc;
  state.versions = await listVersions(doc);
  state.selected =
    version?.previousId && state.versions.some((v) => v.id === version.previousId)
      ? [version.previousId, version.id]
      : defaultSelection(state.versions);
  renderSidebar(view);
  await showComparison(view);
}

export async function mountHistory(root: HTMLElement, options: HistoryViewOptions): Promise<void> {
  const { lang } = options;
  const sidebar = h('aside', { class: 'sidebar' });
  const main = h('div', { class: 'main', 'aria-live': 'polite' });
  replaceChildren(root, h('div', { class: 'history-layout' }, sidebar, main));

  const state: State = {
    docs: await listDocuments(),
    doc: null,
    versions: [],
    selected: [],
    diff: { layout: 'side', mattersOnly: null },
  };
  if (state.docs.length === 0) return renderEmptyState(root, lang);
  const view: View = { lang, sidebar, main, state, compareToken: 0, shownPair: '' };

  const routed = options.versionId ? await getVersion(options.versionId) : null;
  // Above the layout, so the comparison shown instead does not replace it.
  if (options.versionId && !routed)
    root.prepend(h('p', { class: 'error', role: 'alert' }, t('history.diff.unknownVersion', lang)));
  const initial =
    (routed && state.docs.find((d) => sameDocument(d, routed))) ??
    state.docs.find((d) => d.unseen > 0) ??
    state.docs[0];
  if (initial) await selectDocument(view, initial, routed);
}

import { h } from '../../dom/safe-dom';
import { t, tCount } from '../../i18n';
import { type RowContext, renderChangeRow, renderTableGroup } from './change-row';
import { type ChangeRow, type DiffModel, layoutOnly, matters } from './diff-model';
import { type ComparedCell, parseTableRow, type TableCell } from './table-rows';
import { comparedTableRows } from './table-view';

// The document part of the diff: changed blocks in order, everything between them folded into one expandable line
// ("… 143 unchanged sections"). Layout-only changes (formatting, links, dates, blocks moved word for word) always fold
// away, counted; under "what matters" the folded lines also take the unflagged edits.
// Rendering is incremental: items are appended in slices, yielding to the browser between slices, so a 200 KB
// policy shows its first changes at once and the page never freezes; a newer render cancels an older one.

export interface DiffViewOptions extends RowContext {
  mattersOnly: boolean;
}

/** A folded stretch: unchanged blocks and (under "what matters") hidden edits, in document order. */
interface Fold {
  type: 'fold';
  items: (string | ChangeRow)[];
}

/** Changed rows of one table that follow each other: drawn as one table. */
interface TableGroup {
  type: 'table-group';
  header: TableCell[] | null;
  rows: { row: ChangeRow; compared: ComparedCell[][] }[];
}

type Item = ChangeRow | Fold | TableGroup;

const sameHeader = (a: TableCell[] | null, b: TableCell[] | null) =>
  a !== null && b !== null && a.length === b.length && a.every((c, i) => c.text === b[i]?.text);

/** Consecutive changes to rows of the same table (same column heads) become one group. */
function groupTableRows(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const compared = item.type === 'change' ? comparedTableRows(item) : null;
    if (item.type !== 'change' || !compared?.header) {
      out.push(item);
      continue;
    }
    const last = out[out.length - 1];
    const entry = { row: item, compared: compared.rows };
    if (last?.type === 'table-group' && sameHeader(last.header, compared.header)) last.rows.push(entry);
    else if (last?.type === 'change' && sameHeader(last.tableHeader ?? null, compared.header)) {
      const first = comparedTableRows(last);
      out[out.length - 1] = {
        type: 'table-group',
        header: compared.header,
        rows: [{ row: last, compared: first?.rows ?? [] }, entry],
      };
    } else out.push(item);
  }
  return out;
}

const SLICE_MS = 12;

function toItems(model: DiffModel, mattersOnly: boolean): Item[] {
  const items: Item[] = [];
  const fold = (): Fold => {
    const last = items[items.length - 1];
    if (last?.type === 'fold') return last;
    const created: Fold = { type: 'fold', items: [] };
    items.push(created);
    return created;
  };
  for (const row of model.rows) {
    if (row.type === 'unchanged') fold().items.push(...row.blocks);
    else if (layoutOnly(row) || (mattersOnly && !matters(row))) fold().items.push(row);
    else items.push(row);
  }
  return groupTableRows(items);
}

function renderBlock(block: string): HTMLElement {
  const cells = parseTableRow(block);
  if (cells) {
    const row = h(
      'tr',
      null,
      cells.map((c) => h(c.header ? 'th' : 'td', c.header ? { scope: 'col' } : null, c.text)),
    );
    return h('table', { class: 'policy-table unchanged-block' }, h('tbody', null, row));
  }
  const heading = /^(#{1,6})\s+(.*)$/.exec(block);
  if (heading) return h('p', { class: `unchanged-block heading level-${heading[1]?.length}` }, heading[2] ?? '');
  return h('p', { class: 'unchanged-block' }, block);
}

function foldLabel(fold: Fold, options: DiffViewOptions): string {
  const unchanged = fold.items.filter((i) => typeof i === 'string').length;
  const layout = fold.items.filter((i) => typeof i !== 'string' && layoutOnly(i)).length;
  const edits = fold.items.length - unchanged - layout;
  const parts: string[] = [];
  if (unchanged) parts.push(tCount('history.diff.unchangedSections', unchanged, options.lang));
  if (edits) parts.push(tCount('history.diff.hiddenEdits', edits, options.lang));
  if (layout) parts.push(tCount('history.diff.layoutChanges', layout, options.lang));
  return `… ${parts.join(', ')}`;
}

function renderFold(fold: Fold, options: DiffViewOptions): HTMLElement {
  const button = h('button', { type: 'button', class: 'fold', 'aria-expanded': 'false' }, foldLabel(fold, options));
  const wrapper = h('div', { class: 'fold-wrapper' }, button);
  // Hidden changes keep their anchor ids reachable: "show in text" expands the fold that holds them.
  const hiddenIds = fold.items.filter((i): i is ChangeRow => typeof i !== 'string').map((r) => `change-${r.index}`);
  if (hiddenIds.length) wrapper.dataset.holds = hiddenIds.join(' ');
  button.addEventListener('click', () => {
    const content = h(
      'div',
      { class: 'fold-content' },
      fold.items.map((i) => (typeof i === 'string' ? renderBlock(i) : renderChangeRow(i, options))),
    );
    wrapper.replaceWith(content);
  });
  return wrapper;
}

function renderItem(item: Item, options: DiffViewOptions): HTMLElement {
  if (item.type === 'fold') return renderFold(item, options);
  if (item.type === 'table-group') return renderTableGroup(item.rows, item.header, options);
  return renderChangeRow(item, options);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface DiffRender {
  /** Resolves with the milliseconds from start to the last slice appended (or -1 if cancelled). */
  done: Promise<number>;
  cancel(): void;
}

/** Renders the diff rows into `container` (emptied first), slice by slice. */
export function renderDiffRows(container: HTMLElement, model: DiffModel, options: DiffViewOptions): DiffRender {
  const started = performance.now();
  let cancelled = false;
  container.replaceChildren();
  container.setAttribute('aria-busy', 'true');
  delete container.dataset.firstSliceMs;
  const items = toItems(model, options.mattersOnly);
  const done = (async () => {
    let i = 0;
    while (i < items.length) {
      const sliceStart = performance.now();
      const fragment = document.createDocumentFragment();
      while (i < items.length && performance.now() - sliceStart < SLICE_MS) {
        fragment.append(renderItem(items[i] as Item, options));
        i++;
      }
      container.append(fragment);
      if (!container.dataset.firstSliceMs) container.dataset.firstSliceMs = (performance.now() - started).toFixed(1);
      if (i < items.length) await nextTask();
      if (cancelled) return -1;
    }
    if (items.length === 0) container.append(h('p', { class: 'empty' }, t('history.diff.noChanges', options.lang)));
    container.setAttribute('aria-busy', 'false');
    return performance.now() - started;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
  };
}

/** Makes a change visible (expanding the fold that hides it) and scrolls to it. */
export function revealChange(container: HTMLElement, anchorId: string): void {
  let target = container.querySelector<HTMLElement>(`#${CSS.escape(anchorId)}`);
  if (!target) {
    const holder = [...container.querySelectorAll<HTMLElement>('.fold-wrapper[data-holds]')].find((w) =>
      (w.dataset.holds ?? '').split(' ').includes(anchorId),
    );
    holder?.querySelector('button')?.click();
    target = container.querySelector<HTMLElement>(`#${CSS.escape(anchorId)}`);
  }
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('pulse');
  setTimeout(() => target.classList.remove('pulse'), 1500);
}

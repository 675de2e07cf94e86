import { flagKindName } from '../../analysis/flag-words';
import type { Flag, Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { PolicyVersion } from '../../history/types';
import { t, tCount } from '../../i18n';
import type { ChangeRow } from './diff-model';
import { explainFlag, objectable, objectionRouteFor, objectionUrl } from './explain';
import { afterSide, beforeSide, inlineText, renderMarked } from './marked-text';
import type { ComparedCell, TableCell } from './table-rows';
import { renderTableChange, renderTableRows } from './table-view';
import { flagRegion } from './version-dates';

// One changed block of the diff, side by side (older | newer) or inline, with its flags explained under it.

export type Layout = 'side' | 'inline';

export interface RowContext {
  layout: Layout;
  lang: Language;
  platformId: string;
  /** The version shown (the newer side): its recorded objection links choose the route to offer. */
  version?: PolicyVersion | null;
}

export function changeAnchorId(index: number): string {
  return `change-${index}`;
}

/** The objection link for a flag, or null when the flag is not something one objects to or no route is known. */
export function objectionLink(
  flag: Flag,
  platformId: string,
  lang: Language,
  version: PolicyVersion | null = null,
): HTMLAnchorElement | null {
  const route = objectionRouteFor(platformId, version);
  if (!route || !objectable(flag)) return null;
  const title = route.title[lang] ?? route.title.en;
  return h(
    'a',
    { class: 'button object', href: objectionUrl(route), target: '_blank', rel: 'noopener', title },
    t('history.flag.object', lang),
  );
}

export function flagNote(flag: Flag, ctx: RowContext): HTMLElement {
  return h(
    'div',
    { class: `flag-note severity-${flag.severity}`, role: 'note' },
    h('span', { class: 'chip' }, flagKindName(flag.kind, ctx.lang)),
    h('p', null, explainFlag(flag, ctx.platformId, ctx.lang, ctx.version ?? null)),
    flagRegion(flag, ctx.lang),
    objectionLink(flag, ctx.platformId, ctx.lang, ctx.version ?? null),
  );
}

function sides(row: ChangeRow, lang: Language): HTMLElement {
  const before = beforeSide(row.change, row.flags);
  const after = afterSide(row.change, row.flags);
  const column = (label: string, side: ReturnType<typeof beforeSide>, cls: string) =>
    h(
      'div',
      { class: `side ${cls}`, 'data-label': label },
      side ? renderMarked(side) : h('span', { class: 'absent' }, t('history.diff.absent', lang)),
    );
  return h(
    'div',
    { class: 'sides' },
    column(t('history.diff.before', lang), before, 'before'),
    column(t('history.diff.after', lang), after, 'after'),
  );
}

export function renderChangeRow(row: ChangeRow, ctx: RowContext): HTMLElement {
  const { change } = row;
  const classes = ['change', `change-${change.change}`];
  if (row.flags.length) classes.push('flagged');
  if (change.noise) classes.push('noise');
  return h(
    'section',
    { class: classes.join(' '), id: changeAnchorId(row.index), 'data-change': change.change },
    h(
      'header',
      { class: 'change-head' },
      h('span', { class: `change-kind ${change.change}` }, t(`history.change.${change.change}` as const, ctx.lang)),
      change.noise ? h('span', { class: 'noise-label' }, t('history.change.noise', ctx.lang)) : null,
      change.section ? h('span', { class: 'change-section' }, change.section) : null,
    ),
    renderTableChange(row, ctx.lang) ??
      (ctx.layout === 'side'
        ? sides(row, ctx.lang)
        : h('div', { class: 'inline-text' }, renderMarked(inlineText(change, row.flags)))),
    row.flags.map((flag) => flagNote(flag, ctx)),
  );
}

/** A run of changed rows of one table (see diff-view.ts), drawn as one table with the flags of every row below it. */
export function renderTableGroup(
  rows: readonly { row: ChangeRow; compared: ComparedCell[][] }[],
  header: TableCell[] | null,
  ctx: RowContext,
): HTMLElement {
  const flagged = rows.some(({ row }) => row.flags.length > 0);
  const section = rows[0]?.row.change.section ?? '';
  return h(
    'section',
    { class: `change table-group${flagged ? ' flagged' : ''}`, 'data-change': 'table' },
    h(
      'header',
      { class: 'change-head' },
      h('span', { class: 'change-kind' }, tCount('history.diff.tableRows', rows.length, ctx.lang)),
      section ? h('span', { class: 'change-section' }, section) : null,
    ),
    h(
      'div',
      { class: 'table-change' },
      renderTableRows(rows, header, (row) => changeAnchorId(row.index), ctx.lang),
    ),
    rows.flatMap(({ row }) => row.flags.map((flag) => flagNote(flag, ctx))),
  );
}

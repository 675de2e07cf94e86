import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { EvidenceRecord } from '../../history/types';
import { t } from '../../i18n';
import type { KnownDeadline } from '../../walkthrough/deadlines';
import { objectedBeforeChange } from '../../walkthrough/deadlines-announced';
import { formatDay } from '../popup/format';

/**
 * "Before the change of 27 May 2025 took effect", under an objection recorded before a date its route's deadline
 * named (read from the policy, or the registry's): an objection sent before the date covers what was collected
 * until then too. Null when no such date followed the objection.
 */
export function beforeChangeNote(
  record: EvidenceRecord,
  deadlines: readonly KnownDeadline[],
  lang: Language,
): HTMLElement | null {
  const next = deadlines
    .filter((d) => d.routeId === record.routeId && objectedBeforeChange(record.at, d))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!next) return null;
  return h(
    'span',
    { class: 'before-change', 'data-date': next.date },
    t('evidence.beforeChange', lang, { date: formatDay(next.date, lang) }),
  );
}

import { announcedAhead, type DatedSentence } from '../../analysis/dates';
import type { Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { VersionReading } from '../../history/types';
import { t } from '../../i18n';
import { daysUntil } from '../../walkthrough/deadlines';
import { formatDate } from '../history/format';

// The overview's countdown to a change a platform's policy announced ("These changes go into effect on May 27,
// 2025"): the nearest date a stored version announced ahead of its capture and not yet past.

/** The nearest announced date still to come (today included), from the document's versions. */
export function nextAnnounced(history: readonly VersionReading[], now: Date): DatedSentence | null {
  let next: DatedSentence | null = null;
  for (const version of history) {
    for (const announced of announcedAhead(version.reading?.dates, version.capturedAt)) {
      if (daysUntil(announced.date, now) < 0) continue;
      if (!next || announced.date < next.date) next = announced;
    }
  }
  return next;
}

/** "Announced in the policy: a change from 6 January 2027 (in 30 days)", or null when nothing is announced. */
export function announcedLine(
  announced: DatedSentence | null | undefined,
  lang: Language,
  now: Date,
): HTMLElement | null {
  if (!announced) return null;
  const days = daysUntil(announced.date, now);
  const when = days === 0 ? t('popup.deadline.today', lang) : t('popup.deadline.inDays', lang, { days });
  return h(
    'p',
    {
      class: 'announced-countdown',
      title: announced.sentence,
      'data-date': announced.date,
      'data-days-left': String(days),
    },
    t('history.overview.announced', lang, { date: formatDate(`${announced.date}T12:00:00`, lang), when }),
  );
}

import { announcedAhead } from '../../analysis/dates';
import type { Flag, Language } from '../../analysis/types';
import { h } from '../../dom/safe-dom';
import type { PolicyVersion } from '../../history/types';
import { t } from '../../i18n';

// What the policy's own dates say about a version, on the history page: its effective date beside the date it was
// kept, the date it announces a change for, and a change that came without a new date. And the region a flag is
// limited to. Read from the stored reading and report (analysis/dates); nothing is computed from the clock.

/** A day (YYYY-MM-DD) in words in the page's language. */
function formatDay(date: string, lang: Language): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The dates line of a timeline entry, or null when the version states none. */
export function versionDates(version: PolicyVersion, lang: Language): HTMLElement | null {
  const dates = version.reading?.dates ?? version.report?.state?.dates;
  const effective = dates?.effective ?? dates?.updated ?? null;
  const announced = announcedAhead(dates, version.capturedAt)[0] ?? null;
  const undated = version.report?.material === true && version.report.dates?.undated === true;
  if (!effective && !announced && !undated) return null;
  return h(
    'p',
    { class: 'version-dates' },
    effective
      ? h(
          'span',
          { class: 'effective', title: effective.sentence },
          t('history.version.effective', lang, { date: formatDay(effective.date, lang) }),
        )
      : null,
    announced
      ? h(
          'span',
          { class: 'announced', title: announced.sentence, 'data-date': announced.date },
          t('history.version.announced', lang, { date: formatDay(announced.date, lang) }),
        )
      : null,
    undated ? h('span', { class: 'undated' }, t('history.version.undated', lang)) : null,
  );
}

/** "Applies to: EU, EEA, UK, CH" for a flag the policy limits to a region; null otherwise. */
export function flagRegion(flag: Flag, lang: Language): HTMLElement | null {
  if (!flag.region?.length) return null;
  return h('span', { class: 'flag-region' }, t('history.flag.region', lang, { regions: flag.region.join(', ') }));
}

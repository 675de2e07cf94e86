import type { Language } from '../../analysis/types';

// Dates as the user reads them. Registry dates (YYYY-MM-DD) are calendar days, read in local time; record times are
// instants (ISO with zone).

export function formatDay(date: string, lang: Language): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00`) : new Date(date);
  return d.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string, lang: Language): string {
  return new Date(iso).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
}

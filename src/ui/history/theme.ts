// Light and dark themes: 'auto' follows prefers-color-scheme (pure CSS); 'light' / 'dark' are the manual choice,
// kept in this page's localStorage (a display preference of this device, not a synced setting).

export type Theme = 'auto' | 'light' | 'dark';

const KEY = 'policy-watch.theme';
const ORDER: Theme[] = ['auto', 'light', 'dark'];

export function storedTheme(): Theme {
  const value = localStorage.getItem(KEY);
  return ORDER.includes(value as Theme) ? (value as Theme) : 'auto';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** The next theme in the cycle auto → light → dark, saved and applied. */
export function cycleTheme(): Theme {
  const next = ORDER[(ORDER.indexOf(storedTheme()) + 1) % ORDER.length] ?? 'auto';
  localStorage.setItem(KEY, next);
  applyTheme(next);
  return next;
}

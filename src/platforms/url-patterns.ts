// Host and path patterns of the registry (see schema.ts), compiled once and matched without allocation-heavy work:
// the content script runs this on every page of every platform.

/** A web URL split the way the registry matches it; null when it does not parse or is not http(s). */
export interface WebUrl {
  url: URL;
  /** Lower-case host without a trailing dot. */
  host: string;
  path: string;
}

export function parseWebUrl(url: string): WebUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return { url: parsed, host: parsed.hostname.toLowerCase().replace(/\.$/, ''), path: parsed.pathname };
}

/** "*.facebook.com" matches facebook.com and any subdomain; anything else matches the host exactly. */
export function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

export interface PathMatch {
  /** The text of the "{locale}" segment, when the pattern has one. */
  locale: string | null;
}

const LOCALE_SEGMENT = '([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)';
const compiled = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const body = stripTrailingSlash(pattern)
      .split(/(\*|\{locale\})/)
      .map((part) =>
        part === '*' ? '.*' : part === '{locale}' ? LOCALE_SEGMENT : part.replace(/[.+?^$()|[\]\\{}]/g, '\\$&'),
      )
      .join('');
    re = new RegExp(`^${body}/?$`, 'i');
    compiled.set(pattern, re);
  }
  return re;
}

function stripTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Match a pathname against a registry path pattern (case-insensitive, trailing slash optional). */
export function pathMatches(pattern: string, pathname: string): PathMatch | null {
  const m = compile(pattern).exec(pathname);
  if (!m) return null;
  return { locale: pattern.includes('{locale}') ? (m[1] ?? null) : null };
}

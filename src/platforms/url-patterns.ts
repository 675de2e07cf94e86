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

/** A compiled path pattern: the {locale} text when it matches (null without one), undefined when it does not. */
type PathMatcher = (pathname: string) => string | null | undefined;
const compiled = new Map<string, PathMatcher>();

// Most patterns are a literal path or a literal prefix ("/privacy/policy*"): those are compared as lower-case strings,
// the rest compiled to a regular expression. Same meaning either way (the regex is anchored, case-insensitive,
// trailing slash optional, and a final ".*" already takes a slash); the string forms spare the content script the
// compilation of a regex per pattern on every page it classifies.
function compile(pattern: string): PathMatcher {
  let matcher = compiled.get(pattern);
  if (matcher) return matcher;
  const literal = stripTrailingSlash(pattern);
  const star = literal.indexOf('*');
  if (!literal.includes('{locale}') && (star === -1 || star === literal.length - 1)) {
    const text = (star === -1 ? literal : literal.slice(0, -1)).toLowerCase();
    matcher =
      star === -1
        ? (path) => {
            const lower = path.toLowerCase();
            return lower === text || lower === `${text}/` ? null : undefined;
          }
        : (path) => (path.toLowerCase().startsWith(text) ? null : undefined);
  } else {
    const body = literal
      .split(/(\*|\{locale\})/)
      .map((part) =>
        part === '*' ? '.*' : part === '{locale}' ? LOCALE_SEGMENT : part.replace(/[.+?^$()|[\]\\{}]/g, '\\$&'),
      )
      .join('');
    const re = new RegExp(`^${body}/?$`, 'i');
    const withLocale = pattern.includes('{locale}');
    matcher = (path) => {
      const m = re.exec(path);
      if (!m) return undefined;
      return withLocale ? (m[1] ?? null) : null;
    };
  }
  compiled.set(pattern, matcher);
  return matcher;
}

function stripTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Match a pathname against a registry path pattern (case-insensitive, trailing slash optional). */
export function pathMatches(pattern: string, pathname: string): PathMatch | null {
  const locale = compile(pattern)(pathname);
  return locale === undefined ? null : { locale };
}

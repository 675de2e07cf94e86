import { hostMatches } from './url-patterns';

// The one rule for a link the extension may offer as a platform's own objection route: https, no user name or
// password in it, on a host the registry gives that platform (its hosts, its documents' hosts, its routes' hosts and
// the hosts of its routes' own URLs). A live capture keeps only such links (src/page/objection-links.ts), an import
// refuses a version carrying any other (src/history/transfer.ts, capture.ts), and the popup checks again before it
// opens one (src/walkthrough/open-route.ts): a look-alike host, javascript:, data: or file: never reaches a tab.
// Works on the full registry and on the content script's compact copy (which has no route URLs: its route hosts
// suffice there, and route URLs only add hosts).

export interface LinkHosts {
  hosts: readonly string[];
  documents: readonly { hosts?: readonly string[] | undefined }[];
  objectionRoutes: readonly { hosts?: readonly string[] | undefined; url?: string | undefined }[];
}

function routeUrlHost(url: string | undefined): string[] {
  if (!url?.startsWith('https://')) return [];
  try {
    return [new URL(url).hostname.toLowerCase()];
  } catch {
    return [];
  }
}

/** Host patterns a platform's objection links may point to. */
export function ownLinkHosts(platform: LinkHosts): string[] {
  return [
    ...platform.hosts,
    ...platform.documents.flatMap((d) => d.hosts ?? []),
    ...platform.objectionRoutes.flatMap((r) => [...(r.hosts ?? []), ...routeUrlHost(r.url)]),
  ];
}

/** Why `href` may not be offered as this platform's link, or null when it may. */
export function ownLinkRefusal(href: string, platform: LinkHosts): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return `${url.protocol} is not https`;
  if (url.username || url.password) return 'carries a user name or password';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!ownLinkHosts(platform).some((pattern) => hostMatches(pattern, host))) return `${host} is not the platform's`;
  return null;
}

export function isOwnLink(href: string, platform: LinkHosts): boolean {
  return ownLinkRefusal(href, platform) === null;
}

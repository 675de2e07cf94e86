import { MAX_OBJECTION_LINKS } from '../messaging/limits';
import { classifyUrl } from '../platforms/classify-url';
import { COMPACT_PLATFORMS, type CompactPlatform } from '../platforms/compact';
import { isOwnLink } from '../platforms/own-links';
import type { ExtractRule } from '../platforms/schema';
import { chooseContainer } from './container';

// The objection routes a policy links to itself: "You have the right to [object]", „[widersprechen]", « [droit
// d'opposition] ». The policy a user reads today is the most reliable source for where to object (see
// ../shared/realpages/FORMS.md: Meta moved its EU "Object" link from facebook.com/help/contact/367438723733209 to
// help.meta.com/support/privacy in 2026 without changing a word of the text). The link targets never reach the
// Markdown (it keeps link text only), so they are read here, from the same page, and recorded with the version.

export interface ObjectionLink {
  /** Absolute https URL of the link, unwrapped from the platform's link shim (l.php?u=, logging?redirect_uri=). */
  href: string;
  /** The link's visible text, trimmed. */
  text: string;
  /** The sentence or short paragraph the link sits in (for the popup: "You have the right to object to ..."). */
  context: string;
}

const MAX_TEXT = 200;
const MAX_CONTEXT = 300;

/**
 * Link texts that name an objection on their own, in EN/DE/FR (as in FORMS.md §1): contained anywhere in the text.
 * Lower-case, apostrophes as "'".
 */
const OBJECTION_WORDS = [
  'right to object',
  'object to',
  'objection',
  'widerspruch',
  'widersprechen',
  'widersprich',
  'einspruch',
  "droit d'opposition",
  'opposer',
  'opposition',
];
/** Short link texts that are an objection only when they are the whole text ("[object]", "[opt out]"). */
const WHOLE_TEXTS = new Set(['object', 'opt out', 'opt-out', 'opt out here', 'objecting', 'hier widersprechen']);
/**
 * Link texts that say where, not what ("[Facebook settings]", "[Instagram settings]", "[here]"): an objection route
 * only when the sentence around them is about objecting (Meta's legal-basis section: "you can object ... visit the
 * [Facebook settings]" → a help/contact form).
 */
const WHERE_WORDS = [
  'settings',
  'einstellungen',
  'paramètres',
  'parametres',
  'here',
  'hier',
  'ici',
  'form',
  'formular',
  'formulaire',
];
const CONTEXT_WORDS = [...OBJECTION_WORDS, 'object'];
/** Query parameters of link shims that carry the real target. */
const SHIM_PARAMS = ['u', 'redirect_uri', 'url', 'q'];

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const wordPatterns = new Map<string, RegExp>();
function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => {
    let re = wordPatterns.get(w);
    if (!re) {
      re = new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
      wordPatterns.set(w, re);
    }
    return re.test(text);
  });
}

/** Is this link text an objection route by itself, or a "where" text whose sentence is about objecting? */
export function isObjectionLinkText(text: string, context: string): boolean {
  const t = normalise(text);
  if (!t || t.length > MAX_TEXT) return false;
  if (WHOLE_TEXTS.has(t) || hasWord(t, OBJECTION_WORDS)) return true;
  return t.split(' ').length <= 4 && hasWord(t, WHERE_WORDS) && hasWord(normalise(context), CONTEXT_WORDS);
}

/** Could this text be an objection link, with the right sentence around it? (Cheap: no DOM.) */
function mayBeObjectionLinkText(text: string): boolean {
  const t = normalise(text);
  return (
    t.length > 0 &&
    t.length <= MAX_TEXT &&
    (WHOLE_TEXTS.has(t) || hasWord(t, OBJECTION_WORDS) || hasWord(t, WHERE_WORDS))
  );
}

/**
 * The link's real target: absolute, https, the shim unwrapped; null for same-page anchors, mail and script links,
 * and anything that is not a web page. `pageUrl` resolves relative links and tells same-page anchors.
 */
export function linkTarget(rawHref: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawHref, pageUrl);
  } catch {
    return null;
  }
  for (let depth = 0; depth < 3; depth++) {
    const inner = SHIM_PARAMS.map((p) => url.searchParams.get(p)).find((v) => v && /^https?:\/\//i.test(v));
    if (!inner || !/(^|\.)(facebook|instagram|meta|google|linkedin|x|twitter)\.com$/i.test(url.hostname)) break;
    try {
      url = new URL(inner);
    } catch {
      break;
    }
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  if (url.protocol !== 'https:') return null;
  const page = new URL(pageUrl);
  if (url.origin === page.origin && url.pathname === page.pathname && url.hash) return null;
  return url.href;
}

/**
 * The sentence the link sits in (within its paragraph or list item), cut to a readable length: what the policy says
 * about the link ("You have the right to object to ...").
 */
export function sentenceOf(link: Element): string {
  const block = link.closest('p, li, td, dd, blockquote, h1, h2, h3, h4, h5, h6') ?? link.parentElement;
  const text = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const linkText = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
  const sentences = text.split(/(?<=[.!?;»])\s+(?=[\p{Lu}«"„])/u);
  let sentence = sentences.find((s) => s.includes(linkText)) ?? text;
  if (sentence.length > MAX_CONTEXT) {
    // Centre the cut on the link's text so the words that name it are kept.
    const at = Math.max(0, sentence.indexOf(linkText));
    const start = Math.max(0, at - Math.floor(MAX_CONTEXT / 2));
    sentence = `${start > 0 ? '…' : ''}${sentence.slice(start, start + MAX_CONTEXT - 2).trim()}…`;
  }
  return sentence;
}

/** Every objection link under `root`, in document order, one per target. */
export function findObjectionLinks(
  root: ParentNode,
  pageUrl: string,
  /** Links to a policy page itself (a subpage of the same policy, "Vous opposer" → ?subpage=…) are not routes. */
  isPolicyPage?: (href: string) => boolean,
): ObjectionLink[] {
  const found: ObjectionLink[] = [];
  const seen = new Set<string>();
  for (const a of root.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    // The sentence costs a walk up and a read of the block's text: only for texts that may be a route at all.
    if (!mayBeObjectionLinkText(text)) continue;
    const context = sentenceOf(a);
    if (!isObjectionLinkText(text, context)) continue;
    const href = linkTarget(a.getAttribute('href') ?? '', pageUrl);
    if (!href || seen.has(href) || isPolicyPage?.(href)) continue;
    seen.add(href);
    found.push({ href, text: text.slice(0, MAX_TEXT), context });
    if (found.length >= MAX_OBJECTION_LINKS) break;
  }
  return found;
}

/**
 * The objection links of a policy page, from the container its text is read from (the whole body when none is
 * chosen); links back to a policy page are left out. Used by a visit (content script) and a background check
 * (offscreen parse) alike, so both record the same links. Never throws: links are a bonus, the text is captured
 * whatever happens here.
 */
export function policyObjectionLinks(
  doc: Document,
  rule: Pick<ExtractRule, 'selectors' | 'minChars' | 'markers'>,
  url: string,
  platforms: readonly CompactPlatform[] = COMPACT_PLATFORMS,
): ObjectionLink[] {
  try {
    const root = chooseContainer(doc, rule)?.element ?? doc.body;
    if (!root) return [];
    const links = findObjectionLinks(root, url, (href) => classifyUrl(href, platforms)?.pageType === 'policy');
    // Only the platform's own pages are offered as its objection routes (src/platforms/own-links.ts, the one rule).
    const platformId = classifyUrl(url, platforms)?.platformId;
    const platform = platforms.find((p) => p.id === platformId);
    return platform ? links.filter((link) => isOwnLink(link.href, platform)) : [];
  } catch {
    return [];
  }
}

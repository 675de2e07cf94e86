/**
 * Version of the page-to-Markdown extraction (container choice, dom-to-markdown, refusal rules).
 * Bump it whenever a change alters the Markdown produced from the same page: the background compares captures only
 * within one extractor version and must not alert on a difference that comes from the extractor, not the policy.
 */
export const EXTRACTOR_VERSION = 3;

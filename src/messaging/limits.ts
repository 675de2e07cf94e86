// Limits of message contents that the sender applies too, zod-free so the content script can import them.

/** At most this many objection links are kept: a policy with more "object" links than this is not telling us a route. */
export const MAX_OBJECTION_LINKS = 12;

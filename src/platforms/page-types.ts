// What a platform page can be, as classifyUrl tells it (zod-free: the content script reads it). The messaging schema
// validates against the same list.
export const PAGE_TYPES = ['policy', 'objection-form', 'settings', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

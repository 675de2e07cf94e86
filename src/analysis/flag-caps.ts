// How many flags a report keeps (report.ts caps the list; classify.ts stops looking once a kind is saturated).
export const MAX_FLAGS = 40;
/** Secondary kinds (sharing, retention, ...) are capped per kind; legal-basis and ai-training are not. */
export const MAX_FLAGS_PER_SECONDARY_KIND = 5;

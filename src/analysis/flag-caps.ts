// How many flags a report keeps (report.ts caps the list; classify.ts stops looking once a kind is saturated).
export const MAX_FLAGS = 40;
/** Secondary kinds (sharing, retention, ...) are capped per kind; legal-basis and ai-training are not. */
export const MAX_FLAGS_PER_SECONDARY_KIND = 5;
/**
 * A far-apart pair (a policy rewritten since the user last looked: more changed blocks than this) keeps fewer flags of
 * each secondary kind, so that the few changes that matter lead rather than a list of layout churn.
 */
export const FAR_PAIR_CHANGED_BLOCKS = 300;
export const MAX_FLAGS_PER_SECONDARY_KIND_FAR = 2;

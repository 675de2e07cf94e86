import { z } from 'zod';
import { defineMessage } from './define';
import { pageType } from './page';

// Messages from the popup to the background.

/**
 * What a tab shows, as the background knows it: the popup cannot read other tabs' URLs itself (no "tabs"
 * permission), the background can for the platforms' hosts it has access to.
 */
export const getTabState = defineMessage(
  'get-tab-state',
  z.object({ tabId: z.number().int().nonnegative() }),
  z.object({
    tabId: z.number().int(),
    /** Null when the tab is not on a platform's host (the background may not read its URL). */
    url: z.string().nullable(),
    platformId: z.string().nullable(),
    pageType: pageType.nullable(),
    routeId: z.string().nullable(),
  }),
  'extension-page',
);
export type TabState = z.output<typeof getTabState.response>;

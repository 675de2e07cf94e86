import { browser } from 'wxt/browser';
import { unseenCount } from '../history/store';
import type { PageType } from '../messaging/page';
import { toolbarAction } from './action-api';

// The action badge. Globally it counts unseen material changes (red). On a tab showing a platform page we recognised,
// it says what the page is instead, in its own colour, with a tooltip in words: on a policy page the number of unseen
// changes of that platform (or a check mark when there is none), on an objection form a pencil. Chrome and Firefox
// reset a tab's badge when the tab navigates, so the global count shows again on other pages.

export const BADGE_COLOURS = {
  unseen: '#B3261E',
  policy: '#1A73E8',
  'objection-form': '#188038',
  settings: '#5F6368',
} as const;

export async function refreshActionBadge(): Promise<number> {
  const count = await unseenCount();
  await toolbarAction().setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  await toolbarAction().setBadgeBackgroundColor({ color: BADGE_COLOURS.unseen });
  return count;
}

export interface TabBadge {
  text: string;
  colour: string;
}

/** What a recognised page shows on the badge; null leaves the tab on the global badge. Pure. */
export function tabBadgeFor(pageType: PageType, unseenOfPlatform: number): TabBadge | null {
  switch (pageType) {
    case 'policy':
      return {
        text: unseenOfPlatform > 0 ? String(Math.min(unseenOfPlatform, 99)) : '✓',
        colour: BADGE_COLOURS.policy,
      };
    case 'objection-form':
      return { text: '✎', colour: BADGE_COLOURS['objection-form'] };
    case 'settings':
      return { text: '⚙', colour: BADGE_COLOURS.settings };
    case 'other':
      return null;
  }
}

export async function setTabBadge(tabId: number, badge: TabBadge | null, title: string | null): Promise<void> {
  try {
    await applyTabBadge(tabId, badge, title);
  } catch (error) {
    // The tab was closed (or navigated away and discarded) while its capture was being compared: nothing to mark.
    if (!(await tabExists(tabId))) {
      console.debug(`[policy-watch] badge not set: tab ${tabId} is gone`);
      return;
    }
    throw error;
  }
}

async function tabExists(tabId: number): Promise<boolean> {
  try {
    // Browsers reject for an unknown tab; the unit tests' fake browser answers undefined.
    return (await browser.tabs.get(tabId)) !== undefined;
  } catch {
    return false;
  }
}

async function applyTabBadge(tabId: number, badge: TabBadge | null, title: string | null): Promise<void> {
  if (!badge) {
    // Chrome and Firefox document null as "this tab falls back to the global badge"; the types only allow strings.
    await toolbarAction().setBadgeText({ tabId, text: null as unknown as string });
    return;
  }
  await toolbarAction().setBadgeText({ tabId, text: badge.text });
  await toolbarAction().setBadgeBackgroundColor({ tabId, color: badge.colour });
  if (title) await toolbarAction().setTitle({ tabId, title });
}

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOURS, setTabBadge, tabBadgeFor } from './badge';

describe('tab badge', () => {
  it('shows the unseen count of the platform on its policy page, else a check mark', () => {
    expect(tabBadgeFor('policy', 2)).toEqual({ text: '2', colour: BADGE_COLOURS.policy });
    expect(tabBadgeFor('policy', 0)?.text).toBe('✓');
    expect(tabBadgeFor('policy', 250)?.text).toBe('99');
  });

  it('marks objection forms and settings in their own colours, and leaves other pages to the global badge', () => {
    expect(tabBadgeFor('objection-form', 0)).toEqual({ text: '✎', colour: BADGE_COLOURS['objection-form'] });
    expect(tabBadgeFor('settings', 3)?.colour).toBe(BADGE_COLOURS.settings);
    expect(tabBadgeFor('other', 3)).toBeNull();
  });
});

describe('setTabBadge', () => {
  it('lets a tab closed during its capture go (a debug line, no error), but not other failures', async () => {
    fakeBrowser.reset();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const setBadgeText = vi
      .spyOn(fakeBrowser.action, 'setBadgeText')
      .mockRejectedValue(new Error('No tab with id: 1445959355.'));
    await expect(setTabBadge(1445959355, tabBadgeFor('policy', 0), null)).resolves.toBeUndefined();
    expect(debug).toHaveBeenCalledWith('[policy-watch] badge not set: tab 1445959355 is gone');

    const open = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/privacy/policy/' });
    setBadgeText.mockRejectedValue(new Error('Invalid badge'));
    await expect(setTabBadge(open.id ?? -1, tabBadgeFor('policy', 0), null)).rejects.toThrow('Invalid badge');
    vi.restoreAllMocks();
  });
});

import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, tabBadgeFor } from './badge';

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

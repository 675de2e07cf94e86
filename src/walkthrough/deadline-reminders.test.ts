import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addEvidence } from '../history/evidence';
import { deleteAll } from '../history/store';
import { remindOfDeadline, scheduleDeadlineReminders } from './deadline-reminders';
import { reminderName } from './deadlines';

const BEFORE_META_DEADLINE = new Date(2025, 3, 15);

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'de';
  fakeBrowser.runtime.getURL = ((path: string) =>
    `chrome-extension://test${path}`) as typeof fakeBrowser.runtime.getURL;
  await deleteAll({ evidence: true });
});

describe('deadline reminders', () => {
  it('sets alarms for the registry’s deadlines still ahead, and none for deadlines already past', async () => {
    await scheduleDeadlineReminders(BEFORE_META_DEADLINE);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    expect(names).toContain(reminderName('meta-ai-facebook', '2025-05-27', 7));
    expect(names).toContain(reminderName('meta-ai-instagram', '2025-05-27', 1));
    await scheduleDeadlineReminders(new Date(2030, 0, 1));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('drops the reminders of a route once the user objected on it', async () => {
    await scheduleDeadlineReminders(BEFORE_META_DEADLINE);
    await addEvidence({
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: null,
      policyVersionId: null,
      confirmationText: null,
      method: 'marked-done',
    });
    await scheduleDeadlineReminders(BEFORE_META_DEADLINE);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    expect(names.some((n) => n.includes('meta-ai-facebook'))).toBe(false);
    expect(names.some((n) => n.includes('meta-ai-instagram'))).toBe(true);
  });

  it('shows a notification in the user’s language, unless they objected meanwhile', async () => {
    const name = reminderName('meta-ai-facebook', '2025-05-27', 1);
    expect(await remindOfDeadline({ name })).toBe(true);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[name] as { title: string; message: string };
    expect(shown.title).toBe('Facebook: Frist am 27. Mai 2025');
    expect(shown.message).toContain('Du hast noch nicht widersprochen.');

    await addEvidence({
      platformId: 'facebook',
      routeId: 'meta-ai-facebook',
      formUrl: 'https://www.facebook.com/help/contact/712876720715583',
      accountEmail: null,
      policyVersionId: null,
      confirmationText: null,
      method: 'marked-done',
    });
    expect(await remindOfDeadline({ name })).toBe(false);
  });
});

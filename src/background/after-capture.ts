import type { CaptureOutcome } from '../history/types';
import { scheduleDeadlineReminders } from '../walkthrough/deadline-reminders';
import { alertChange } from './alerts';
import { refreshActionBadge } from './badge';
import { reportStorageTrouble } from './storage-alert';

/**
 * What follows a capture, whatever its source (visit or background check): alert once, recount the badge, and tell
 * the user when the storage ran full on the way. `alert: false` for a capture whose news another capture of the same
 * page already told (one fetch of Meta's printable policy records Facebook's, Instagram's and Messenger's).
 */
export async function afterCapture(outcome: CaptureOutcome, alert = true): Promise<void> {
  if (outcome.storage) await reportStorageTrouble(outcome.storage);
  // 'unchanged' with an unseen change: the same change sent again, after the worker was stopped between storing it and
  // alerting (the content script retries). alertChange remembers what it showed, so this alerts at most once.
  if (alert && (outcome.kind === 'changed' || (outcome.kind === 'unchanged' && outcome.version.unseen))) {
    await alertChange(outcome.version);
  }
  // Pruning for space may have removed unseen changes too, so the count is redone then as well.
  if (outcome.storage || (outcome.kind !== 'refused' && outcome.kind !== 'unchanged')) await refreshActionBadge();
  // A stored version may announce a date (analysis/dates): its reminders are planned from the text.
  if (outcome.kind === 'changed' || outcome.kind === 'baseline') await scheduleDeadlineReminders();
}

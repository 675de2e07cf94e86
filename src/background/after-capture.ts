import type { CaptureOutcome } from '../history/types';
import { alertChange } from './alerts';
import { refreshActionBadge } from './badge';
import { reportStorageTrouble } from './storage-alert';

/**
 * What follows a capture, whatever its source (visit or background check): alert once, recount the badge, and tell
 * the user when the storage ran full on the way.
 */
export async function afterCapture(outcome: CaptureOutcome): Promise<void> {
  if (outcome.storage) await reportStorageTrouble(outcome.storage);
  if (outcome.kind === 'changed') await alertChange(outcome.version);
  // Pruning for space may have removed unseen changes too, so the count is redone then as well.
  if (outcome.storage || (outcome.kind !== 'refused' && outcome.kind !== 'unchanged')) await refreshActionBadge();
}

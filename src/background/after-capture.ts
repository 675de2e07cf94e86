import type { CaptureOutcome } from '../history/types';
import { alertChange } from './alerts';
import { refreshActionBadge } from './badge';

/** What follows a stored capture, whatever its source (visit or background check): alert once, recount the badge. */
export async function afterCapture(outcome: CaptureOutcome): Promise<void> {
  if (outcome.kind === 'changed') await alertChange(outcome.version);
  if (outcome.kind !== 'refused' && outcome.kind !== 'unchanged') await refreshActionBadge();
}

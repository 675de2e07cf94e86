import { browser } from 'wxt/browser';
import type { Language } from '../analysis/types';
import type { StorageTrouble } from '../history/types';
import { storageStatusItem, uiLanguage } from '../settings';

// The user is told when the history ran out of storage: pruning removed older versions to make room (prune.ts
// policy), or even that did not suffice and a capture was lost. A status item the popup and options page can show,
// and one notification (a fixed id, so repeated trouble replaces it instead of piling up).

export const STORAGE_NOTIFICATION_ID = 'policy-watch:storage';

const TEXTS: Record<Language, { title: string; pruned: (n: number) => string; full: string }> = {
  en: {
    title: 'Policy Watch: storage is full',
    pruned: (n) => `${n} older policy version(s) were removed from the history to make room.`,
    full: 'A new policy version could not be saved. Free some disk space or delete old history in the options.',
  },
  de: {
    title: 'Policy Watch: Speicher ist voll',
    pruned: (n) => `${n} ältere Richtlinienversion(en) wurden aus dem Verlauf entfernt, um Platz zu schaffen.`,
    full: 'Eine neue Richtlinienversion konnte nicht gespeichert werden. Geben Sie Speicherplatz frei oder löschen Sie alten Verlauf in den Optionen.',
  },
  fr: {
    title: 'Policy Watch : stockage plein',
    pruned: (n) =>
      `${n} ancienne(s) version(s) de la politique ont été retirées de l’historique pour faire de la place.`,
    full: 'Une nouvelle version de la politique n’a pas pu être enregistrée. Libérez de l’espace disque ou supprimez l’ancien historique dans les options.',
  },
};

export async function reportStorageTrouble(trouble: StorageTrouble): Promise<void> {
  await storageStatusItem.setValue({ at: new Date().toISOString(), removed: trouble.removed, full: trouble.full });
  const text = TEXTS[await uiLanguage()];
  await browser.notifications.create(STORAGE_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: trouble.full ? text.full : text.pruned(trouble.removed),
  });
}

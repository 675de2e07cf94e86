import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

// The user's settings, one typed storage item each (storage.local, so they survive restarts and are shared by the
// worker and the options page, which edits them). Each item is versioned: when its shape changes, bump `version` and
// add the step to `migrations` (WXT runs them on extension update). Values are validated on read by `readSetting`
// (settings.ts), because storage can hold anything an older build or a hand edit left there.
// The saved email and its consent flag are the walkthrough's items (walkthrough.ts: local:savedEmail,
// local:savedEmailConsent); getSettings() reads them through emailToFill().

/** The language setting: follow the browser ('auto'), or one of the languages. */
export const UI_LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
export type UiLanguageSetting = (typeof UI_LANGUAGE_SETTINGS)[number];

export const SETTINGS_SCHEMAS = {
  platformsOff: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(200),
  checkIntervalHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30),
  notificationsOn: z.boolean(),
  language: z.enum(UI_LANGUAGE_SETTINGS),
  otaSource: z.object({ on: z.boolean(), allDocuments: z.boolean() }),
};

/**
 * Open Terms Archive as a second source (off by default): `on` reads the documents a background check cannot read
 * from OTA's public GitHub repositories (api.github.com, raw.githubusercontent.com, with the optional host permission
 * granted when the user turns it on); `allDocuments` reads every document there, as well as its own check.
 */
export interface OtaSourceSetting {
  on: boolean;
  allDocuments: boolean;
}

export const otaSourceItem = storage.defineItem<OtaSourceSetting>('local:settings.otaSource', {
  fallback: { on: false, allDocuments: false },
  version: 1,
});

/** Platforms the user switched off (no capture, no alert, no background check). Every platform is watched by default. */
export const platformsOffItem = storage.defineItem<string[]>('local:settings.platformsOff', {
  fallback: [],
  version: 1,
});

/** Hours between background checks of the policies; 24 (daily) by default, 0 turns background checks off. */
export const checkIntervalHoursItem = storage.defineItem<number>('local:settings.checkIntervalHours', {
  fallback: 24,
  version: 1,
});

/** Browser notifications for material changes (the badge counts changes either way). */
export const notificationsOnItem = storage.defineItem<boolean>('local:settings.notificationsOn', {
  fallback: true,
  version: 1,
});

/** Language of notifications and pages: 'auto' follows the browser (browser.i18n.getUILanguage()). */
export const languageItem = storage.defineItem<UiLanguageSetting>('local:settings.language', {
  fallback: 'auto',
  version: 1,
});

/**
 * The last time the history ran out of storage (written by the background, read by the popup and the options page to
 * say so): how many older versions pruning removed, and whether a capture still could not be stored. Null: never.
 */
export interface StorageStatus {
  at: string;
  removed: number;
  full: boolean;
}

export const storageStatusItem = storage.defineItem<StorageStatus | null>('local:history.storageStatus', {
  fallback: null,
  version: 1,
});

/**
 * The background re-analysis of stored versions after an analysis update (written by the background, shown by the
 * history page): how far it got. Null: none ran yet.
 */
export interface ReanalysisStatus {
  analysisVersion: number;
  total: number;
  done: number;
  startedAt: string;
  finishedAt: string | null;
}

export const reanalysisStatusItem = storage.defineItem<ReanalysisStatus | null>('local:history.reanalysis', {
  fallback: null,
  version: 1,
});

import { browser } from 'wxt/browser';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';
import { type Language, languageOf } from '../i18n/languages';
import {
  checkIntervalHoursItem,
  languageItem,
  notificationsOnItem,
  type OtaSourceSetting,
  otaSourceItem,
  platformsOffItem,
  SETTINGS_SCHEMAS,
} from './items';
import { emailToFill } from './walkthrough';

export interface Settings {
  platformsOff: string[];
  checkIntervalHours: number;
  notificationsOn: boolean;
  language: z.infer<typeof SETTINGS_SCHEMAS.language>;
  /** The walkthrough's saved address, only when the user consented to keeping it. */
  savedEmail: string | null;
  /** Open Terms Archive as a second source (off by default). */
  otaSource: OtaSourceSetting;
}

/** Read one item; an invalid stored value is reported and the item's fallback is used instead. */
export async function readSetting<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  schema: z.ZodType<T>,
): Promise<T> {
  const value = await item.getValue();
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`[policy-watch] setting ${item.key} is invalid, using the default`, value);
  return item.fallback;
}

export async function getSettings(): Promise<Settings> {
  const [platformsOff, checkIntervalHours, notificationsOn, language, savedEmail, otaSource] = await Promise.all([
    readSetting(platformsOffItem, SETTINGS_SCHEMAS.platformsOff),
    readSetting(checkIntervalHoursItem, SETTINGS_SCHEMAS.checkIntervalHours),
    readSetting(notificationsOnItem, SETTINGS_SCHEMAS.notificationsOn),
    readSetting(languageItem, SETTINGS_SCHEMAS.language),
    emailToFill(),
    readSetting(otaSourceItem, SETTINGS_SCHEMAS.otaSource),
  ]);
  return { platformsOff, checkIntervalHours, notificationsOn, language, savedEmail, otaSource };
}

export async function isPlatformWatched(platformId: string): Promise<boolean> {
  return !(await readSetting(platformsOffItem, SETTINGS_SCHEMAS.platformsOff)).includes(platformId);
}

/** Switch one platform on or off. */
export async function setPlatformWatched(platformId: string, watched: boolean): Promise<void> {
  const off = new Set(await readSetting(platformsOffItem, SETTINGS_SCHEMAS.platformsOff));
  if (watched) off.delete(platformId);
  else off.add(platformId);
  await platformsOffItem.setValue([...off].sort());
}

/** The language for our texts: the override, else the browser's UI language when we have it, else English. */
export async function uiLanguage(): Promise<Language> {
  const setting = await readSetting(languageItem, SETTINGS_SCHEMAS.language);
  if (setting !== 'auto') return setting;
  return languageFromTag(browser.i18n.getUILanguage());
}

export function languageFromTag(tag: string | undefined): Language {
  return languageOf(tag);
}

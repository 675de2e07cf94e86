import { storage } from 'wxt/utils/storage';

// What the objection guide remembers, only on this device and only with the user's say-so: the email address of the
// account they object for (Meta's forms ask for it), so the next form is filled in for them. Nothing here is ever
// sent anywhere by Policy Watch; the address goes only into the platform's own form, on the platform's page.

/** The user agreed to keeping an email address on this device (a checkbox in the guide, off by default). */
export const savedEmailConsent = storage.defineItem<boolean>('local:savedEmailConsent', {
  version: 1,
  fallback: false,
});

/** The saved address; null when none is saved. Cleared whenever consent is withdrawn. */
export const savedEmail = storage.defineItem<string | null>('local:savedEmail', { version: 1, fallback: null });

/** Save (with consent) or forget the address, keeping the two items consistent. */
export async function rememberEmail(email: string | null): Promise<void> {
  if (email?.trim()) {
    await savedEmail.setValue(email.trim());
    await savedEmailConsent.setValue(true);
  } else {
    await savedEmail.removeValue();
    await savedEmailConsent.setValue(false);
  }
}

/** The saved address if the user consented to keeping it; null otherwise. */
export async function emailToFill(): Promise<string | null> {
  const [consent, email] = await Promise.all([savedEmailConsent.getValue(), savedEmail.getValue()]);
  return consent && email ? email : null;
}

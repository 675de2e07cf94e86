import type { Extension } from './extension';
import type { ExtensionGlobals } from './extension-globals';

/**
 * Press a button of a notification the extension showed, by its visible title, as Chrome reports a press: the
 * `chrome.notifications.onButtonClicked` event with the notification id and the button's index in the order the
 * extension gave them. The index comes from the recorded `buttons` of the notification, so a test fails when the
 * extension shows its buttons in one order and handles them in another. A real notification pop-up cannot be
 * clicked headless; the event Chrome would fire is fired in the worker instead (its listeners run as they would).
 */
export async function pressNotificationButton(ext: Extension, notificationId: string, title: string): Promise<number> {
  const record = ext.notifications().find((n) => n.id === notificationId);
  if (!record) throw new Error(`no notification ${notificationId} was recorded`);
  const index = record.buttons.indexOf(title);
  if (index < 0)
    throw new Error(`notification ${notificationId} has no button "${title}" (it has: ${record.buttons.join(', ')})`);
  const worker = await ext.ensureServiceWorker();
  await worker.evaluate(
    ([id, i]) => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      (chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, i: number): void }).dispatch(id, i);
    },
    [notificationId, index] as const,
  );
  return index;
}

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '../../messaging/define';
import { recordEvidence } from '../../messaging/walkthrough';
import { classifyUrl } from '../../platforms/classify-url';
import { getPlatform } from '../../platforms/registry';
import { emailToFill, rememberEmail } from '../../settings/walkthrough';
import { languageOf } from '../../ui/i18n';
import { GuideController } from './guide-controller';
import { SettingGuideController } from './setting-guide-controller';

// Start the in-page guide on an objection form's or opt-out setting's page: find which route the page is, mount the
// panel in a shadow root (the page's styles cannot reach it) and hand over to the form or the setting controller.
export async function startObjectionGuide(ctx: ContentScriptContext): Promise<void> {
  const place = classifyUrl(location.href);
  const platform = place ? getPlatform(place.platformId) : undefined;
  const route = platform?.objectionRoutes.find((r) => r.id === place?.routeId);
  if (!platform || !route || route.kind === 'email') return;
  const lang = languageOf(browser.i18n.getUILanguage());

  let controller: GuideController | SettingGuideController | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'policy-watch-guide',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (container) => {
      if (route.kind === 'setting') {
        controller = new SettingGuideController(
          document,
          route,
          platform.name,
          lang,
          container,
          {
            recordEvidence: async ({ confirmationText }) => {
              await sendMessage(recordEvidence, {
                platformId: platform.id,
                routeId: route.id,
                method: 'setting-changed',
                accountEmail: null,
                confirmationText,
              });
            },
          },
          () => ui.remove(),
        );
        return controller;
      }
      controller = new GuideController(
        document,
        route,
        platform.name,
        lang,
        container,
        {
          emailToFill,
          rememberEmail,
          recordEvidence: async ({ accountEmail, confirmationText }) => {
            await sendMessage(recordEvidence, {
              platformId: platform.id,
              routeId: route.id,
              method: 'form-confirmed',
              accountEmail,
              confirmationText,
            });
          },
        },
        () => ui.remove(),
      );
      return controller;
    },
    onRemove: (mounted) => mounted?.stop(),
  });
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
  await (controller as GuideController | SettingGuideController | null)?.start();
}

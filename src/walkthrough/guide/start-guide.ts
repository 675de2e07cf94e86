import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { languageOf } from '../../i18n/guide';
import { guideRouteFor } from '../../platforms/compact-routes';
import { emailToFill, rememberEmail } from '../../settings/walkthrough';
import { GuideController } from './guide-controller';
import { sendRecordEvidence } from './send-evidence';
import { SettingGuideController } from './setting-guide-controller';
import { mountShadowPanel } from './shadow-panel';

// Start the in-page guide on an objection form's or opt-out setting's page: find which route the page is, mount the
// panel in a shadow root (the page's styles cannot reach it) and hand over to the form or the setting controller.
// Everything it imports stays free of zod and of the validating registry loader (see compact-routes.ts, send-evidence.ts).
export async function startObjectionGuide(ctx: ContentScriptContext): Promise<void> {
  const found = guideRouteFor(location.href);
  if (!found || found.route.kind === 'email') return;
  const { platform, route } = found;
  // The guide says who asks and who receives: Meta on its own help site, the platform on the platform's pages.
  const siteName = route.siteName ?? platform.name;
  const lang = languageOf(browser.i18n.getUILanguage());

  let controller: GuideController | SettingGuideController | null = null;
  const ui = await mountShadowPanel(
    ctx,
    'policy-watch-guide',
    (container) => {
      if (route.kind === 'setting') {
        controller = new SettingGuideController(
          document,
          route,
          siteName,
          lang,
          container,
          {
            recordEvidence: async ({ confirmationText }) => {
              await sendRecordEvidence({
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
        siteName,
        lang,
        container,
        {
          emailToFill,
          rememberEmail,
          recordEvidence: async ({ accountEmail, confirmationText, recognition }) => {
            await sendRecordEvidence({
              platformId: platform.id,
              routeId: route.id,
              method: 'form-confirmed',
              accountEmail,
              confirmationText,
              recognition,
            });
          },
        },
        () => ui.remove(),
      );
      return controller;
    },
    (mounted) => mounted?.stop(),
  );
  await (controller as GuideController | SettingGuideController | null)?.start();
}

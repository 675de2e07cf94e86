import { defineConfig } from 'wxt';
import { hostPermissions } from './src/platforms/match-patterns';

// The manifest is least-privilege: host access only to the platforms in the registry (for background checks of
// their policy pages), no <all_urls>, no remote code. Every permission is explained in the README.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: hostPermissions(),
    action: { default_title: 'Policy Watch' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policy-watch@policy-watch.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 on (desktop: 140, the current ESR).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

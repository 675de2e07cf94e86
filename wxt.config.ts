import { defineConfig } from 'wxt';
import { contentScriptMatches } from './src/platforms/compact';
import { compactRegistry, PAGE_WATCH_FILE } from './src/platforms/compact-plugin';
import { hostPermissions } from './src/platforms/match-patterns';
import { OTA_ORIGINS } from './src/sources/ota-github';

// The manifest is least-privilege: host access only to the platforms in the registry (for background checks of
// their policy pages), no <all_urls>, no remote code. Every permission is explained in the README.
//
// Firefox gets Manifest V2 (WXT's default for it): it lints clean with addons-linter like MV3 does, and grants the
// host permissions at install, where Firefox's MV3 lets the user withhold them and the content script would not run.
// Its background is an event page (persistent: false): it has a DOM (so no offscreen document there) and, like
// Chrome's service worker, is unloaded when idle, so one code path keeps all state in storage.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The content scripts' registry data is generated from the validated registry at build time (compact-plugin.ts).
  vite: () => ({ plugins: [compactRegistry()] }),
  // `npm run zip`: the Chrome zip, the Firefox zip and, for Mozilla's reviewers, the sources zip: exactly what the
  // Firefox build reads, plus the instructions (store/firefox-sources.md). tests/e2e-firefox/amo-sources.e2e.ts
  // rebuilds from it and compares the result with the Firefox zip, file for file.
  zip: {
    includeSources: [
      'entrypoints/**',
      'src/**',
      'public/**',
      'assets/**',
      'scripts/postinstall.mjs',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'store/firefox-sources.md',
    ],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // The page watch (entrypoints/page-watch.ts) is a content script WXT builds without its wrapper; listed here.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: contentScriptMatches(), js: [PAGE_WATCH_FILE], run_at: 'document_idle' },
      ];
      if (wxt.config.browser === 'firefox' && manifest.manifest_version === 2 && manifest.background) {
        manifest.background = { ...manifest.background, persistent: false };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      // Non-blocking: to see each redirect hop of a background check (src/background/redirect-hops.ts).
      'webRequest',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: hostPermissions(),
    // Open Terms Archive (opt-in): asked for only when the user turns it on. MV3 (Chrome) names optional hosts in
    // optional_host_permissions; MV2 (Firefox) in optional_permissions (WXT drops the MV3 key from MV2 builds).
    ...(browser === 'firefox'
      ? { optional_permissions: [...OTA_ORIGINS] }
      : { optional_host_permissions: [...OTA_ORIGINS] }),
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

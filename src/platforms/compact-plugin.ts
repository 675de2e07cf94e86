import type { Plugin } from 'vite';
import { toCompact, toCompactRoutes } from './compact-projection';
import { PLATFORMS } from './registry';

// Build step (Vite plugin, used by wxt.config.ts and the unit tests): replaces compact-data.ts and
// compact-routes-data.ts by the values they compute, as JSON.parse of a string literal (parsed faster than an object
// literal of the same size). The content scripts so read the registry without zod and without the validating loader,
// and no generated copy is committed. The build fails if a content script still pulls in zod.

const GENERATED: Record<string, { name: string; value: () => unknown }> = {
  '/src/platforms/compact-data.ts': { name: 'COMPACT_DATA', value: () => toCompact(PLATFORMS) },
  '/src/platforms/compact-routes-data.ts': { name: 'COMPACT_ROUTES', value: () => toCompactRoutes(PLATFORMS) },
};

/** The page watch's built file: a content script WXT builds as an unlisted script (entrypoints/page-watch.ts). */
export const PAGE_WATCH_FILE = 'page-watch.js';

/** Whether a built file is a content script (WXT's, under content-scripts/, or the page watch). */
export function isContentScriptFile(fileName: string): boolean {
  return fileName.startsWith('content-scripts/') || fileName === PAGE_WATCH_FILE;
}

function generatedFor(id: string) {
  const path = id.replace(/\\/g, '/');
  return Object.entries(GENERATED).find(([suffix]) => path.endsWith(suffix))?.[1];
}

/** The module that replaces compact-data.ts or compact-routes-data.ts; null for any other module. */
export function generatedModule(id: string): string | null {
  const generated = generatedFor(id);
  if (!generated) return null;
  return `export const ${generated.name} = JSON.parse(${JSON.stringify(JSON.stringify(generated.value()))});\n`;
}

export function compactRegistry(): Plugin {
  return {
    name: 'policy-watch:compact-registry',
    enforce: 'pre',
    load: generatedModule,
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !isContentScriptFile(chunk.fileName)) continue;
        if (chunk.code.includes('ZodError')) this.error(`${chunk.fileName} includes zod: a content script must not`);
      }
    },
  };
}

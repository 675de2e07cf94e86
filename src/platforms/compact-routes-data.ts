import { type GuidePlatform, toCompactRoutes } from './compact-projection';
import { PLATFORMS } from './registry';

// The objection guide's routes, projected from the validated registry. Run in Node this computes them; in the
// extension build compact-plugin.ts replaces this module by its value, so the guide's content script needs no zod.
export const COMPACT_ROUTES: readonly GuidePlatform[] = toCompactRoutes(PLATFORMS);

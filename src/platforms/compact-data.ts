import { type CompactPlatform, toCompact } from './compact-projection';
import { PLATFORMS } from './registry';

// The page watch's registry, projected from the validated one. Run in Node (tests, CLI, scripts) this computes it; in
// the extension build compact-plugin.ts replaces this module by its value, so the content script needs no zod.
export const COMPACT_DATA: readonly CompactPlatform[] = toCompact(PLATFORMS);

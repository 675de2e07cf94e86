import { getPlatform } from './registry';
import type { Platform, RegionVariant } from './schema';
import { parseWebUrl, pathMatches } from './url-patterns';

// The region variant of a captured page, when the registry knows the document's variants by path (LinkedIn's EU
// notice and global policy share a document id): undefined when it does not, which is a variant of its own ("not
// known"), compared only with versions whose variant is not known either.

export function regionVariantOf(
  platformId: string,
  documentId: string,
  url: string,
  platform: Platform | undefined = getPlatform(platformId),
): RegionVariant | undefined {
  const variants = platform?.documents.find((d) => d.id === documentId)?.regionVariants;
  const parsed = variants ? parseWebUrl(url) : null;
  if (!variants || !parsed) return undefined;
  return variants.find((v) => v.paths.some((pattern) => pathMatches(pattern, parsed.path)))?.region;
}

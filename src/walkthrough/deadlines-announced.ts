import { announcedAhead } from '../analysis/dates';
import type { PolicyReading } from '../analysis/types';
import type { Platform } from '../platforms/schema';
import type { KnownDeadline } from './deadlines';

// Deadlines read from the policies themselves: a version that announced a date still ahead when it was recorded
// ("These changes go into effect on May 27, 2025") gives the platform a deadline, from the first version that said
// so. Pure: the versions are passed in.

export interface AnnouncingVersion {
  id: string;
  platformId: string;
  capturedAt: string;
  reading?: PolicyReading | null;
}

/**
 * The route a deadline read from a policy reminds of: the route the registry's own deadlines name for this platform
 * (the maintainers' choice for such dates: Meta's AI objection form), else its first objection route; none: no route.
 */
function routeFor(platform: Platform): string | null {
  return platform.deadlines[0]?.routeId ?? platform.objectionRoutes[0]?.id ?? null;
}

/** One deadline per platform and date, from the earliest version that announced it (versions in any order). */
export function announcedDeadlines(
  platforms: readonly Platform[],
  versions: readonly AnnouncingVersion[],
): KnownDeadline[] {
  const byKey = new Map<string, KnownDeadline & { capturedAt: string }>();
  for (const version of versions) {
    const platform = platforms.find((p) => p.id === version.platformId);
    const routeId = platform ? routeFor(platform) : null;
    if (!platform || !routeId) continue;
    for (const announced of announcedAhead(version.reading?.dates, version.capturedAt)) {
      const key = `${platform.id} ${announced.date}`;
      const known = byKey.get(key);
      if (known && known.capturedAt <= version.capturedAt) continue;
      byKey.set(key, {
        date: announced.date,
        routeId,
        text: { en: announced.sentence },
        platformId: platform.id,
        platformName: platform.name,
        source: 'policy',
        versionId: version.id,
        capturedAt: version.capturedAt,
      });
    }
  }
  return [...byKey.values()]
    .map(({ capturedAt: _, ...deadline }) => deadline)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** An objection recorded before the date it was about: "before the change took effect". */
export function objectedBeforeChange(objectedAt: string, deadline: Pick<KnownDeadline, 'date'>): boolean {
  return objectedAt.slice(0, 10) < deadline.date;
}
